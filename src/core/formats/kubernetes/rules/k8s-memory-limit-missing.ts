import { resourceRule } from '../rule-helpers';

export default resourceRule({
  id: 'k8s-memory-limit-missing',
  aliases: ['unset-memory-requirements'],
  title: 'Container has no memory limit',
  why: 'Containers share the node\'s memory through the kernel; cgroups only fence a container in when a limit is set. Without a memory limit a leak or a spike in one container can take all of the node\'s memory, and the kernel\'s OOM killer then picks victims among the neighbours too.',
  howToFix: 'Set `resources.limits.memory` (e.g. `256Mi`, at least the request). The container is then OOM-killed alone when it exceeds it, instead of hurting the node. The quick fix adds the default from `.containment.yaml`.',
  examples: { bad: 'resources:\n  requests:\n    memory: 128Mi', good: 'resources:\n  requests:\n    memory: 128Mi\n  limits:\n    memory: 256Mi' },
  policy: 'memoryLimits',
  resource: 'memory',
  field: 'limit',
  consequence: 'it can use all of the node\'s memory, and the OOM killer may then hit neighbouring pods.',
});
