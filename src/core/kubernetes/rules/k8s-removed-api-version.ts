import type { Document } from 'yaml';
import { getEntry } from '../../yaml/nodes';
import { defineKubernetesRule } from '../context';
import { removedApi } from '../removed-apis';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-removed-api-version',
    aliases: ['no-extensions-v1beta'],
    category: 'correctness',
    severity: 'warning',
    title: 'Object uses an API version Kubernetes no longer serves',
    why: 'Beta API versions are removed a few releases after their stable replacement appears (`extensions/v1beta1` Deployments in 1.16, `policy/v1beta1` PodSecurityPolicy and PodDisruptionBudget in 1.25…). A cluster at or above that version rejects the manifest outright, so an upgrade breaks the deployment.',
    howToFix: 'Move the object to the replacement API version the message names and adjust the fields that changed (for apps/v1 workloads, `spec.selector` is required).',
    examples: { bad: 'apiVersion: extensions/v1beta1\nkind: Deployment', good: 'apiVersion: apps/v1\nkind: Deployment' },
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const obj of ctx.objects) {
      const removed = removedApi(obj.apiVersion, obj.kind);
      if (!removed) continue;
      const value = getEntry(obj.node, 'apiVersion', doc)?.value;
      ctx.report({
        range: value ? ctx.document.range(value) : obj.kindRange,
        message: `${obj.kind} ${obj.apiVersion} was removed in Kubernetes ${removed.removedIn}: use ${removed.replacement}.`,
      });
    }
  },
});
