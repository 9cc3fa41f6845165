import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'instruction-casing',
    aliases: ['ConsistentInstructionCasing'],
    category: 'style',
    severity: 'warning',
    title: 'Instruction keywords are not consistently cased',
    why: 'Instruction keywords work in any case, but a file that mixes `RUN`, `run` and `Run` is harder to scan. Keywords stand out from their arguments when they all use one case, conventionally upper case.',
    howToFix: 'Write every keyword in the case most of the file already uses (all upper or all lower), never in mixed case.',
    examples: { bad: 'FROM alpine\nRun echo hi', good: 'FROM alpine\nRUN echo hi' },
    fixable: true,
    messages: {
      shouldBeLower: "Keyword '{keyword}' should be lower-case like the rest of the file ('{wanted}').",
      shouldBeUpper: "Keyword '{keyword}' should be upper-case like the rest of the file ('{wanted}').",
    },
  },
  check(ctx) {
    const keywords = ctx.model.instructions.filter((i) => !i.onbuild).map((i) => i.instruction);
    let lower = 0;
    let upper = 0;
    for (const instruction of keywords) {
      const word = instruction.getInstruction();
      if (word === word.toLowerCase()) lower++;
      else if (word === word.toUpperCase()) upper++;
    }
    const toLower = lower > upper;
    for (const instruction of keywords) {
      const word = instruction.getInstruction();
      const wanted = toLower ? word.toLowerCase() : word.toUpperCase();
      if (word === wanted) continue;
      const range = ctx.keywordRange(instruction);
      ctx.report({
        range,
        messageId: toLower ? 'shouldBeLower' : 'shouldBeUpper',
        data: { keyword: word, wanted },
        fix: { ...fixTitle('writeAs', { text: wanted }), edits: [{ range, newText: wanted }] },
      });
    }
  },
});
