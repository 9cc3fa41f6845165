import type { Document } from 'yaml';
import { getEntry, stringValue } from '../../../base/yaml/nodes';
import { defineKubernetesRule } from '../context';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { workloadReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-deprecated-service-account-field',
    aliases: ['deprecated-service-account-field'],
    category: 'correctness',
    severity: 'warning',
    title: 'Pod uses the deprecated serviceAccount field',
    why: '`serviceAccount` is a deprecated alias of `serviceAccountName`. When both are written with different values, which one wins depends on how the object was created and updated, so the pod may run with another identity (and other RBAC rights) than the manifest seems to say.',
    howToFix: 'Rename `serviceAccount` to `serviceAccountName` (or remove it when `serviceAccountName` is already set to the same value).',
    examples: { bad: 'spec:\n  serviceAccount: builder', good: 'spec:\n  serviceAccountName: builder' },
    messages: {
      ...workloadLabelledMessages('disagrees', (l) => `${l} sets serviceAccount "{value}" and serviceAccountName "{name2}": the deprecated field disagrees with the one that should decide.`),
      ...workloadLabelledMessages('deprecated', (l) => `${l} uses the deprecated serviceAccount field; write serviceAccountName instead.`),
    },
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const w of ctx.workloads) {
      const e = getEntry(w.podSpec, 'serviceAccount', doc);
      if (!e) continue;
      const value = stringValue(e.value, doc);
      const name = w.serviceAccountName;
      const differs = name !== undefined && value !== undefined && name !== value;
      ctx.report({
        range: ctx.document.range(e.key),
        ...(differs ? workloadReport('disagrees', w, { value, name2: name }) : workloadReport('deprecated', w)),
      });
    }
  },
});
