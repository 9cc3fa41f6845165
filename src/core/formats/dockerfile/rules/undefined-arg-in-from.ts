import { defineDockerfileRule } from '../context';
import { AUTOMATIC_PLATFORM_ARGS, suggestName, variableRefs } from '../variable-refs';

export default defineDockerfileRule({
  meta: {
    id: 'undefined-arg-in-from',
    aliases: ['UndefinedArgInFrom'],
    category: 'correctness',
    severity: 'warning',
    title: 'FROM uses a build argument that is not declared',
    why: 'Only ARGs declared before the first FROM (and the automatic platform arguments) can be used in FROM. Any other `$NAME` expands to an empty string, so the stage silently builds on a different image or tag than intended — often the result of a typo.',
    howToFix: 'Declare the argument before the first FROM (`ARG VERSION=3.20`), or fix the name if it is misspelled.',
    examples: { bad: 'FROM alpine:${ALPINE_VERSION}', good: 'ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}' },
    messages: {
      notDeclared: "Build argument '{name}' is not declared before FROM; it expands to an empty string.",
      notDeclaredDidYouMean: "Build argument '{name}' is not declared before FROM (did you mean '{suggestion}'?); it expands to an empty string.",
    },
  },
  check(ctx) {
    const budget = { left: 200_000 }; // name comparisons for suggestions, per file
    const { model } = ctx;
    const known = new Set([...model.globalArgs.keys(), ...AUTOMATIC_PLATFORM_ARGS]);
    for (const stage of model.stages) {
      for (const ref of variableRefs(model, stage.from)) {
        if (known.has(ref.name) || ref.modifier) continue;
        const suggestion = suggestName(ref.name, known, budget);
        ctx.report({
          range: ctx.range(ref.start, ref.end),
          ...(suggestion ? { messageId: 'notDeclaredDidYouMean', data: { name: ref.name, suggestion } } : { messageId: 'notDeclared', data: { name: ref.name } }),
        });
      }
    }
  },
});
