import { defineComposeRule } from '../context';
import { effectiveValue } from '../effective-model';
import { changingBehaviour } from '../fixes';
import { noNewPrivilegesOf } from '../services';
import { runsWindowsContainer } from '../windows';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineComposeRule({
  meta: {
    id: 'compose-no-new-privileges-missing',
    aliases: ['privilege-escalation-container'],
    category: 'isolation',
    severity: 'info',
    title: 'Compose service does not set no-new-privileges',
    why: 'Without `no-new-privileges`, a process that starts as an ordinary user can gain root through a setuid binary (su, sudo, a vulnerable helper) inside the image. The option makes the kernel refuse such gains for the whole container; ordinary programs do not notice it.',
    howToFix: 'Add `no-new-privileges:true` to the service’s `security_opt` list (the quick fix does this).',
    examples: { bad: 'services:\n  web:\n    image: nginx:1.30', good: 'services:\n  web:\n    image: nginx:1.30\n    security_opt:\n      - no-new-privileges:true' },
    fixable: true,
    relatesToIsolation: true,
    messages: {
      escalationAllowed: "Service '{service}' explicitly allows privilege escalation: setuid programs in it can still gain root.",
      notSet: "Service '{service}' does not set no-new-privileges: setuid programs in it could gain root.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      // no-new-privileges is a Linux process flag; a Windows container has no setuid programs to stop
      if (runsWindowsContainer(service)) continue;
      const nnp = effectiveValue(ctx, service, noNewPrivilegesOf);
      if (nnp === 'unknown') continue;
      // written in another definition (extends, base or override file): that file's own analysis reports it there
      if (nnp && !service.securityOpt.includes(nnp.field)) continue;
      if (nnp?.enabled) continue;
      if (nnp) {
        ctx.report({
          range: nnp.field.range,
          messageId: 'escalationAllowed',
          data: { service: service.name },
        });
        continue;
      }
      const edits = ctx.mergeFix(service, fixTitle('addNoNewPrivileges', { service: service.name }), { security_opt: ['no-new-privileges:true'] });
      ctx.report({
        range: service.nameRange,
        messageId: 'notSet',
        data: { service: service.name },
        fix: changingBehaviour(edits),
      });
    }
  },
});
