import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'expose-proto-casing',
    aliases: ['ExposeProtoCasing'],
    category: 'style',
    severity: 'warning',
    title: 'EXPOSE protocol is not lower-case',
    why: 'The protocol in `EXPOSE 53/UDP` is accepted in any case but stored lower-case; writing it lower-case keeps the Dockerfile consistent with what the image metadata and other tools show.',
    howToFix: 'Write the protocol in lower case: `tcp`, `udp` or `sctp`.',
    examples: { bad: 'EXPOSE 53/UDP', good: 'EXPOSE 53/udp' },
    fixable: true,
    messages: { notLowerCase: "Protocol '{proto}' in '{value}' should be lower-case ('{lower}')." },
  },
  check(ctx) {
    const { model } = ctx;
    for (const info of ctx.instructionsOf('EXPOSE')) {
      for (const arg of info.instruction.getArguments()) {
        const value = arg.getValue();
        const slash = value.lastIndexOf('/');
        if (slash === -1 || value.includes('$')) continue;
        const proto = value.slice(slash + 1).replace(/"$/, '');
        if (!proto || proto === proto.toLowerCase()) continue;
        const raw = model.text.slice(model.index.offsetAt(arg.getRange().start), model.index.offsetAt(arg.getRange().end));
        const rawSlash = raw.lastIndexOf('/');
        if (rawSlash === -1) continue;
        const start = model.index.offsetAt(arg.getRange().start) + rawSlash + 1;
        const range = ctx.range(start, start + proto.length);
        ctx.report({
          range,
          messageId: 'notLowerCase',
          data: { proto, value, lower: proto.toLowerCase() },
          fix: { ...fixTitle('writeAs', { text: proto.toLowerCase() }), edits: [{ range, newText: proto.toLowerCase() }] },
        });
      }
    }
  },
});
