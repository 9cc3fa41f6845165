import { defineKubernetesRule } from '../context';
import { isRuntimeSocket } from '../rule-helpers';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { workloadReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-runtime-socket-mount',
    aliases: ['docker-sock'],
    category: 'isolation',
    severity: 'error',
    title: 'Pod mounts the container runtime socket',
    why: 'The Docker, containerd or CRI-O socket is the runtime\'s full API. Whoever can write to it can start a privileged container with the host\'s root filesystem mounted: it is root on the node, whatever the pod\'s own securityContext says. A sandboxed runtime does not help, because the daemon behind the socket runs on the host.',
    howToFix: 'Remove the volume. Build images with a daemonless builder (BuildKit rootless, Kaniko, Buildah) and read container metadata through the Kubernetes API instead of the runtime.',
    examples: { bad: 'volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock', good: '# build with a rootless, daemonless builder instead' },
    relatesToIsolation: true,
    messages: {
      ...workloadLabelledMessages('socket', (l) => `${l} mounts the container runtime socket "{path}": anyone in the pod can start privileged containers on the node, i.e. become root on it.`),
    },
  },
  check(ctx) {
    for (const w of ctx.workloads) {
      for (const v of w.volumes) {
        if (v.type !== 'hostPath' || !v.hostPath || !isRuntimeSocket(v.hostPath.path)) continue;
        ctx.report({
          range: v.hostPath.pathRange,
          ...workloadReport('socket', w, { path: v.hostPath.path }),
        });
      }
    }
  },
});
