import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-unsafe-proc-mount',
    aliases: ['unsafe-proc-mount'],
    category: 'isolation',
    severity: 'warning',
    title: 'Container unmasks /proc',
    why: 'The runtime masks and makes read-only parts of /proc (kcore, sysrq-trigger, keys…) because they reach straight into the shared host kernel. `procMount: Unmasked` removes that protection. It is meant for nested container runtimes inside user-namespaced pods only. The Pod Security Standards baseline requires the default.',
    howToFix: 'Remove `procMount` (or set `Default`). If you run nested containers, do it in a pod with `hostUsers: false` and a sandboxed runtime.',
    examples: { bad: 'securityContext:\n  procMount: Unmasked', good: 'securityContext: {}' },
    relatesToIsolation: true,
    messages: {
      ...englishLabelledMessages('unmasked', (l) => `${l} sets procMount: {procMount}: kernel interfaces in /proc the runtime normally hides become visible.`),
      ...englishLabelledMessages('unmaskedHostUsers', (l) => `${l} sets procMount: {procMount}: kernel interfaces in /proc the runtime normally hides become visible (and the pod shares the host user namespace).`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const pm = c.securityContext.procMount;
      if (!pm || pm.value === 'Default') continue;
      ctx.reportKernelSharing(w, {
        range: pm.range,
        ...labelledReport(w.hostUsers?.value === false ? 'unmasked' : 'unmaskedHostUsers', w, c, { procMount: pm.value }),
      });
    }
  },
});
