import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-writable-host-mount',
    aliases: ['writable-host-mount'],
    category: 'isolation',
    severity: 'warning',
    title: 'Container mounts a node directory writable',
    why: 'A hostPath mounted without `readOnly: true` lets the container change the node\'s files. Whatever it writes outlives the pod and can be picked up by the node or other pods (planted binaries, altered configuration, filled disks).',
    howToFix: 'Add `readOnly: true` to the volumeMount if the container only reads, or replace the hostPath with an emptyDir or a PersistentVolumeClaim if it writes.',
    examples: { bad: 'volumeMounts:\n  - name: logs\n    mountPath: /var/log', good: 'volumeMounts:\n  - name: logs\n    mountPath: /var/log\n    readOnly: true' },
    relatesToIsolation: true,
    messages: {
      ...englishLabelledMessages('writable', (l) => `${l} mounts the node's "{path}" writable at {mountPath}: changes land on the node and outlive the pod.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      for (const m of c.volumeMounts) {
        if (m.readOnly) continue;
        const v = w.volumes.find((x) => x.name === m.name);
        if (v?.type !== 'hostPath') continue;
        ctx.reportKernelSharing(w, {
          range: m.range,
          ...labelledReport('writable', w, c, { path: v.hostPath?.path ?? '?', mountPath: m.mountPath ?? '?' }),
        });
      }
    }
  },
});
