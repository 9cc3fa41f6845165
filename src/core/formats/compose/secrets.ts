/** Compose's reading of the shared environment-value judgement (text/secret-env.ts): `${VAR}` and `$VAR` are references. */
import { composeReference, judgeEnvLiteral, type EnvSecret } from '../../base/text/secret-env';

export function isLiteralSecret(name: string, value: string | undefined): EnvSecret | undefined {
  return judgeEnvLiteral(name, value, composeReference);
}
