import type { Document } from 'yaml';
import { getEntry } from '../../../base/yaml/nodes';
import { defineKubernetesRule } from '../context';
import { removedApi } from '../removed-apis';

/** Replacements that are not an API version: their words are part of the message, so each has its own id. */
const REPLACEMENT_IDS: Record<string, string> = {
  'policy/v1beta1 (itself removed in 1.25)': 'removedUseInterim',
  'Pod Security Admission (no replacement object)': 'removedUsePodSecurityAdmission',
};

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
    messages: {
      removed: '{kind} {apiVersion} was removed in Kubernetes {removedIn}: use {replacement}.',
      removedUseInterim: '{kind} {apiVersion} was removed in Kubernetes {removedIn}: use policy/v1beta1 (itself removed in 1.25).',
      removedUsePodSecurityAdmission: '{kind} {apiVersion} was removed in Kubernetes {removedIn}: use Pod Security Admission (no replacement object).',
    },
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const obj of ctx.objects) {
      const removed = removedApi(obj.apiVersion, obj.kind);
      if (!removed) continue;
      const value = getEntry(obj.node, 'apiVersion', doc)?.value;
      ctx.report({
        range: value ? ctx.document.range(value) : obj.kindRange,
        ...(REPLACEMENT_IDS[removed.replacement]
          ? { messageId: REPLACEMENT_IDS[removed.replacement], data: { kind: obj.kind, apiVersion: obj.apiVersion, removedIn: removed.removedIn } }
          : { messageId: 'removed', data: { kind: obj.kind, apiVersion: obj.apiVersion, removedIn: removed.removedIn, replacement: removed.replacement } }),
      });
    }
  },
});
