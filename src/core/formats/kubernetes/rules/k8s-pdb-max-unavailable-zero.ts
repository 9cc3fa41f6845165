import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { defineKubernetesRule } from '../context';
import { workloadReport } from '../label-messages';
import { budgetsOf, intOrPercent } from '../pdb';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-pdb-max-unavailable-zero',
    aliases: ['pdb-max-unavailable'],
    category: 'reliability',
    severity: 'warning',
    title: 'PodDisruptionBudget allows no pod to be unavailable',
    why: 'With `maxUnavailable: 0` (or `0%`) the eviction API refuses every voluntary disruption of the selected pods: `kubectl drain`, node upgrades and the cluster autoscaler wait on these pods forever, until someone edits or deletes the budget by hand.',
    howToFix: 'Allow at least one pod to go (`maxUnavailable: 1`), and run enough replicas that losing one is acceptable.',
    examples: { bad: 'kind: PodDisruptionBudget\nspec:\n  maxUnavailable: 0', good: 'kind: PodDisruptionBudget\nspec:\n  maxUnavailable: 1' },
    messages: {
      ...workloadLabelledMessages('zero', (l) => `${l} sets maxUnavailable {value}: no selected pod can ever be evicted, so node drains and upgrades block on it.`),
    },
  },
  check(ctx) {
    for (const b of budgetsOf(ctx.document, ctx.objects)) {
      const max = intOrPercent(ctx.document, b.spec, 'maxUnavailable');
      if (max && max.value === 0) ctx.report({ range: max.range, ...workloadReport('zero', b.obj, { value: max.raw }) });
    }
  },
});
