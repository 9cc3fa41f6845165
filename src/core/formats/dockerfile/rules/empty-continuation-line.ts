import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'empty-continuation-line',
    aliases: ['NoEmptyContinuation'],
    category: 'style',
    severity: 'warning',
    title: 'Empty line inside a continued instruction',
    why: 'An empty line after a line continuation does not end the instruction: the next non-empty line still belongs to it. That surprises readers (it looks like a new paragraph) and the Dockerfile frontend has announced it will become an error.',
    howToFix: 'Delete the empty line, or end the instruction before it by removing the trailing continuation character.',
    examples: { bad: 'RUN apt-get update && \\\n\n    apt-get install -y curl', good: 'RUN apt-get update && \\\n    apt-get install -y curl' },
    fixable: true,
    messages: { emptyLine: 'Empty line {line} continues the {keyword} that starts on line {startLine}; remove it.' },
  },
  check(ctx) {
    const { model } = ctx;
    const { index } = model;
    for (const info of model.instructions) {
      if (info.onbuild) continue;
      const instruction = info.instruction;
      const range = instruction.getRange();
      let last = range.end.line;
      const heredocs = 'getHeredocs' in instruction ? (instruction as unknown as { getHeredocs(): Array<{ getStartRange(): { start: { line: number } } }> }).getHeredocs() : [];
      if (heredocs.length) last = Math.min(last, heredocs[0].getStartRange().start.line);
      for (let line = range.start.line + 1; line < last; line++) {
        if (index.lineText(line).trim() !== '') continue;
        const start = index.lineStart(line);
        const next = index.lineStart(line + 1);
        ctx.report({
          range: ctx.range(start, index.lineEnd(line)),
          messageId: 'emptyLine',
          data: { line: line + 1, keyword: info.keyword, startLine: range.start.line + 1 },
          fix: { ...fixTitle('deleteEmptyContinuation'), edits: [{ range: ctx.range(start, next), newText: '' }] },
        });
      }
    }
  },
});
