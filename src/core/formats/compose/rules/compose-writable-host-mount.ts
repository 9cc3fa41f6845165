import { defineComposeRule } from '../context';
import { shown } from '../interpolate';
import { isRuntimeSocket, sensitiveRoot } from '../mounts';

export default defineComposeRule({
  meta: {
    id: 'compose-writable-host-mount',
    aliases: ['writable-host-mount'],
    category: 'isolation',
    severity: 'info',
    title: 'Compose service mounts a host folder writable',
    why: 'A writable bind mount lets the container change files on the host. Source-code mounts in development are normal, but in anything shared or deployed a compromised service can plant files the host (or the next build) will trust, such as scripts, configuration or binaries.',
    howToFix: 'Append `:ro` (short syntax) or set `read_only: true` (long syntax) when the service only reads the files; use a named volume for data the service writes.',
    examples: { bad: '- ./config:/etc/app', good: '- ./config:/etc/app:ro' },
    relatesToIsolation: true,
    messages: {
      writable: "Service '{service}' can write to the host path {source}; add :ro if it only reads it.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const volume of service.volumes) {
        if (volume.type !== 'bind' || volume.readOnly || !volume.source) continue;
        if (isRuntimeSocket(volume) || sensitiveRoot(volume)) continue; // reported by their own rules
        ctx.report({
          range: volume.range,
          messageId: 'writable',
          data: { service: service.name, source: shown(volume, volume.source) },
        });
      }
    }
  },
});
