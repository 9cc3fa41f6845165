import { defineKubernetesRule } from '../context';
import { workloadLabel } from '../workloads';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-qos-not-guaranteed',
    aliases: [],
    category: 'resources',
    severity: 'warning',
    title: 'Pod is not in the Guaranteed QoS class (policy)',
    why: 'Only checked when `policy.guaranteedQoS` is on. A pod is Guaranteed when every container has CPU and memory limits and its requests equal them. Such pods are the last to be evicted under node pressure and can get exclusive CPUs; Burstable and BestEffort pods go first.',
    howToFix: 'Give every container CPU and memory limits and set the requests to the same values (or leave the requests out: Kubernetes copies the limits into them).',
    policy: 'guaranteedQoS',
  },
  check(ctx) {
    for (const w of ctx.workloads) {
      const qos = ctx.qos(w);
      if (qos === 'Guaranteed') continue;
      const gaps: string[] = [];
      for (const c of w.containers) {
        if (c.type === 'ephemeralContainer') continue;
        for (const r of ['cpu', 'memory'] as const) {
          const lim = c.resources.limits[r];
          const req = c.resources.requests[r];
          if (!lim) gaps.push(`${c.name ?? '?'}: no ${r} limit`);
          else if (req && req.raw !== lim.raw && req.value !== lim.value) gaps.push(`${c.name ?? '?'}: ${r} request ${req.raw} ≠ limit ${lim.raw}`);
        }
      }
      ctx.reportResource(w, undefined, { satisfiedBy: [], qosOnly: true }, {
        range: w.nameRange ?? w.kindRange,
        message: `${workloadLabel(w)} is ${qos}, not Guaranteed${gaps.length ? ` (${gaps.slice(0, 4).join('; ')}${gaps.length > 4 ? '; …' : ''})` : ''}.`,
      });
    }
  },
});
