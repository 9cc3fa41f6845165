import { judgeEnvLiteral, kubernetesReference } from '../../text/secret-env';
import { defineKubernetesRule } from '../context';
import { eachContainer, label } from '../rule-helpers';


export default defineKubernetesRule({
  meta: {
    id: 'k8s-secret-in-env',
    aliases: ['env-var-secret'],
    category: 'isolation',
    severity: 'warning',
    title: 'Secret written as a literal environment value',
    why: 'A password or token written into the manifest ends up in Git, in `kubectl get -o yaml` output, in every ReplicaSet revision and in anyone\'s terminal who can read the Deployment. Secrets are access-controlled separately (and can be encrypted at rest); pod specs are not.',
    howToFix: 'Move the value into a Secret and reference it with `valueFrom.secretKeyRef` (or mount the Secret as a file). Rotate the value: it has already been exposed.',
    examples: { bad: 'env:\n  - name: DB_PASSWORD\n    value: hunter2', good: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}' },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      for (const e of c.env) {
        if (!e.value || !e.valueRange) continue;
        const secret = judgeEnvLiteral(e.name, e.value, kubernetesReference);
        if (!secret) continue;
        const message =
          secret.kind === 'value'
            ? `${label(w, c)} sets ${e.name} to what looks like ${secret.what}: whoever can read the ${w.kind} (or the repository) reads it. Use valueFrom.secretKeyRef, and rotate it.`
            : secret.kind === 'url'
              ? `${label(w, c)} sets ${e.name} to a URL with a literal password: whoever can read the ${w.kind} (or the repository) reads it. Use valueFrom.secretKeyRef.`
              : `${label(w, c)} sets ${e.name} to a literal value: whoever can read the ${w.kind} (or the repository) reads the secret. Use valueFrom.secretKeyRef.`;
        ctx.report({ range: e.valueRange, message });
      }
    }
  },
});
