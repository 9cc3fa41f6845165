import type { Document, Node } from 'yaml';
import { getEntry, getIn } from '../../../base/yaml/nodes';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { defineKubernetesRule } from '../context';
import { workloadReport } from '../label-messages';
import { isPartialWorkload } from '../partial';

/** Hooks whose tool deletes the Job itself. */
const HOOK_DELETION = new Set(['helm.sh/hook-delete-policy', 'argocd.argoproj.io/hook-delete-policy']);

export default defineKubernetesRule({
  meta: {
    id: 'k8s-job-ttl-after-finished',
    aliases: ['job-ttl-seconds-after-finished'],
    category: 'reliability',
    severity: 'info',
    title: 'Job cleanup: a standalone Job without ttlSecondsAfterFinished, or a CronJob that sets it',
    why: 'A finished Job and its pods stay in the cluster until someone deletes them: standalone Jobs pile up, with their pods\' logs and the objects counting against quotas. `ttlSecondsAfterFinished` lets the TTL controller delete them. A CronJob already keeps only `successfulJobsHistoryLimit` and `failedJobsHistoryLimit` Jobs; a TTL on its job template deletes Jobs before those limits apply and takes the history of failed runs with them. With GitOps (Argo CD, Flux), a Job deleted by its TTL is re-created and runs again on the next sync: there, prefer the tool\'s hook deletion policy.',
    howToFix: 'Set `spec.ttlSecondsAfterFinished` on a standalone Job (one day: `86400`), and remove it from a CronJob\'s `jobTemplate` (tune the history limits instead).',
    examples: { bad: 'kind: Job\nspec:\n  template: …', good: 'kind: Job\nspec:\n  ttlSecondsAfterFinished: 86400\n  template: …' },
    messages: {
      ...workloadLabelledMessages('standalone', (l) => `${l} does not set ttlSecondsAfterFinished: the finished Job and its pods stay in the cluster until deleted by hand.`),
      ...workloadLabelledMessages('managed', (l) => `${l} sets ttlSecondsAfterFinished on its job template: Jobs are deleted before the history limits apply, and the record of failed runs goes with them.`),
    },
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const w of ctx.workloads) {
      if ((w.kind !== 'Job' && w.kind !== 'CronJob') || isPartialWorkload(w)) continue;
      const specEntry = getEntry(w.node, 'spec', doc);
      if (w.kind === 'Job') {
        if (!specEntry || getEntry(specEntry.value, 'ttlSecondsAfterFinished', doc)) continue;
        if (Object.keys(w.annotations).some((a) => HOOK_DELETION.has(a))) continue; // Helm or Argo CD deletes it
        ctx.report({ range: ctx.document.range(specEntry.key as Node), ...workloadReport('standalone', w) });
        continue;
      }
      const ttl = getEntry(getIn(specEntry?.value, ['jobTemplate', 'spec'], doc), 'ttlSecondsAfterFinished', doc);
      if (ttl) ctx.report({ range: ctx.document.range(ttl.key as Node), ...workloadReport('managed', w) });
    }
  },
});
