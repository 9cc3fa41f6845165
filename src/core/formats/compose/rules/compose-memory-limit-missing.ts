import { defineComposeRule } from '../context';
import { effectiveValue } from '../effective-model';
import { resourcesFix } from '../fixes';
import { memoryLimitOf } from '../services';

export default defineComposeRule({
  meta: {
    id: 'compose-memory-limit-missing',
    aliases: ['unset-memory-requirements'],
    category: 'resources',
    severity: 'warning',
    title: 'Compose service has no memory limit',
    why: 'A container is a group of host processes; cgroups only hold it back when a limit is set. Without a memory limit one leaking service can use all of the host’s memory, and the kernel’s OOM killer then picks its victim among all containers and host processes — often not the one that leaked.',
    howToFix: 'Set `deploy.resources.limits.memory` (or the older `mem_limit`) to what the service needs plus headroom, and a `reservations.memory` for what it always uses. The quick fix adds the defaults from `.containment.yaml` (`resourceDefaults.memoryLimit`, `memoryRequest`).',
    examples: {
      bad: 'services:\n  web:\n    image: nginx:1.30',
      good: 'services:\n  web:\n    image: nginx:1.30\n    deploy:\n      resources:\n        limits:\n          memory: 256M',
    },
    fixable: true,
    policy: 'memoryLimits',
    messages: {
      noMemoryLimit: "Service '{service}' has no memory limit: its cgroup lets it use all of the host’s memory, and when memory runs out the OOM killer may stop a neighbour instead.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      const limit = effectiveValue(ctx, service, memoryLimitOf);
      if (limit !== undefined) continue;
      ctx.report({
        range: service.nameRange,
        messageId: 'noMemoryLimit',
        data: { service: service.name },
        fix: resourcesFix(ctx, service),
      });
    }
  },
});
