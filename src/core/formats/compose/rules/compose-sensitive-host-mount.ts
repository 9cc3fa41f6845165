import { defineComposeRule } from '../context';
import { shown } from '../interpolate';
import { sensitiveRoot } from '../mounts';

/** What each kind of sensitive root exposes, by message id stem. */
const EXPOSES: Record<string, string> = {
  filesystem: 'entire filesystem',
  config: 'configuration and password hashes',
  kernel: 'kernel and process control files',
  devices: 'devices',
  runtime: 'runtime sockets and state',
  containers: 'container runtime state (other containers’ files)',
  credentials: 'credentials',
  system: 'system files',
};

/** `<what><Under?><ReadOnly|Writable>`: each combination is one sentence, so it translates whole. */
const MESSAGES: Record<string, string> = {};
for (const [what, exposes] of Object.entries(EXPOSES)) {
  for (const under of [false, true]) {
    for (const readOnly of [false, true]) {
      MESSAGES[`${what}${under ? 'Under' : ''}${readOnly ? 'ReadOnly' : 'Writable'}`] = `Service '{service}' mounts the host path {source}${under ? ' (under {root})' : ''}${readOnly ? ' read-only' : ', writable'}: it exposes the host’s ${exposes} to the container.`;
    }
  }
}

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
    messages: MESSAGES,
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const volume of service.volumes) {
        const root = sensitiveRoot(volume);
        if (!root) continue;
        ctx.report({
          range: volume.sourceRange ?? volume.range,
          messageId: `${exposedBy(root)}${root !== volume.source ? 'Under' : ''}${volume.readOnly ? 'ReadOnly' : 'Writable'}`,
          data: { service: service.name, source: shown(volume, volume.source!), ...(root !== volume.source ? { root } : {}) },
        });
      }
    }
  },
});

function exposedBy(root: string): keyof typeof EXPOSES {
  if (root === '/') return 'filesystem';
  if (root === '/etc') return 'config';
  if (root === '/proc' || root === '/sys') return 'kernel';
  if (root === '/dev') return 'devices';
  if (root === '/run' || root === '/var/run') return 'runtime';
  if (/docker|containerd|kubelet/.test(root)) return 'containers';
  if (/\.ssh|\.aws|\.kube|\.docker|\.gnupg/.test(root)) return 'credentials';
  return 'system';
}
