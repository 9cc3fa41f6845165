import { defineComposeRule } from '../context';
import { SECRET_VALUE_KINDS, SECRET_VALUE_WORDS } from '../../../base/text/secret-values';
import { isLiteralSecret } from '../secrets';

export default defineComposeRule({
  meta: {
    id: 'compose-env-var-secret',
    aliases: ['env-var-secret'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'Compose service has a secret written into environment',
    why: 'A password or token written as a literal `environment` value lives in the repository’s history for good, and at runtime anyone who can run `docker inspect` or read /proc of the container sees it. It also cannot be rotated without a commit.',
    howToFix: 'Reference a variable instead (`DB_PASSWORD: ${DB_PASSWORD}`, set from an untracked `.env` file or the CI secret store), or use Compose `secrets:` and the image’s `*_FILE` variables (`POSTGRES_PASSWORD_FILE: /run/secrets/db_password`).',
    examples: { bad: 'POSTGRES_PASSWORD: hunter2', good: 'POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}' },
    messages: {
      ...Object.fromEntries(
        SECRET_VALUE_KINDS.map((kind) => [
          `looksLike.${kind}`,
          `Service '{service}': {variable} holds what looks like ${SECRET_VALUE_WORDS[kind]}; reference a variable or a Compose secret instead, and rotate it.`,
        ]),
      ),
      urlPassword: "Service '{service}': {variable} holds a URL with a literal password; reference a variable or a Compose secret instead.",
      secretName: "Service '{service}': {variable} is set to a literal value that looks like a secret; reference a variable or a Compose secret instead.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const variable of service.environment) {
        const secret = isLiteralSecret(variable.name, variable.value);
        if (!secret) continue;
        const data = { service: service.name, variable: variable.name };
        const messageId = secret.kind === 'value' ? `looksLike.${secret.valueKind}` : secret.kind === 'url' ? 'urlPassword' : 'secretName';
        ctx.report({ range: variable.valueRange ?? variable.range, messageId, data });
      }
    }
  },
});
