import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'expose-port-out-of-range',
    aliases: ['DL3011'],
    category: 'correctness',
    severity: 'error',
    title: 'EXPOSE names a port outside 0–65535',
    why: 'TCP and UDP port numbers are 16-bit: anything above 65535 cannot exist. Such an EXPOSE is a typo (often a digit too many) and the image documents a port the application cannot listen on.',
    howToFix: 'Correct the number so it is between 0 and 65535, for example `EXPOSE 8080`.',
    examples: { bad: 'EXPOSE 80800', good: 'EXPOSE 8080' },
    messages: { outOfRange: 'Port {port} is out of range; valid ports are 0 to 65535.' },
  },
  check(ctx) {
    const { model } = ctx;
    for (const info of ctx.instructionsOf('EXPOSE')) {
      for (const arg of info.instruction.getArguments()) {
        const value = arg.getValue();
        if (value.includes('$') || value.includes(':')) continue;
        const ports = value.split('/')[0];
        const m = /^([0-9]+)(?:-([0-9]+))?$/.exec(ports);
        if (!m) continue;
        const bad = [m[1], m[2]].filter((p): p is string => p !== undefined && Number(p) > 65535);
        if (!bad.length) continue;
        const start = model.index.offsetAt(arg.getRange().start);
        if (model.text.slice(start, start + ports.length) !== ports) continue;
        ctx.report({ range: ctx.range(start, start + ports.length), messageId: 'outOfRange', data: { port: bad[0] } });
      }
    }
  },
});
