import { defineKubernetesRule } from '../context';
import { eachContainer, hardeningFixFor } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-run-as-root',
    aliases: ['run-as-non-root'],
    category: 'isolation',
    severity: 'warning',
    title: 'Container may run as root',
    why: 'Without `runAsNonRoot: true` the container runs as whatever user the image says, often root (uid 0). Root in a container is the same uid 0 as on the host kernel it shares: any escape through a kernel bug or a careless mount starts with full rights. `runAsUser: 0` asks for root explicitly. The Pod Security Standards restricted level forbids both.',
    howToFix: 'Set `runAsNonRoot: true` (pod or container securityContext) and, if the image has no non-root USER, a numeric `runAsUser` such as `10001`. The hardening quick fix adds `runAsNonRoot: true`; the kubelet then refuses to start an image that would run as root, so check the image\'s USER.',
    examples: { bad: 'securityContext:\n  runAsUser: 0', good: 'securityContext:\n  runAsNonRoot: true\n  runAsUser: 10001' },
    fixable: true,
    relatesToIsolation: true,
    messages: {
      ...englishLabelledMessages('uidZero', (l) => `${l} runs as uid 0 (root): the same uid 0 as on the host kernel it shares.`),
      ...englishLabelledMessages('uidZeroPod', (l) => `${l} runs as uid 0 (root, set for the whole pod): the same uid 0 as on the host kernel it shares.`),
      ...englishLabelledMessages('nonRootFalse', (l) => `${l} sets runAsNonRoot: false, so it runs as root whenever the image does.`),
      ...englishLabelledMessages('nonRootNotRequired', (l) => `${l} does not require a non-root user (runAsNonRoot), so it runs as root whenever the image does.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const sc = c.securityContext;
      if (sc.runAsUser?.value === 0) {
        ctx.reportKernelSharing(w, {
          range: sc.runAsUser.range,
          ...labelledReport(sc.runAsUser.source === 'pod' ? 'uidZeroPod' : 'uidZero', w, c),
        });
        continue;
      }
      if (sc.runAsNonRoot?.value === true) continue;
      if (sc.runAsUser && sc.runAsUser.value > 0) continue; // a non-zero uid is enforced by the runtime
      ctx.reportKernelSharing(w, {
        range: sc.runAsNonRoot?.range ?? c.anchorRange,
        ...labelledReport(sc.runAsNonRoot ? 'nonRootFalse' : 'nonRootNotRequired', w, c),
        fix: hardeningFixFor(ctx, w, c, 'runAsNonRoot'),
      });
    }
  },
});
