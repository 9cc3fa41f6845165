import { defineKubernetesRule } from '../context';
import { isRuntimeSocket, isSensitiveHostPath } from '../rule-helpers';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { workloadReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-host-path-volume',
    aliases: [],
    category: 'isolation',
    severity: 'warning',
    title: 'Pod mounts a directory of the node (hostPath)',
    why: 'A hostPath volume bypasses the container\'s filesystem isolation: the pod reads (and by default writes) the node\'s own files, they survive the pod, and a symlink or a crafted file there can be used against the kubelet or other pods. It also ties the pod to whatever is on that particular node. The Pod Security Standards baseline forbids hostPath volumes. (Runtime sockets and system directories have their own, stricter rules.)',
    howToFix: 'Use an `emptyDir`, a `configMap`/`secret`, or a PersistentVolumeClaim instead. If the pod really must see node files (log shippers, node agents), mount exactly the directory it needs, `readOnly: true`, and keep it in a namespace with a privileged Pod Security level.',
    examples: { bad: 'volumes:\n  - name: data\n    hostPath:\n      path: /data', good: 'volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: data' },
    relatesToIsolation: true,
    messages: {
      ...workloadLabelledMessages('hostPath', (l) => `${l} mounts the node's "{path}" through volume "{volume}": files of the node, outside the container's isolation, that outlive the pod.`),
      ...workloadLabelledMessages('hostFilesystem', (l) => `${l} mounts the node's filesystem through volume "{volume}": files of the node, outside the container's isolation, that outlive the pod.`),
    },
  },
  check(ctx) {
    for (const w of ctx.workloads) {
      for (const v of w.volumes) {
        if (v.type !== 'hostPath') continue;
        const path = v.hostPath?.path;
        if (path !== undefined && (isRuntimeSocket(path) || isSensitiveHostPath(path))) continue;
        ctx.reportKernelSharing(w, {
          range: v.typeRange ?? v.range,
          ...(path !== undefined ? workloadReport('hostPath', w, { path, volume: v.name }) : workloadReport('hostFilesystem', w, { volume: v.name })),
        });
      }
    }
  },
});
