import { defineKubernetesRule } from '../context';
import { isSensitiveHostPath } from '../rule-helpers';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { workloadReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-sensitive-host-mount',
    aliases: ['sensitive-host-mounts'],
    category: 'isolation',
    severity: 'error',
    title: 'Pod mounts a sensitive directory of the node',
    why: 'Directories such as `/`, `/etc`, `/proc`, `/sys`, `/dev`, `/root`, `/var/run` or `/var/lib/kubelet` hold the node\'s configuration, credentials (kubelet certificates, service account tokens of other pods) and kernel interfaces. Mounting them hands the pod the keys to the node. A sandboxed runtime does not change that: the files are the host\'s.',
    howToFix: 'Mount the narrowest path that serves the purpose (a single file or subdirectory), `readOnly: true`, or get the information another way (the Downward API, the Kubernetes API). Node agents that truly need it belong in a dedicated, privileged namespace.',
    examples: { bad: 'hostPath:\n  path: /etc', good: 'configMap:\n  name: app-config' },
    relatesToIsolation: true,
    messages: {
      ...workloadLabelledMessages('sensitive', (l) => `${l} mounts the node's "{path}" (volume "{volume}"): node configuration, credentials or kernel interfaces become reachable from the pod.`),
    },
  },
  check(ctx) {
    for (const w of ctx.workloads) {
      for (const v of w.volumes) {
        if (v.type !== 'hostPath' || !v.hostPath || !isSensitiveHostPath(v.hostPath.path)) continue;
        ctx.report({
          range: v.hostPath.pathRange,
          ...workloadReport('sensitive', w, { path: v.hostPath.path, volume: v.name }),
        });
      }
    }
  },
});
