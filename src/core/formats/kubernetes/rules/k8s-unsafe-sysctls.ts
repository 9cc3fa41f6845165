import { defineKubernetesRule } from '../context';
import { SAFE_SYSCTLS } from '../pod-security';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { workloadReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-unsafe-sysctls',
    aliases: ['unsafe-sysctls'],
    category: 'isolation',
    severity: 'warning',
    title: 'Pod sets an unsafe sysctl',
    why: 'Only a handful of sysctls are isolated per pod and considered safe. Others either change the shared host kernel for every pod on the node or can exhaust kernel resources; the kubelet refuses them unless an administrator allowed them on that node. The Pod Security Standards baseline allows only the safe set.',
    howToFix: 'Remove the sysctl, or set it on the nodes (node tuning) instead of from a pod. If it is namespaced and you need it, ask the cluster admins to allow it on dedicated nodes.',
    examples: { bad: 'sysctls:\n  - name: kernel.msgmax\n    value: "65536"', good: 'sysctls:\n  - name: net.ipv4.ip_local_port_range\n    value: "1024 65000"' },
    relatesToIsolation: true,
    messages: {
      ...workloadLabelledMessages('unsafeSysctl', (l) => `${l} sets sysctl {sysctl}, which is not in the safe set: it may change the shared kernel for the whole node, and kubelets reject it unless allowed.`),
    },
  },
  check(ctx) {
    for (const w of ctx.workloads) {
      for (const s of w.sysctls) {
        if (SAFE_SYSCTLS.has(s.name)) continue;
        ctx.reportKernelSharing(w, {
          range: s.range,
          ...workloadReport('unsafeSysctl', w, { sysctl: s.name }),
        });
      }
    }
  },
});
