import { defineKubernetesRule } from '../context';
import { eachContainer, hardeningFixFor } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-no-seccomp-profile',
    aliases: [],
    category: 'isolation',
    severity: 'warning',
    title: 'Container runs without a seccomp profile',
    why: 'Seccomp filters which system calls reach the shared host kernel; the runtime\'s default profile blocks the rarely needed ones most kernel exploits use. Kubernetes does not apply it unless asked: with no `seccompProfile` (info) the container usually runs Unconfined, and `type: Unconfined` (warning) turns it off explicitly. The Pod Security Standards restricted level requires RuntimeDefault or Localhost.',
    howToFix: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (covers every container) or on the container. The hardening quick fix adds it where nothing is set.',
    examples: { bad: 'securityContext:\n  seccompProfile:\n    type: Unconfined', good: 'securityContext:\n  seccompProfile:\n    type: RuntimeDefault' },
    fixable: true,
    relatesToIsolation: true,
    messages: {
      ...englishLabelledMessages('unconfined', (l) => `${l} runs with seccomp turned off (Unconfined): every system call reaches the host kernel.`),
      ...englishLabelledMessages('notSet', (l) => `${l} sets no seccomp profile, so it usually runs Unconfined: every system call reaches the host kernel.`),
      podUnconfined: '{kind} "{name}" turns seccomp off for all its containers (Unconfined): every system call reaches the host kernel.',
      podUnconfinedUnnamed: '{kind} turns seccomp off for all its containers (Unconfined): every system call reaches the host kernel.',
    },
  },
  check(ctx) {
    const podReported = new Set<unknown>();
    for (const [w, c] of eachContainer(ctx)) {
      const s = c.securityContext.seccompProfile;
      if (s?.value === 'Unconfined') {
        if (s.source === 'pod') {
          if (podReported.has(w)) continue; // one finding for the pod-level setting
          podReported.add(w);
        }
        ctx.reportKernelSharing(w, {
          range: s.range,
          ...(s.source !== 'pod' ? labelledReport('unconfined', w, c) : w.name ? { messageId: 'podUnconfined', data: { kind: w.kind, name: w.name } } : { messageId: 'podUnconfinedUnnamed', data: { kind: w.kind } }),
        });
      } else if (!s) {
        if (c.securityContext.privileged?.value) continue; // privileged already disables it
        ctx.reportKernelSharing(w, {
          range: c.anchorRange,
          severity: 'info',
          ...labelledReport('notSet', w, c),
          fix: hardeningFixFor(ctx, w, c, 'seccompProfile'),
        });
      }
    }
  },
});
