import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'maintainer-deprecated',
    aliases: ['DL4000', 'MaintainerDeprecated'],
    category: 'style',
    severity: 'warning',
    title: 'MAINTAINER is deprecated',
    why: '`MAINTAINER` has been deprecated for years in favour of labels. Tools read the author from the standard `org.opencontainers.image.authors` label, not from the old field.',
    howToFix: 'Replace it with `LABEL org.opencontainers.image.authors="Name <email>"`.',
    examples: { bad: 'MAINTAINER Jane Doe <jane@example.com>', good: 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"' },
    fixable: true,
    messages: { deprecated: "MAINTAINER is deprecated; record '{author}' in the org.opencontainers.image.authors label." },
  },
  check(ctx) {
    const { model } = ctx;
    for (const info of model.instructions) {
      if (info.keyword !== 'MAINTAINER') continue;
      const instruction = info.instruction;
      const author = (instruction.getArgumentsContent() ?? '').trim();
      const range = ctx.keywordRange(instruction);
      let fix;
      const argsRange = instruction.getArgumentsRange();
      if (author && argsRange && argsRange.start.line === argsRange.end.line) {
        const e = model.escapeChar;
        const escaped = author.split(e).join(e + e).replace(/"/g, `${e}"`).replace(/\$/g, `${e}$`);
        const keyword = instruction.getInstruction();
        const label = keyword === keyword.toLowerCase() ? 'label' : 'LABEL';
        fix = {
          ...fixTitle('replaceMaintainer'),
          edits: [{ range: { start: range.start, end: argsRange.end }, newText: `${label} org.opencontainers.image.authors="${escaped}"` }],
        };
      }
      ctx.report({
        range,
        messageId: 'deprecated',
        data: { author },
        tags: ['deprecated'],
        fix,
      });
    }
  },
});
