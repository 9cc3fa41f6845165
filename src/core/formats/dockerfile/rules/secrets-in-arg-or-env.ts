import type { Property } from 'dockerfile-ast';
import { judgeSecretName, urlHasCredentials, valueIsKeyReference, valueIsNotSecret } from '../../../base/text/secret-judgement';
import { defineDockerfileRule } from '../context';

export function isSecretName(name: string): boolean {
  return judgeSecretName(name) !== undefined;
}

/** 'url' when the value is a URL with a literal password, 'name' when the name and value say a secret is stored, else undefined. */
export function secretAssignment(name: string, value: string | undefined): 'url' | 'name' | undefined {
  if (value !== undefined && urlHasCredentials(value)) return 'url';
  const verdict = judgeSecretName(name);
  if (!verdict) return undefined;
  // an ARG without a default still receives its value from `--build-arg`, which the build history records
  if (value === undefined) return 'name';
  if (valueIsNotSecret(value) || (verdict === 'key' && valueIsKeyReference(value))) return undefined;
  return 'name';
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
    messages: {
      urlWithPassword: "{keyword} '{name}' holds a URL with a literal password; it would be readable in the image. Use a secret mount instead.",
      secretName: "{keyword} '{name}' looks like a secret; its value would be readable in the image. Use a secret mount instead.",
    },
  },
  check(ctx) {
    for (const info of ctx.model.instructions) {
      if (info.keyword !== 'ARG' && info.keyword !== 'ENV') continue;
      const props = (info.instruction as unknown as { getProperties?(): Property[] }).getProperties?.() ?? [];
      for (const prop of props) {
        const name = prop.getName();
        const value = prop.getValue() ?? undefined;
        const kind = secretAssignment(name, info.keyword === 'ENV' ? (value ?? '') : value);
        if (!kind) continue;
        const valueRange = prop.getValueRange();
        ctx.report(
          kind === 'url' && valueRange
            ? { range: valueRange, messageId: 'urlWithPassword', data: { keyword: info.keyword, name } }
            : { range: prop.getNameRange(), messageId: 'secretName', data: { keyword: info.keyword, name } },
        );
      }
    }
  },
});
