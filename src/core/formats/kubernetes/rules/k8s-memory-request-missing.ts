import { resourceRule } from '../rule-helpers';

export default resourceRule({
  id: 'k8s-memory-request-missing',
  aliases: [],
  title: 'Container has no memory request',
  why: 'Memory requests are what the scheduler reserves on a node. Without one the container is placed as if it used no memory, the node can be over-committed, and under memory pressure pods using more than they requested are evicted first. A memory limit alone counts: Kubernetes then uses the limit as the request.',
  howToFix: 'Set `resources.requests.memory` to the working set the container needs (e.g. `128Mi`). The quick fix adds the default from `.containment.yaml`.',
  policy: 'memoryRequests',
  resource: 'memory',
  field: 'request',
  consequence: 'nothing is reserved for it on the node, and it is among the first to be evicted under memory pressure.',
});
