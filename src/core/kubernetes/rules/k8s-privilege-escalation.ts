import { defineKubernetesRule } from '../context';
import { eachContainer, hardeningFixFor, label } from '../rule-helpers';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-privilege-escalation',
    aliases: ['privilege-escalation-container'],
    category: 'isolation',
    severity: 'warning',
    title: 'Container may gain more privileges than it started with',
    why: 'Unless `allowPrivilegeEscalation: false` is set, a process in the container can gain privileges through setuid binaries or file capabilities (the kernel\'s no_new_privs flag is not set). That turns a non-root compromise into root inside the container, one step closer to the shared host kernel. The Pod Security Standards restricted level requires it to be false.',
    howToFix: 'Set `securityContext.allowPrivilegeEscalation: false` on the container. The hardening quick fix adds it (not next to `privileged: true` or an added SYS_ADMIN, which Kubernetes rejects).',
    examples: { bad: 'securityContext: {}', good: 'securityContext:\n  allowPrivilegeEscalation: false' },
    fixable: true,
    relatesToIsolation: true,
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const s = c.securityContext.allowPrivilegeEscalation;
      if (s?.value === false) continue;
      const privileged = c.securityContext.privileged?.value === true;
      ctx.reportKernelSharing(w, {
        range: s?.range ?? c.anchorRange,
        message: s
          ? `${label(w, c)} explicitly allows privilege escalation: setuid binaries can make a process root.`
          : `${label(w, c)} does not set allowPrivilegeEscalation: false, so setuid binaries can still raise a process's privileges${privileged ? ' (and it is privileged, which always allows escalation)' : ''}.`,
        fix: hardeningFixFor(ctx, w, c, 'allowPrivilegeEscalation'),
      });
    }
  },
});
