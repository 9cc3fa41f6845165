/**
 * One judgement of a literal environment value, shared by the Compose (`environment:`) and Kubernetes (`env[].value`)
 * rules so that the same value gets the same verdict in both. Only how a value refers to another variable differs:
 * Compose interpolates `${VAR}` / `$VAR` (`$$` is a literal dollar), Kubernetes expands `$(VAR)`.
 */
import { judgeSecretName } from './secret-judgement';
import { secretValueKind, type SecretValueKind } from './secret-values';

export interface EnvSecret {
  /** 'value': a credential whatever the name; 'url': a URL with a literal password; 'name': a secret name set to a literal. */
  kind: 'value' | 'url' | 'name';
  /** For 'value': what it looks like (`pemPrivateKey`; the words are SECRET_VALUE_WORDS in each language). */
  valueKind?: SecretValueKind;
}

/** Whether (part of) the text refers to another variable, in the syntax of the file the value is in. */
export type ReferenceTest = (text: string) => boolean;

export const composeReference: ReferenceTest = (text) => /(^|[^$])\$(\{[A-Za-z_]|[A-Za-z_])/.test(text);
export const kubernetesReference: ReferenceTest = (text) => /(^|[^$])\$\([A-Za-z_][A-Za-z0-9_]*\)/.test(text);

/** Settings about a secret rather than the secret (`PGSSLMODE`-like switches, auth method names). */
const SWITCH = /^(true|false|yes|no|on|off|y|n|0|1|none|null|disabled?|enabled?|trust|md5|scram-sha-256|password)$/i;
/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/i;
/** An absolute path with no spaces: where a secret is mounted (`/run/secrets/db`, `/etc/creds/token`), not the secret. */
const FILE_PATH = /^\/[\w.@+-]+(\/[\w.@+-]+)*\/?$/;

export function judgeEnvLiteral(name: string, value: string | undefined, isReference: ReferenceTest): EnvSecret | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const valueKind = secretValueKind(v);
  if (valueKind) return { kind: 'value', valueKind };
  if (!v || isReference(v)) return undefined;
  const url = URL_PASSWORD.exec(v);
  if (url) return { kind: 'url' };
  // only names that certainly hold a secret: a bare `*_KEY` may be a fingerprint or a setting's key
  if (judgeSecretName(name) !== 'secret') return undefined;
  if (SWITCH.test(v) || FILE_PATH.test(v)) return undefined;
  return { kind: 'name' };
}
