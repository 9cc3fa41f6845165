import type { Arg, Env, Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import type { Stage } from '../model';

function contains(outer: { start: { line: number; character: number }; end: { line: number; character: number } }, inner: typeof outer): boolean {
  const le = (a: typeof outer.start, b: typeof outer.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** Names set by ENV or ARG before `instruction` in its stage, and anywhere in the stages it builds on. */
function definedBefore(stage: Stage | undefined, instruction: Instruction): Set<string> {
  const names = new Set<string>();
  for (let s = stage, first = true; s; s = s.parent, first = false) {
    for (const i of s.instructions) {
      if (first && i === instruction) break;
      const keyword = i.getKeyword().toUpperCase();
      if (keyword === 'ENV') for (const p of (i as Env).getProperties()) names.add(p.getName());
      else if (keyword === 'ARG') {
        const p = (i as Arg).getProperty();
        if (p) names.add(p.getName());
      }
    }
  }
  return names;
}

export default defineDockerfileRule({
  meta: {
    id: 'env-self-reference',
    aliases: ['DL3044'],
    category: 'correctness',
    severity: 'error',
    title: 'ENV uses a variable that the same ENV defines',
    why: 'All substitutions in one ENV instruction are resolved before any of its assignments take effect. In `ENV DIR=/opt/app BIN=$DIR/bin`, `$DIR` is still the old value (usually empty), so BIN becomes `/bin`, not `/opt/app/bin`.',
    howToFix: 'Define the variable in an earlier ENV (or ARG) and reference it in a later one: `ENV DIR=/opt/app` then `ENV BIN=$DIR/bin`.',
    examples: { bad: 'ENV DIR=/opt/app BIN=$DIR/bin', good: 'ENV DIR=/opt/app\nENV BIN=$DIR/bin' },
    messages: {
      earlierAssignmentLost: "'{name}' is already set earlier in this same ENV, but here it still reads the value from before this instruction, so that earlier assignment is lost.",
      readsOldValue: "'{name}' is set by this same ENV, so '{owner}' gets its value from before this instruction, not the new one.",
    },
  },
  check(ctx) {
    for (const info of ctx.instructionsOf('ENV', { includeOnbuild: false })) {
      const env = info.instruction as Env;
      const properties = env.getProperties();
      if (properties.length < 2) continue;
      const names = new Set(properties.map((p) => p.getName()));
      let before: Set<string> | undefined;
      for (const variable of env.getVariables()) {
        const name = variable.getName();
        if (!names.has(name)) continue;
        const owner = properties.find((p) => {
          const r = p.getValueRange();
          return r && contains(r, variable.getRange());
        });
        if (!owner) continue;
        if (owner.getName() === name) {
          // `PATH=/a:$PATH PATH=/b:$PATH`: the second still reads the PATH from before this ENV, dropping `/a`
          const index = properties.indexOf(owner);
          if (!properties.slice(0, index).some((p) => p.getName() === name)) continue;
          ctx.report({
            range: variable.getRange(),
            messageId: 'earlierAssignmentLost',
            data: { name },
          });
          continue;
        }
        before ??= definedBefore(info.stage, env);
        if (before.has(name)) continue;
        ctx.report({
          range: variable.getRange(),
          messageId: 'readsOldValue',
          data: { name, owner: owner.getName() },
        });
      }
    }
  },
});
