import type { Document } from 'yaml';
import { getEntry, getIn, seqItems, scalarValue } from '../../../base/yaml/nodes';
import { defineKubernetesRule } from '../context';
import { isPartialWorkload } from '../partial';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { workloadReport } from '../label-messages';

/** Controllers that run `spec.replicas` copies of one pod template. */
const REPLICATED_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/** From this many replicas on, where they land decides whether one node failure takes them all (kube-linter's default). */
const MIN_REPLICAS = 2;

export default defineKubernetesRule({
  meta: {
    id: 'k8s-no-anti-affinity',
    aliases: ['no-anti-affinity'],
    category: 'reliability',
    severity: 'info',
    title: 'Replicated workload says nothing about spreading its replicas',
    why: 'Without pod anti-affinity or a topology spread constraint the scheduler is free to place every replica on the same node, and often does on a lightly loaded cluster. Losing that node (a kernel panic, an eviction storm, a drain for an upgrade) then takes all replicas down at once, and the replicas gave no availability at all.',
    howToFix: 'Add `topologySpreadConstraints` over `kubernetes.io/hostname` (or a `preferredDuringSchedulingIgnoredDuringExecution` pod anti-affinity on the same labels) to the pod template, so replicas land on different nodes when they can.',
    examples: {
      bad: 'spec:\n  replicas: 3\n  template:\n    spec:\n      containers: [{name: web, image: web:1.4}]',
      good: 'spec:\n  replicas: 3\n  template:\n    spec:\n      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: kubernetes.io/hostname\n          whenUnsatisfiable: ScheduleAnyway\n          labelSelector: {matchLabels: {app: web}}\n      containers: [{name: web, image: web:1.4}]',
    },
    messages: {
      ...workloadLabelledMessages('unspread', (l) => `${l} runs {replicas} replicas with no pod anti-affinity or topology spread constraint: they may all land on one node, and losing that node stops every replica.`),
    },
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const w of ctx.workloads) {
      if (!REPLICATED_KINDS.has(w.kind) || isPartialWorkload(w)) continue;
      const replicasPair = getEntry(getEntry(w.node, 'spec', doc)?.value, 'replicas', doc);
      const replicas = scalarValue(replicasPair?.value, doc);
      if (!replicasPair || typeof replicas !== 'number' || replicas < MIN_REPLICAS) continue;
      const spreads = seqItems(getEntry(w.podSpec, 'topologySpreadConstraints', doc)?.value, doc).length > 0;
      if (spreads || getIn(w.podSpec, ['affinity', 'podAntiAffinity'], doc)) continue;
      ctx.report({ range: ctx.document.range(replicasPair.key as never), ...workloadReport('unspread', w, { replicas }) });
    }
  },
});
