import { defineDockerfileRule } from '../context';
import { fileOperands } from '../file-operands';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'copy-multiple-sources-dest-slash',
    aliases: ['DL3021'],
    category: 'correctness',
    severity: 'error',
    title: 'COPY with several sources needs a destination ending in /',
    why: 'When COPY gets more than one source, the destination has to be a directory, and the builder only accepts it as one when it ends with `/`. Otherwise the build stops with an error.',
    howToFix: 'End the destination with a slash: `COPY package.json package-lock.json /app/`.',
    examples: { bad: 'COPY package.json package-lock.json /app', good: 'COPY package.json package-lock.json /app/' },
    fixable: true,
    messages: {
      destNeedsSlash: "COPY has {sourceCount} sources, so the destination '{dest}' must end with '/'.",
    },
  },
  check(ctx) {
    for (const info of ctx.instructionsOf('COPY')) {
      const operands = fileOperands(ctx.model, info.instruction);
      if (operands.length <= 2) continue;
      const dest = operands[operands.length - 1];
      if (dest.value.endsWith('/') || dest.value.includes('$') || dest.heredoc) continue;
      const range = ctx.range(dest.start, dest.end);
      ctx.report({
        range,
        messageId: 'destNeedsSlash',
        data: { sourceCount: operands.length - 1, dest: dest.value },
        fix: { ...fixTitle('addDestinationSlash', { dest: dest.value }), edits: [{ range: ctx.range(dest.end, dest.end), newText: '/' }] },
      });
    }
  },
});
