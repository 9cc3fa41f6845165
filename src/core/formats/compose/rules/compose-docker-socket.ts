import { defineComposeRule } from '../context';
import { shown } from '../interpolate';
import { isRuntimeSocket } from '../mounts';

export default defineComposeRule({
  meta: {
    id: 'compose-docker-socket',
    aliases: ['docker-sock'],
    category: 'isolation',
    severity: 'error',
    title: 'Compose service mounts the container runtime socket',
    why: 'The Docker (or containerd, CRI-O, Podman) socket is the runtime’s full API. Whoever can talk to it can start a privileged container with the host’s root filesystem mounted, which is root on the host. Mounting it read-only does not help: `:ro` stops writes to the socket file, not API calls through it. A sandboxed runtime does not help either.',
    howToFix: 'Remove the mount. Tools that need the Docker API (CI runners, reverse proxies reading labels) can go through a filtering proxy that only allows the calls they need, or use rootless Docker so the API is not root on the host.',
    examples: { bad: '- /var/run/docker.sock:/var/run/docker.sock', good: '# talk to a socket proxy that only allows GET /containers' },
    relatesToIsolation: true,
    messages: {
      socket: "Service '{service}' mounts {source}: through this API socket anything in the service can start privileged containers and so control the host.",
      socketReadOnly: "Service '{service}' mounts {source}: through this API socket anything in the service can start privileged containers and so control the host (read-only does not restrict API calls).",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const volume of service.volumes) {
        if (!isRuntimeSocket(volume)) continue;
        ctx.report({
          range: volume.sourceRange ?? volume.range,
          messageId: volume.readOnly ? 'socketReadOnly' : 'socket',
          data: { service: service.name, source: shown(volume, volume.source!) },
        });
      }
    }
  },
});
