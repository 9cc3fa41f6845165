import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'expose-invalid-format',
    aliases: ['ExposeInvalidFormat'],
    category: 'style',
    severity: 'warning',
    title: 'EXPOSE names an IP address or host port',
    why: '`EXPOSE` only documents which container ports the image listens on. An IP address or host port (`8080:80`, `127.0.0.1:80:80`) is publishing configuration that belongs to `docker run -p` or Compose; in a Dockerfile it is ignored and may be rejected by future builders.',
    howToFix: 'Keep only the container port and protocol (`EXPOSE 80/tcp`) and publish ports when the container is started.',
    examples: { bad: 'EXPOSE 127.0.0.1:8080:80', good: 'EXPOSE 80' },
    fixable: true,
    messages: { hostPart: "'{value}' names a host address or port; EXPOSE takes only the container port ('{container}')." },
  },
  check(ctx) {
    const { model } = ctx;
    for (const info of ctx.instructionsOf('EXPOSE')) {
      for (const arg of info.instruction.getArguments()) {
        const value = arg.getValue();
        if (!value.includes(':') || value.includes('$') || value.startsWith('"')) continue;
        // [ip:]hostPort:containerPort[/proto]; the container part is everything after the last ':'
        const last = value.lastIndexOf(':');
        const container = value.slice(last + 1);
        const start = model.index.offsetAt(arg.getRange().start);
        const range = ctx.range(start, start + value.length);
        const raw = model.text.slice(start, model.index.offsetAt(arg.getRange().end));
        const fix = raw === value && container ? { ...fixTitle('exposeOnly', { port: container }), edits: [{ range, newText: container }] } : undefined;
        ctx.report({ range, messageId: 'hostPart', data: { value, container }, fix });
      }
    }
  },
});
