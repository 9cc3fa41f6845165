import { defineKubernetesRule } from '../context';
import { eachContainer, hardeningFixFor } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

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
    messages: {
      ...englishLabelledMessages('allowed', (l) => `${l} explicitly allows privilege escalation: setuid binaries can make a process root.`),
      ...englishLabelledMessages('notSet', (l) => `${l} does not set allowPrivilegeEscalation: false, so setuid binaries can still raise a process's privileges.`),
      ...englishLabelledMessages('notSetPrivileged', (l) => `${l} does not set allowPrivilegeEscalation: false, so setuid binaries can still raise a process's privileges (and it is privileged, which always allows escalation).`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const s = c.securityContext.allowPrivilegeEscalation;
      if (s?.value === false) continue;
      const privileged = c.securityContext.privileged?.value === true;
      ctx.reportKernelSharing(w, {
        range: s?.range ?? c.anchorRange,
        ...labelledReport(s ? 'allowed' : privileged ? 'notSetPrivileged' : 'notSet', w, c),
        fix: hardeningFixFor(ctx, w, c, 'allowPrivilegeEscalation'),
      });
    }
  },
});
