import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineDockerfileRule({
  meta: {
    id: 'multiple-instructions-disallowed',
    aliases: ['DL3012', 'DL4003', 'DL4004', 'MultipleInstructionsDisallowed'],
    category: 'correctness',
    severity: 'warning',
    title: 'CMD, ENTRYPOINT or HEALTHCHECK appears more than once in a stage',
    why: 'A stage keeps only the last `CMD`, `ENTRYPOINT` and `HEALTHCHECK`; earlier ones are silently dropped. An earlier one is dead code at best, and at worst the author believes it takes effect.',
    howToFix: 'Keep one of each per stage: delete the earlier instruction, or merge what it was meant to do into the last one.',
    examples: { bad: 'CMD ["node", "a.js"]\nCMD ["node", "b.js"]', good: 'CMD ["node", "b.js"]' },
    messages: { replaced: 'This {keyword} is ignored: the {keyword} on line {line} in the same stage replaces it.', takesEffect: 'The {keyword} that takes effect' },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const last = new Map<string, Instruction>();
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword().toUpperCase();
        if (!ONCE.includes(keyword)) continue;
        const earlier = last.get(keyword);
        last.set(keyword, instruction);
        if (!earlier) continue;
        ctx.report({
          range: ctx.keywordRange(earlier),
          messageId: 'replaced',
          data: { keyword, line: instruction.getRange().start.line + 1 },
          tags: ['unnecessary'],
          related: [{ path: ctx.path, range: ctx.keywordRange(instruction), message: `The ${keyword} that takes effect`, messageId: 'takesEffect', data: { keyword } }],
        });
      }
    }
  },
});
