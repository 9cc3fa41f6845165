/** Telling a literal secret in an environment value from references, file paths and switches. */
import { secretLookingValue } from '../text/secret-values';

const SECRET_NAME = /PASSW(OR)?D|(^|[_.-])(PASS|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SECRET_?KEY|CLIENT_?SECRET|CREDENTIALS?|AUTH_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|MASTER_?KEY)([_.-]|$)/i;
/** Names that mention a secret but hold something else: a file, a switch, a length. */
const NOT_A_SECRET_NAME = /(_FILE|_PATH|_DIR|_TTL|_EXPIRY|_EXPIRES|_LENGTH|_TIMEOUT|_ENABLED|_REQUIRED|_URL_PARAM|_HEADER|_NAME|_USER|_USERNAME|_ID)$|ALLOW_EMPTY_PASSWORD|RANDOM_ROOT_PASSWORD|PASSWORD_AUTHENTICATION|_METHOD$/i;
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
  if (!SECRET_NAME.test(name) || NOT_A_SECRET_NAME.test(name)) return undefined;
  if (SWITCH.test(v)) return undefined;
  if (/^\/(run|var\/run)\/secrets\//.test(v)) return undefined;
  return 'name';
}
