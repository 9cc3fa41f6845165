import { resourceRule } from '../rule-helpers';

export default resourceRule({
  id: 'k8s-ephemeral-storage-missing',
  aliases: [],
  title: 'Container has no ephemeral-storage limit (policy)',
  why: 'Only checked when `policy.ephemeralStorage` is on (or the rule is switched on in the configuration). Logs, the writable layer and emptyDir volumes live on the node\'s disk. Without an ephemeral-storage limit one container can fill that disk, and the kubelet then evicts pods across the node.',
  howToFix: 'Set `resources.limits.ephemeral-storage` (and a request) to what the container writes locally, e.g. `1Gi`. The quick fix adds the default from `.containment.yaml`.',
  policy: 'ephemeralStorage',
  resource: 'ephemeral-storage',
  field: 'limit',
  consequence: 'it can fill the node\'s disk with logs and scratch files, and your policy asks for a limit.',
});
