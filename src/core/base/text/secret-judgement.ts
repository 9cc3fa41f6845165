/**
 * Telling a secret from a name or value that only mentions one. Names are judged by their words (split on `_`,
 * `__`, `-`, `.`, `:` and camelCase); values can show that a key-like name holds a public fingerprint, a key id, a
 * path or a URL rather than the key itself. Shared by the Dockerfile, Compose and Kubernetes secret rules.
 */

/** Words (or compound words ending so) that always name a secret: `DB_PASSWORD`, `PGPASSWORD`, `GithubToken`. */
const SECRET_ENDINGS = ['password', 'passwd', 'pword', 'passphrase', 'secret', 'token', 'apikey', 'privatekey', 'accesskey', 'secretkey', 'credential', 'credentials'];
/** Words before `key` that make it a secret key (`API_KEY`, `AWS_SECRET_ACCESS_KEY`, `JWT_SIGNING_KEY`). */
const SECRET_KEY_KINDS = new Set(['api', 'private', 'access', 'secret', 'client', 'auth', 'signing', 'encryption', 'master', 'app', 'application', 'session', 'hmac', 'jwt', 'storage', 'account', 'subscription', 'shared', 'license']);
/** Words before `key` that make it public or not a credential at all (`GPG_KEY`, `PUBLIC_KEY`, `CACHE_KEY`). */
const PUBLIC_KEY_KINDS = new Set(['gpg', 'pgp', 'gnupg', 'public', 'pub', 'verification', 'verify', 'trusted', 'repo', 'repository', 'apt', 'rpm', 'release', 'cache', 'partition', 'sort', 'primary', 'foreign', 'routing', 'group', 'lookup', 'index', 'label', 'metric', 'idempotency', 'object', 'map', 'filter', 'field', 'host']);
/** Last words saying the variable holds something about the secret, not the secret (`SSH_KEY_FILE`, `TOKEN_TTL`). */
const ABOUT_THE_SECRET = new Set(['file', 'files', 'path', 'paths', 'dir', 'directory', 'url', 'uri', 'urls', 'endpoint', 'host', 'server', 'keyserver', 'port', 'id', 'ids', 'name', 'names', 'user', 'username', 'type', 'method', 'mode', 'enabled', 'enable', 'disabled', 'required', 'length', 'len', 'size', 'ttl', 'expiry', 'expires', 'expiration', 'timeout', 'lifetime', 'header', 'version', 'prefix', 'suffix', 'fingerprint', 'fingerprints', 'algorithm', 'format', 'location', 'ref', 'hint', 'policy', 'provider', 'authentication', 'param', 'count', 'min', 'max', 'env', 'var', 'keyring']);
/** Words marking a switch about secrets rather than a secret (`MYSQL_ALLOW_EMPTY_PASSWORD`, `MYSQL_RANDOM_ROOT_PASSWORD`). */
const SWITCH_WORDS = new Set(['allow', 'random', 'empty', 'generate', 'skip', 'onetime']);

/** Lower-case words of a variable name: `Logging__Filters__0__Key` → logging, filters, 0, key; `dbPassword` → db, password. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/**
 * 'secret' when the name says it holds a secret, 'key' when it ends in a bare `KEY` of unknown kind (a value can
 * still show it is a public fingerprint or key id), undefined when it is not a secret name.
 */
export function judgeSecretName(name: string): 'secret' | 'key' | undefined {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last || words.some((w) => SWITCH_WORDS.has(w))) return undefined;
  // an access key id is half of a credential pair; other key ids (GPG, signing) are public
  if (last === 'id' && words[words.length - 2] === 'key' && words[words.length - 3] === 'access') return 'secret';
  if (ABOUT_THE_SECRET.has(last) && words.length > 1) return undefined;
  // a `Key` segment of a configuration path (`Filters__0__Key`) names a setting's key, not a cryptographic key
  if (/(?:__|:)key$/i.test(name)) return undefined;
  if (words.some((w) => SECRET_ENDINGS.some((e) => w === e || (w.length > e.length + 1 && w.endsWith(e))))) return 'secret';
  if ((last === 'pass' || last === 'pwd') && words.length > 1) return 'secret';
  if (last === 'key' || last === 'keys' || last === 'auth') {
    const kind = words[words.length - 2];
    if (kind !== undefined && PUBLIC_KEY_KINDS.has(kind)) return undefined;
    if (kind !== undefined && SECRET_KEY_KINDS.has(kind)) return 'secret';
    return 'key';
  }
  return undefined;
}

/** `scheme://user:password@host` with a literal password (not `${VAR}`). */
export function urlHasCredentials(value: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/i.exec(value.trim());
  return m !== null && !/^\$/.test(m[1]);
}

/** True when a literal value cannot be a secret whatever its name: references, paths, plain URLs, public key material, switches. */
export function valueIsNotSecret(value: string): boolean {
  const v = value.trim();
  if (!v) return true;
  if (/^\$(\{[A-Za-z_][A-Za-z0-9_]*(:?[-=?+][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(v)) return true;
  if (/^(\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return !urlHasCredentials(v);
  if (/^-----BEGIN (PGP PUBLIC KEY|PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE)/.test(v)) return true;
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+|sk-ssh-\S+) AAAA/.test(v)) return true;
  return /^(true|false|yes|no|on|off)$/i.test(v);
}

/** True when the value of a bare `*_KEY` name is a fingerprint, key id, number or identifier rather than key material. */
export function valueIsKeyReference(value: string): boolean {
  const v = value.trim();
  // one or more fingerprints / key ids: hex, optionally 0x-prefixed or written in space-separated groups of four
  if (/^(0x)?[0-9A-Fa-f]{8,64}(\s+(0x)?[0-9A-Fa-f]{8,64})*$/.test(v) || /^([0-9A-Fa-f]{4}\s+){4,}[0-9A-Fa-f]{4}$/.test(v)) return true;
  return /^\d+$/.test(v) || /^[A-Za-z][A-Za-z.]{0,31}$/.test(v);
}
