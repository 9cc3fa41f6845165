import { defineComposeRule } from '../context';
import { effectiveValue } from '../effective-model';
import { resourcesFix } from '../fixes';
import { cpuLimitOf } from '../services';

export default defineComposeRule({
  meta: {
    id: 'compose-cpu-limit-missing',
    aliases: ['unset-cpu-requirements'],
    category: 'resources',
    severity: 'warning',
    title: 'Compose service has no CPU limit (policy)',
    why: 'Without a CPU limit a busy service can take every core of the host and slow down its neighbours. CPU limits are contested, though: a limited service is throttled even when the host is idle, which hurts latency. So this is a policy: it only reports when `policy.cpuLimits: true` is set in `.containment.yaml` (or the rule is switched on there).',
    howToFix: 'Set `deploy.resources.limits.cpus` (or the older `cpus`) to the cores the service may use, as a string such as "0.5". The quick fix uses `resourceDefaults.cpuLimit`.',
    examples: {
      bad: 'services:\n  worker:\n    image: python:3.12-slim',
      good: 'services:\n  worker:\n    image: python:3.12-slim\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"',
    },
    fixable: true,
    policy: 'cpuLimits',
    messages: {
      noCpuLimit: "Service '{service}' has no CPU limit: it can use every core of the host (required by policy.cpuLimits).",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      if (effectiveValue(ctx, service, cpuLimitOf) !== undefined) continue;
      ctx.report({
        range: service.nameRange,
        messageId: 'noCpuLimit',
        data: { service: service.name },
        fix: resourcesFix(ctx, service),
      });
    }
  },
});
