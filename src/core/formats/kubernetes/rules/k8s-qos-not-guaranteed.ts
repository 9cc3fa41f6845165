import type { MessageRef } from '../../../base/l10n/format-message';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { defineKubernetesRule } from '../context';
import { workloadReport } from '../label-messages';

/** At most this many gaps are listed; more end the list with "…". */
const LISTED_GAPS = 4;

export default defineKubernetesRule({
  meta: {
    id: 'k8s-qos-not-guaranteed',
    aliases: [],
    category: 'resources',
    severity: 'warning',
    title: 'Pod is not in the Guaranteed QoS class (policy)',
    why: 'Only checked when `policy.guaranteedQoS` is on (or the rule is switched on in the configuration). A pod is Guaranteed when every container has CPU and memory limits and its requests equal them. Such pods are the last to be evicted under node pressure and can get exclusive CPUs; Burstable and BestEffort pods go first.',
    howToFix: 'Give every container CPU and memory limits and set the requests to the same values (or leave the requests out: Kubernetes copies the limits into them).',
    messages: {
      ...workloadLabelledMessages('notGuaranteed', (l) => `${l} is {qos}, not Guaranteed.`),
      ...workloadLabelledMessages('notGuaranteedGaps', (l) => `${l} is {qos}, not Guaranteed ({gaps}).`),
      ...workloadLabelledMessages('notGuaranteedMoreGaps', (l) => `${l} is {qos}, not Guaranteed ({gaps}; …).`),
      noLimit: '{container}: no {resource} limit',
      requestNotLimit: '{container}: {resource} request {request} ≠ limit {limit}',
    },
    policy: 'guaranteedQoS',
  },
  check(ctx) {
    for (const w of ctx.workloads) {
      const qos = ctx.qos(w);
      if (qos === 'Guaranteed') continue;
      const gaps: MessageRef[] = [];
      for (const c of w.containers) {
        if (c.type === 'ephemeralContainer') continue;
        for (const r of ['cpu', 'memory'] as const) {
          const lim = c.resources.limits[r];
          const req = c.resources.requests[r];
          const container = c.name ?? '?';
          if (!lim) gaps.push({ id: 'noLimit', data: { container, resource: r } });
          else if (req && req.raw !== lim.raw && req.value !== lim.value) gaps.push({ id: 'requestNotLimit', data: { container, resource: r, request: req.raw, limit: lim.raw } });
        }
      }
      ctx.reportResource(w, undefined, { satisfiedBy: [], qosOnly: true }, {
        range: w.nameRange ?? w.kindRange,
        ...workloadReport(!gaps.length ? 'notGuaranteed' : gaps.length > LISTED_GAPS ? 'notGuaranteedMoreGaps' : 'notGuaranteedGaps', w, { qos, gaps: gaps.slice(0, LISTED_GAPS) }),
      });
    }
  },
});
