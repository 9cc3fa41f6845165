import { defineComposeRule } from '../context';
import { effectiveValue } from '../effective-model';

export default defineComposeRule({
  meta: {
    id: 'compose-service-runs-as-root',
    aliases: ['run-as-non-root'],
    category: 'isolation',
    severity: 'warning',
    title: 'Compose service builds an image that runs as root',
    why: 'A service with `build:` runs whatever user its Dockerfile ends with. When the final stage sets no USER (or USER root) and the service sets no `user:`, the main process is uid 0 on the host kernel, so any escape or writable host mount works with full privileges.',
    howToFix: 'Add a non-root `USER` to the final stage of the Dockerfile (create the user there if needed), or set `user:` on the service.',
    examples: { bad: 'FROM python:3.12-slim\nCMD ["python", "app.py"]', good: 'FROM python:3.12-slim\nRUN useradd --system --no-log-init app\nUSER app\nCMD ["python", "app.py"]' },
    relatesToIsolation: true,
    messages: {
      userIsRoot: "Service '{service}' runs as root: it sets no user:, and the image it builds runs as root (USER {user} on line {line} is root).",
      baseRunsAs: "Service '{service}' runs as root: it sets no user:, and the image it builds runs as root (no USER, and {image} runs as {user} by default).",
      baseNotKnown: "Service '{service}' runs as root: it sets no user:, and the image it builds runs as root (no USER in the Dockerfile, and '{image}' is not known to set one).",
      userMakesRoot: 'USER {user} makes the final stage run as root',
      noUserHere: 'the final stage starts here and never sets USER',
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      const stage = service.build?.stage;
      if (!stage || stage.runsAsRoot !== 'yes' || !stage.rootReason) continue;
      // an explicit user wins over the image (compose-user-root looks at it), also one from the override file or an
      // `extends` chain; a chain that cannot be read is unknown
      if (effectiveValue(ctx, service, (s) => s.user) !== undefined) continue;
      const { code, ...reasonData } = stage.rootReason;
      const where = stage.userRange ?? stage.fromRange;
      ctx.reportKernelSharing(service, {
        range: service.nameRange,
        messageId: code,
        data: { service: service.name, ...reasonData },
        related: [
          {
            path: stage.path,
            range: where,
            ...(stage.userRange
              ? { message: `USER ${stage.user} makes the final stage run as root`, messageId: 'userMakesRoot', data: { user: stage.user ?? '' } }
              : { message: 'the final stage starts here and never sets USER', messageId: 'noUserHere' }),
          },
        ],
      });
    }
  },
});
