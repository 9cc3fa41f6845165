import { resourceRule } from '../rule-helpers';

export default resourceRule({
  id: 'k8s-cpu-limit-missing',
  aliases: [],
  title: 'Container has no CPU limit (policy)',
  why: 'Only checked when `policy.cpuLimits` is on in `.containment.yaml` (or the rule is switched on there). A CPU limit caps how much CPU time the container may use per period, so a busy container cannot starve its neighbours. It is a contested setting: the cap throttles the container even when the node is idle, which hurts latency, so many teams rely on CPU requests alone.',
  howToFix: 'Set `resources.limits.cpu` (e.g. `500m`), not below the request. The quick fix adds the default from `.containment.yaml`. Turn the policy off if throttling costs you more than noisy neighbours do.',
  policy: 'cpuLimits',
  resource: 'cpu',
  field: 'limit',
  consequence: 'it may use every idle core on the node, and your policy asks for a cap.',
});
