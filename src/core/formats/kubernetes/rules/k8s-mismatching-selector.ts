import type { Document } from 'yaml';
import { entries, getEntry, getIn, keyName, scalarValue } from '../../../base/yaml/nodes';
import { defineKubernetesRule } from '../context';
import { isPartialWorkload } from '../partial';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { workloadReport } from '../label-messages';

const SELECTOR_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);

export default defineKubernetesRule({
  meta: {
    id: 'k8s-mismatching-selector',
    aliases: ['mismatching-selector'],
    category: 'correctness',
    severity: 'error',
    title: 'Workload selector does not match its pod template labels',
    why: 'A controller manages the pods its selector matches. When the pod template lacks a label the selector asks for, the API server rejects the object (apps/v1) or the controller keeps creating pods it never counts as its own.',
    howToFix: 'Give the pod template (`spec.template.metadata.labels`) every label of `spec.selector.matchLabels`, with the same values.',
    examples: { bad: 'selector:\n  matchLabels: {app: web}\ntemplate:\n  metadata:\n    labels: {app: api}', good: 'selector:\n  matchLabels: {app: web}\ntemplate:\n  metadata:\n    labels: {app: web}' },
    messages: {
      ...workloadLabelledMessages('otherValue', (l) => `${l} selects {key}={value} but its pod template has {key}={templateValue}: the controller does not own its own pods.`),
      ...workloadLabelledMessages('noLabel', (l) => `${l} selects {key}={value} but its pod template has no {key} label: the controller does not own its own pods.`),
    },
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const w of ctx.workloads) {
      if (!SELECTOR_KINDS.has(w.kind) || isPartialWorkload(w)) continue; // a patch's labels merge with the base's
      const spec = getEntry(w.node, 'spec', doc)?.value;
      const selector = getEntry(spec, 'selector', doc)?.value;
      // ReplicationController selectors are a plain map; the others use matchLabels (matchExpressions are not judged)
      const matchLabels = w.kind === 'ReplicationController' ? selector : getEntry(selector, 'matchLabels', doc)?.value;
      const labelsNode = getIn(spec, ['template', 'metadata', 'labels'], doc);
      if (!matchLabels) continue;
      const labels = new Map<string, string>();
      for (const e of entries(labelsNode, doc)) {
        const k = keyName(e.pair);
        const v = scalarValue(e.value, doc);
        if (k !== undefined) labels.set(k, v === null || v === undefined ? '' : String(v));
      }
      for (const e of entries(matchLabels, doc)) {
        const k = keyName(e.pair);
        const raw = scalarValue(e.value, doc);
        if (k === undefined || raw === undefined || typeof raw === 'object') continue;
        const v = raw === null ? '' : String(raw);
        if (labels.get(k) === v) continue;
        if (v.includes('{{') || v.includes('$')) continue; // templated: decided at render time
        ctx.report({
          range: ctx.document.range(e.pair.key as never),
          ...(labels.has(k) ? workloadReport('otherValue', w, { key: k, value: v, templateValue: labels.get(k)! }) : workloadReport('noLabel', w, { key: k, value: v })),
        });
      }
    }
  },
});
