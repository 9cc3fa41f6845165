import type { Property } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import type { Stage } from '../model';
import { PREDEFINED_ARGS, suggestName, variableRefs } from '../variable-refs';

/** Instructions whose arguments the Dockerfile frontend expands itself (RUN/CMD/ENTRYPOINT leave that to the shell). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'ARG', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
/** Base images whose configuration sets no variable other than PATH. */
const PATH_ONLY_IMAGES = /^(?:docker\.io\/)?(?:library\/)?(?:alpine|busybox|debian|ubuntu)$/;

interface StageEnv {
  /** Names the stage can see: ENV (inherited through `FROM stage`), ARGs declared in it. */
  names: Set<string>;
  /** Whether the base image's variables are all known. */
  complete: boolean;
}

export default defineDockerfileRule({
  meta: {
    id: 'undefined-var',
    aliases: ['UndefinedVar'],
    category: 'correctness',
    severity: 'warning',
    title: 'Variable is used but not defined in the stage',
    why: 'The Dockerfile frontend expands `$NAME` in COPY, ENV, WORKDIR, LABEL and similar instructions. A name that no ARG or ENV of the stage defines expands to an empty string without any error — typically a typo, or a global ARG that was not declared again inside the stage.',
    howToFix: 'Declare the variable in the stage (`ARG NAME` — global ARGs must be repeated inside each stage that uses them — or `ENV NAME=…`), or fix its spelling.',
    examples: { bad: 'ARG VERSION=1.0\nFROM alpine\nLABEL version=$VERSION', good: 'ARG VERSION=1.0\nFROM alpine\nARG VERSION\nLABEL version=$VERSION' },
    // {variable} and {suggestion} are written with their `$`, {name} without
    messages: {
      notDefined: "'{variable}' is not defined in this stage; it expands to an empty string.",
      globalArgNotRepeated: "'{variable}' is not defined in this stage (it is a global ARG: repeat 'ARG {name}' inside the stage); it expands to an empty string.",
      notDefinedDidYouMean: "'{variable}' is not defined in this stage (did you mean '{suggestion}'?); it expands to an empty string.",
    },
  },
  check(ctx) {
    const budget = { left: 200_000 }; // name comparisons for suggestions, per file
    const { model } = ctx;
    const envOf = new Map<Stage, Set<string>>();
    for (const stage of model.stages) {
      const env: StageEnv = stage.parent
        ? { names: new Set(envOf.get(stage.parent) ?? []), complete: baseComplete(stage) }
        : { names: new Set(['PATH']), complete: baseComplete(stage) }; // the builder always provides a PATH
      const envOnly = new Set(env.names);
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword().toUpperCase();
        if (EXPANDED.has(keyword)) {
          for (const ref of variableRefs(model, instruction)) {
            if (env.names.has(ref.name) || PREDEFINED_ARGS.has(ref.name) || ref.modifier) continue;
            const global = model.globalArgs.has(ref.name);
            const suggestion = global ? undefined : suggestName(ref.name, env.names, budget);
            if (!env.complete && !global && !suggestion) continue;
            const range = ctx.range(ref.start, ref.end);
            const variable = `$${ref.name}`;
            if (global) ctx.report({ range, messageId: 'globalArgNotRepeated', data: { variable, name: ref.name } });
            else if (suggestion) ctx.report({ range, messageId: 'notDefinedDidYouMean', data: { variable, suggestion: `$${suggestion}` } });
            else ctx.report({ range, messageId: 'notDefined', data: { variable } });
          }
        }
        if (keyword === 'ARG' || keyword === 'ENV') {
          const props = (instruction as unknown as { getProperties?(): Property[] }).getProperties?.() ?? [];
          for (const prop of props) {
            env.names.add(prop.getName());
            if (keyword === 'ENV') envOnly.add(prop.getName());
          }
        }
      }
      envOf.set(stage, envOnly);
    }

    function baseComplete(stage: Stage): boolean {
      let root: Stage = stage;
      while (root.parent) root = root.parent;
      const repo = root.image.raw.split(/[:@]/)[0];
      return !root.image.hasVariables && (repo === 'scratch' || PATH_ONLY_IMAGES.test(repo));
    }
  },
});
