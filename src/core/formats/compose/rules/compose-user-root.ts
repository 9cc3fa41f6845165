import { defineComposeRule } from '../context';
import { effectiveValue } from '../effective-model';
import { shown } from '../interpolate';
import { isRootUser } from '../services';

export default defineComposeRule({
  meta: {
    id: 'compose-user-root',
    aliases: ['run-as-non-root'],
    category: 'isolation',
    severity: 'warning',
    title: 'Compose service explicitly runs as root',
    why: 'Root in a container is root on the shared host kernel, held back only by capabilities, seccomp and the mount namespace. Any kernel bug or misconfiguration (a writable host mount, an added capability) then works with full privileges. `user: root` or `user: "0"` also overrides a non-root USER the image chose.',
    howToFix: 'Run the service as an unprivileged user: `user: "1000:1000"` or a named user that exists in the image. Fix file ownership in the Dockerfile instead of running as root.',
    examples: { bad: 'user: root', good: 'user: "10001:10001"' },
    relatesToIsolation: true,
    messages: {
      userRoot: "Service '{service}' sets user {user}: it runs as uid 0 on the kernel it shares with the host.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      const user = service.user;
      if (!user || !isRootUser(user.value)) continue;
      // the default override file (or a later file of an include path list) sets its own user: that one runs
      if (effectiveValue(ctx, service, (s) => s.user) !== user) continue;
      ctx.reportKernelSharing(service, {
        range: user.range,
        messageId: 'userRoot',
        data: { service: service.name, user: shown(user, user.value) },
      });
    }
  },
});
