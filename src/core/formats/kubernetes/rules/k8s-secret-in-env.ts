import { SECRET_VALUE_KINDS, SECRET_VALUE_WORDS } from '../../../base/text/secret-values';
import { judgeEnvLiteral, kubernetesReference } from '../../../base/text/secret-env';
import { defineKubernetesRule } from '../context';
import { englishLabelledMessages, labelledReport } from '../label-messages';
import { eachContainer } from '../rule-helpers';

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
    messages: {
      ...Object.assign(
        {},
        ...SECRET_VALUE_KINDS.map((kind) =>
          englishLabelledMessages(`looksLike.${kind}`, (l) => `${l} sets {env} to what looks like ${SECRET_VALUE_WORDS[kind]}: whoever can read the {kind} (or the repository) reads it. Use valueFrom.secretKeyRef, and rotate it.`),
        ),
      ),
      ...englishLabelledMessages('urlPassword', (l) => `${l} sets {env} to a URL with a literal password: whoever can read the {kind} (or the repository) reads it. Use valueFrom.secretKeyRef.`),
      ...englishLabelledMessages('literal', (l) => `${l} sets {env} to a literal value: whoever can read the {kind} (or the repository) reads the secret. Use valueFrom.secretKeyRef.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      for (const e of c.env) {
        if (!e.value || !e.valueRange) continue;
        const secret = judgeEnvLiteral(e.name, e.value, kubernetesReference);
        if (!secret) continue;
        const messageId = secret.kind === 'value' ? `looksLike.${secret.valueKind}` : secret.kind === 'url' ? 'urlPassword' : 'literal';
        ctx.report({ range: e.valueRange, ...labelledReport(messageId, w, c, { env: e.name }) });
      }
    }
  },
});
