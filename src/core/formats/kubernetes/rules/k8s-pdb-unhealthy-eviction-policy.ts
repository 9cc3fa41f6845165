import type { Document, Node } from 'yaml';
import { getEntry } from '../../../base/yaml/nodes';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { defineKubernetesRule } from '../context';
import { workloadReport } from '../label-messages';
import { budgetsOf } from '../pdb';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-pdb-unhealthy-eviction-policy',
    aliases: ['pdb-unhealthy-pod-eviction-policy'],
    category: 'reliability',
    severity: 'info',
    title: 'PodDisruptionBudget does not say whether unhealthy pods may be evicted',
    why: 'By default (`IfHealthyBudget`) a pod that is running but not ready counts against the budget: when the application is already broken (crash-looping, never ready), the budget is exhausted and a node drain waits on pods that serve nothing. `AlwaysAllow` lets the eviction API remove such pods (stable since Kubernetes 1.31).',
    howToFix: 'Set `spec.unhealthyPodEvictionPolicy: AlwaysAllow`, or `IfHealthyBudget` explicitly when unready pods must be protected (an application that becomes ready only after a long data load).',
    examples: {
      bad: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  selector: {matchLabels: {app: web}}',
      good: 'kind: PodDisruptionBudget\nspec:\n  minAvailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector: {matchLabels: {app: web}}',
    },
    messages: {
      ...workloadLabelledMessages('unset', (l) => `${l} does not set unhealthyPodEvictionPolicy: running but unready pods count against the budget and can block node drains.`),
    },
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const b of budgetsOf(ctx.document, ctx.objects)) {
      // a budget without a selector is a fragment (a kustomize patch) or selects nothing: nothing to evict
      if (!b.hasSelector || getEntry(b.spec, 'unhealthyPodEvictionPolicy', doc)) continue;
      const specKey = getEntry(b.obj.node, 'spec', doc)?.key as Node | undefined;
      ctx.report({ range: specKey ? ctx.document.range(specKey) : b.obj.kindRange, ...workloadReport('unset', b.obj) });
    }
  },
});
