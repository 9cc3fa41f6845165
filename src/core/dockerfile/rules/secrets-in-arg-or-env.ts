import type { Property } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';

// A name is secret-like when one of its `_`-separated words (or the whole name) is one of these…
const SECRET_WORD = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
// …unless another word says it is not the secret itself.
const ALLOWED_WORD = /(?:^|_)(?:public|file|version)(?:_|$)/i;

export function isSecretName(name: string): boolean {
  return SECRET_WORD.test(name) && !ALLOWED_WORD.test(name);
}

export default defineDockerfileRule({
  meta: {
    id: 'secrets-in-arg-or-env',
    aliases: ['DL3064', 'SecretsUsedInArgOrEnv'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'ARG or ENV name suggests a secret',
    why: 'ENV values are stored in the image configuration and ARG values in the build history and provenance: anyone who can pull the image can read them. A password, token or key passed this way is leaked to every consumer of the image.',
    howToFix: 'Pass secrets with a secret mount (`RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN …` and `docker build --secret id=npm_token`), and provide runtime secrets when the container starts.',
    examples: { bad: 'ARG NPM_TOKEN\nRUN npm ci', good: 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci' },
  },
  check(ctx) {
    for (const info of ctx.model.instructions) {
      if (info.keyword !== 'ARG' && info.keyword !== 'ENV') continue;
      const props = (info.instruction as unknown as { getProperties?(): Property[] }).getProperties?.() ?? [];
      for (const prop of props) {
        const name = prop.getName();
        if (!isSecretName(name)) continue;
        ctx.report({
          range: prop.getNameRange(),
          message: `${info.keyword} '${name}' looks like a secret; its value would be readable in the image. Use a secret mount instead.`,
        });
      }
    }
  },
});
