import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { defineKubernetesRule } from '../context';
import { workloadReport } from '../label-messages';
import { budgetsOf, intOrPercent } from '../pdb';
import type { MinAvailableTag } from '../project-checks';

const MESSAGES = {
  ...workloadLabelledMessages('all', (l) => `${l} sets minAvailable {value}: no selected pod can ever be evicted, so node drains and upgrades block on it.`),
  ...workloadLabelledMessages('blocks', (l) => `${l} sets minAvailable {value}, but the pods it selects ({workloads}) number {replicas}: no pod can ever be evicted, so node drains and upgrades block on them.`),
  ...workloadLabelledMessages('percentBlocks', (l) => `${l} sets minAvailable {value} of {replicas} pods ({workloads}): that rounds up to all of them, so no pod can ever be evicted and node drains block on them.`),
  replicasHere: '{workload} runs {replicas} replicas.',
};

/**
 * `100%` blocks every eviction on its own. A number (or another percentage) is judged in the file-level stage
 * (project-checks.ts) against the replicas of every workload the budget selects, in the same file or the project; it
 * stays silent when one of them has no written replica count (set by an autoscaler outside the project, a kustomize
 * `replicas:` entry, `kubectl scale`) or is a DaemonSet.
 */
export default defineKubernetesRule({
  meta: {
    id: 'k8s-pdb-min-available-blocks',
    aliases: ['pdb-min-available'],
    category: 'reliability',
    severity: 'warning',
    title: 'PodDisruptionBudget minAvailable is as large as the replicas it covers',
    why: 'The eviction API removes a pod only while more than `minAvailable` selected pods stay available. When `minAvailable` is as large as the number of pods (or `100%`), no pod may ever go: `kubectl drain`, node upgrades and the cluster autoscaler wait on them forever.',
    howToFix: 'Keep `minAvailable` below the replica count (run 3 replicas for `minAvailable: 2`), or use `maxUnavailable: 1`, which stays right when the replica count changes.',
    examples: {
      bad: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 2\n  selector: {matchLabels: {app: web}}\n---\nkind: Deployment\nspec:\n  replicas: 2',
      good: 'kind: PodDisruptionBudget\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: web}}\n---\nkind: Deployment\nspec:\n  replicas: 2',
    },
    messages: MESSAGES,
  },
  check(ctx) {
    for (const b of budgetsOf(ctx.document, ctx.objects)) {
      const min = intOrPercent(ctx.document, b.spec, 'minAvailable');
      if (!min) continue;
      if (min.percent && min.value >= 100) {
        ctx.report({ range: min.range, ...workloadReport('all', b.obj, { value: min.raw }) });
        continue;
      }
      if (!b.selector || min.value < 1) continue;
      const tag: MinAvailableTag = { project: 'pdb-min-available', anchor: min.range, namespace: b.obj.namespace, messages: MESSAGES, selector: b.selector, minAvailable: min.value, percent: min.percent };
      // reported as "all" until the project's workloads are known; the file-level stage words it or drops it
      ctx.report({ range: min.range, ...workloadReport('all', b.obj, { value: min.raw }), deferred: tag });
    }
  },
});
