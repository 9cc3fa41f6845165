/** Telling a literal secret in an environment value from references, file paths and switches. */
import { secretLookingValue } from '../text/secret-values';
import { judgeSecretName } from '../text/secret-judgement';

const SWITCH = /^(true|false|yes|no|on|off|y|n|0|1|none|null|disabled?|enabled?|trust|md5|scram-sha-256|password)$/i;
/** `scheme://user:password@host` with a literal password. */
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/i;

/** Compose interpolation (`${VAR}`, `$VAR`); `$$` is an escaped dollar, not a reference. */
function hasInterpolation(value: string): boolean {
  return /(^|[^$])\$(\{[A-Za-z_]|[A-Za-z_])/.test(value);
}

/**
 * 'name' for a secret-like variable holding a literal, 'url' for a URL embedding a literal password, 'value' for a
 * value that is a credential whatever the name (a private key, a prefixed token).
 */
export function isLiteralSecret(name: string, value: string | undefined): 'name' | 'url' | 'value' | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (secretLookingValue(v)) return 'value';
  if (!v || hasInterpolation(v)) return undefined;
  const url = URL_WITH_PASSWORD.exec(v);
  if (url && !hasInterpolation(url[1])) return 'url';
  // only names that certainly hold a secret: a bare `*_KEY` may be a fingerprint or a setting's key
  if (judgeSecretName(name) !== 'secret') return undefined;
  if (SWITCH.test(v)) return undefined;
  if (/^\/(run|var\/run)\/secrets\//.test(v)) return undefined;
  return 'name';
}
