import { defineComposeRule } from '../context';
import { effectiveValue } from '../effective-model';
import { pidsFix } from '../fixes';
import { pidsLimitOf } from '../services';

export default defineComposeRule({
  meta: {
    id: 'compose-pids-limit-missing',
    aliases: [],
    category: 'resources',
    severity: 'warning',
    title: 'Compose service has no pids limit (policy)',
    why: 'Process ids are shared by the whole host. A fork bomb or a runaway worker pool in one container can use them all up, and then no process anywhere on the host can start — not even a shell to repair it. The pids cgroup only helps when a limit is set. This is a policy: it reports only when `policy.pidsLimit: true` is set in `.containment.yaml` (or the rule is switched on there).',
    howToFix: 'Set `pids_limit` (or `deploy.resources.limits.pids`) to a few times the number of processes and threads the service normally runs. The quick fix uses `resourceDefaults.pidsLimit`.',
    examples: { bad: 'services:\n  worker:\n    image: python:3.12-slim', good: 'services:\n  worker:\n    image: python:3.12-slim\n    pids_limit: 200' },
    fixable: true,
    policy: 'pidsLimit',
    messages: {
      noPidsLimit: "Service '{service}' has no pids limit: a fork bomb in it can exhaust the process ids of the whole host (required by policy.pidsLimit).",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      if (effectiveValue(ctx, service, pidsLimitOf) !== undefined) continue;
      ctx.report({
        range: service.nameRange,
        messageId: 'noPidsLimit',
        data: { service: service.name },
        fix: pidsFix(ctx, service),
      });
    }
  },
});
