import { defineKubernetesRule } from '../context';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { workloadReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-service-account-token-mounted',
    aliases: [],
    category: 'isolation',
    severity: 'info',
    title: 'Service account token is mounted automatically',
    why: 'Unless `automountServiceAccountToken: false` is set, every container gets a token for the Kubernetes API at /var/run/secrets/kubernetes.io/serviceaccount. Most applications never call the API; for them the token only helps an attacker who got in move on to the cluster.',
    howToFix: 'Set `automountServiceAccountToken: false` in the pod spec (or on the ServiceAccount) for workloads that do not talk to the Kubernetes API.',
    examples: { bad: 'spec:\n  containers: […]', good: 'spec:\n  automountServiceAccountToken: false\n  containers: […]' },
    messages: {
      ...workloadLabelledMessages('tokenMounted', (l) => `${l} gets a Kubernetes API token mounted; set automountServiceAccountToken: false if it does not call the API.`),
      ...workloadLabelledMessages('tokenMountedFor', (l) => `${l} gets a Kubernetes API token mounted (service account "{serviceAccount}"); set automountServiceAccountToken: false if it does not call the API.`),
    },
  },
  check(ctx) {
    for (const w of ctx.workloads) {
      const s = w.automountServiceAccountToken;
      if (s?.value === false) continue;
      ctx.report({
        range: s?.range ?? w.podSpecRange,
        ...(w.serviceAccountName ? workloadReport('tokenMountedFor', w, { serviceAccount: w.serviceAccountName }) : workloadReport('tokenMounted', w)),
      });
    }
  },
});
