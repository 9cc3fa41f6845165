import { defineKubernetesRule } from '../context';
import { eachContainer, hardeningFixFor, label } from '../rule-helpers';
import { workloadLabel } from '../workloads';

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
          message: s.source === 'pod' ? `${workloadLabel(w)} turns seccomp off for all its containers (Unconfined): every system call reaches the host kernel.` : `${label(w, c)} runs with seccomp turned off (Unconfined): every system call reaches the host kernel.`,
        });
      } else if (!s) {
        if (c.securityContext.privileged?.value) continue; // privileged already disables it
        ctx.reportKernelSharing(w, {
          range: c.anchorRange,
          severity: 'info',
          message: `${label(w, c)} sets no seccomp profile, so it usually runs Unconfined: every system call reaches the host kernel.`,
          fix: hardeningFixFor(ctx, w, c, 'seccompProfile'),
        });
      }
    }
  },
});
