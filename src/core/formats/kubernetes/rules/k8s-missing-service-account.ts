import type { Document, Node } from 'yaml';
import { getEntry, stringValue } from '../../../base/yaml/nodes';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { defineKubernetesRule } from '../context';
import { workloadReport } from '../label-messages';
import { isPartialWorkload } from '../partial';
import { isTemplated } from '../ports';
import type { ServiceAccountTag } from '../project-checks';

const MESSAGES = workloadLabelledMessages('missing', (l) => `${l} runs as ServiceAccount "{account}", which no manifest of the project defines: the pods are not created until it exists.`);

/**
 * Judged in the file-level stage (project-checks.ts): the finding stays when the project defines ServiceAccounts but
 * none of that name in the pod's namespace. A project that defines none leaves them to the cluster's setup (IaC,
 * eksctl, a platform team), and `kube-system` holds the control plane's own accounts: both are not judged.
 */
export default defineKubernetesRule({
  meta: {
    id: 'k8s-missing-service-account',
    aliases: ['non-existent-service-account'],
    category: 'correctness',
    severity: 'warning',
    title: 'Pod runs as a ServiceAccount the project does not define',
    why: 'The API server refuses to create a pod whose ServiceAccount does not exist in its namespace: the controller retries, the workload never gets pods, and the only trace is an event on the ReplicaSet. A typo in `serviceAccountName`, or an account defined in another namespace, is the usual cause.',
    howToFix: 'Define the ServiceAccount in the same namespace as the workload (with the manifests that use it), or correct `serviceAccountName`.',
    examples: { bad: 'spec:\n  serviceAccountName: web-reader   # defined as "web-readers"', good: 'spec:\n  serviceAccountName: web-readers' },
    messages: MESSAGES,
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const w of ctx.workloads) {
      if (isPartialWorkload(w)) continue;
      const e = getEntry(w.podSpec, 'serviceAccountName', doc) ?? getEntry(w.podSpec, 'serviceAccount', doc);
      const account = stringValue(e?.value, doc);
      if (!e?.value || !account || account === 'default' || isTemplated(account)) continue;
      const range = ctx.document.range(e.value as Node);
      const tag: ServiceAccountTag = { project: 'service-account', anchor: range, namespace: w.namespace, messages: MESSAGES, serviceAccount: account };
      ctx.report({ range, ...workloadReport('missing', w, { account }), deferred: tag });
    }
  },
});
