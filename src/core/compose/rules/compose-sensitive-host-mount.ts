import { defineComposeRule } from '../context';
import { shown } from '../interpolate';
import { sensitiveRoot } from '../mounts';

export default defineComposeRule({
  meta: {
    id: 'compose-sensitive-host-mount',
    aliases: ['sensitive-host-mounts'],
    category: 'isolation',
    severity: 'warning',
    title: 'Compose service mounts a sensitive host path',
    why: 'Mounting host folders such as /, /etc, /proc, /sys, /dev, /var/lib/docker or ~/.ssh hands the container the host’s configuration, credentials, devices or the kernel’s control files. Writable, they let it change the host; even read-only they leak secrets (keys, password hashes, other containers’ files).',
    howToFix: 'Mount only the specific file or folder the service needs, read-only (`:ro` or `read_only: true`), or copy the data into a named volume. Time zones are better set with the `TZ` environment variable.',
    examples: { bad: '- /etc:/host-etc', good: '- ./config/app.conf:/etc/app.conf:ro' },
    relatesToIsolation: true,
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const volume of service.volumes) {
        const root = sensitiveRoot(volume);
        if (!root) continue;
        ctx.report({
          range: volume.sourceRange ?? volume.range,
          message: `Service '${service.name}' mounts the host path ${shown(volume, volume.source!)}${root !== volume.source ? ` (under ${root})` : ''}${volume.readOnly ? ' read-only' : ', writable'}: it exposes the host’s ${describe(root)} to the container.`,
        });
      }
    }
  },
});

function describe(root: string): string {
  if (root === '/') return 'entire filesystem';
  if (root === '/etc') return 'configuration and password hashes';
  if (root === '/proc' || root === '/sys') return 'kernel and process control files';
  if (root === '/dev') return 'devices';
  if (root === '/run' || root === '/var/run') return 'runtime sockets and state';
  if (/docker|containerd|kubelet/.test(root)) return 'container runtime state (other containers’ files)';
  if (/\.ssh|\.aws|\.kube|\.docker|\.gnupg/.test(root)) return 'credentials';
  return 'system files';
}
