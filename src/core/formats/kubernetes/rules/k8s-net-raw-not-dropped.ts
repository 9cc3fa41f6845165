import { defineKubernetesRule } from '../context';
import { eachContainer, hardeningFixFor } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-net-raw-not-dropped',
    aliases: ['drop-net-raw-capability'],
    category: 'isolation',
    severity: 'info',
    title: 'Container keeps the NET_RAW capability',
    why: 'Most runtimes grant NET_RAW by default. It lets a process open raw sockets and forge packets, enough for ARP or DNS spoofing against other pods on the same node network. Few applications need it (ping can use unprivileged ICMP sockets).',
    howToFix: 'Drop it: `capabilities: {drop: [ALL]}` (best) or `drop: [NET_RAW]`. The hardening quick fix adds `drop: [ALL]`.',
    examples: { bad: 'securityContext: {}', good: 'securityContext:\n  capabilities:\n    drop: [ALL]' },
    fixable: true,
    relatesToIsolation: true,
    messages: {
      ...englishLabelledMessages('keepsNetRaw', (l) => `${l} does not drop NET_RAW: it can forge packets on the node network (drop ALL or NET_RAW).`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const sc = c.securityContext;
      if (sc.privileged?.value) continue; // the privileged rule says more
      const dropped = sc.capabilities.drop.some((d) => d.name === 'ALL' || d.name === 'NET_RAW');
      const added = sc.capabilities.add.find((a) => a.name === 'NET_RAW');
      if (dropped && !added) continue;
      if (added) continue; // reported by k8s-added-capabilities
      ctx.reportKernelSharing(w, {
        range: c.anchorRange,
        ...labelledReport('keepsNetRaw', w, c),
        fix: hardeningFixFor(ctx, w, c, 'capabilities'),
      });
    }
  },
});
