import type { Document } from 'yaml';
import { entries, getEntry, keyName, stringValue } from '../../../base/yaml/nodes';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { defineKubernetesRule } from '../context';
import { workloadReport } from '../label-messages';
import { isTemplated } from '../ports';
import type { DanglingServiceTag } from '../project-checks';
import { labelMap } from '../project-objects';

const MESSAGES = workloadLabelledMessages('noPods', (l) => `${l} selects {selector}, but no pod template in the project carries these labels: the Service has no endpoints.`);

/**
 * The rule reports every Service with a selector; the file-level stage (project-checks.ts) keeps the finding only when
 * no pod template of the project (same file or any YAML under the project root, same namespace) carries the selected
 * labels, and stays silent when the project may hold pods it cannot see (operator resources in that namespace, Helm,
 * remote kustomize resources) or holds no pod template at all.
 */
export default defineKubernetesRule({
  meta: {
    id: 'k8s-dangling-service',
    aliases: ['dangling-service'],
    category: 'correctness',
    severity: 'warning',
    title: 'Service selects pods no workload of the project creates',
    why: 'A Service sends traffic to the pods its selector matches. When no pod template carries those labels, the Service has no endpoints: connections to it are refused or time out, usually because of a typo in a label or a label renamed on one side only.',
    howToFix: 'Make `spec.selector` match the labels of the pod template the Service is for (`spec.template.metadata.labels`). A Service whose endpoints are managed by hand or point outside the cluster should have no selector at all.',
    examples: {
      bad: 'kind: Service\nspec:\n  selector: {app: web-frontend}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: frontend}',
      good: 'kind: Service\nspec:\n  selector: {app: frontend}\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: frontend}',
    },
    messages: MESSAGES,
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const obj of ctx.objects) {
      if (obj.kind !== 'Service' || obj.apiVersion !== 'v1') continue;
      const spec = getEntry(obj.node, 'spec', doc)?.value;
      if (stringValue(getEntry(spec, 'type', doc)?.value, doc) === 'ExternalName') continue;
      const selectorEntry = getEntry(spec, 'selector', doc);
      const selector = labelMap(selectorEntry?.value, doc);
      // no selector: endpoints managed by hand (or an EndpointSlice controller of its own); templated: not judged
      if (!selectorEntry || !selector || !Object.keys(selector).length) continue;
      if (Object.entries(selector).some(([k, v]) => isTemplated(k) || isTemplated(v))) continue;
      const keys = entries(selectorEntry.value, doc).map((e) => ({ key: keyName(e.pair)!, range: ctx.document.range(e.pair.key as never) }));
      const anchor = keys.length === 1 ? keys[0].range : ctx.document.range(selectorEntry.key as never);
      const text = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(', ');
      const { messageId, data } = workloadReport('noPods', obj, { selector: text });
      const tag: DanglingServiceTag = { project: 'dangling-service', anchor, namespace: obj.namespace, messages: MESSAGES, selector, keys };
      ctx.report({ range: anchor, messageId, data, deferred: tag });
    }
  },
});
