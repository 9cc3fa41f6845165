import { resourceRule } from '../rule-helpers';

export default resourceRule({
  id: 'k8s-cpu-request-missing',
  aliases: ['unset-cpu-requirements'],
  title: 'Container has no CPU request',
  why: 'The scheduler places pods by their requests. Without a CPU request the container is scheduled as if it needed no CPU at all, nodes get over-packed, and under contention it only gets the minimum CPU share. A CPU limit alone counts: Kubernetes then uses the limit as the request.',
  howToFix: 'Set `resources.requests.cpu` to what the container needs under normal load (e.g. `100m` = a tenth of a core). The quick fix adds the default from `.containment.yaml` (`resourceDefaults`). A LimitRange with a default request for the namespace turns this into a note.',
  examples: { bad: 'containers:\n  - name: web\n    image: nginx:1.30', good: 'containers:\n  - name: web\n    image: nginx:1.30\n    resources:\n      requests:\n        cpu: 100m' },
  policy: 'cpuRequests',
  resource: 'cpu',
  field: 'request',
  consequence: 'the scheduler treats it as needing no CPU and it gets the smallest share when the node is busy.',
});
