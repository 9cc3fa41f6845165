/**
 * Values that are credentials whatever the variable is called: PEM private keys and tokens with a documented prefix.
 * Shared by the Kubernetes and Compose environment rules. Patterns need the full, typical length so that a
 * placeholder (`ghp_xxx`, `AKIA...`) does not count.
 */
/** What kind of credential a value is: a reason code, one message id per kind in the rules that report it. */
export type SecretValueKind = 'pemPrivateKey' | 'githubToken' | 'githubFineGrainedToken' | 'gitlabToken' | 'slackToken' | 'awsAccessKeyId' | 'googleApiKey' | 'stripeLiveKey';

const PATTERNS: Array<[RegExp, SecretValueKind]> = [
  [/-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/, 'pemPrivateKey'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'githubToken'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'githubFineGrainedToken'],
  [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'gitlabToken'],
  [/\bxox[abposr]-[A-Za-z0-9-]{20,}\b/, 'slackToken'],
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/, 'awsAccessKeyId'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'googleApiKey'],
  [/\b[rs]k_live_[0-9A-Za-z]{24,}\b/, 'stripeLiveKey'],
];

/** The English words for each kind, as messages name it. */
export const SECRET_VALUE_WORDS: Readonly<Record<SecretValueKind, string>> = {
  pemPrivateKey: 'a PEM private key',
  githubToken: 'a GitHub token',
  githubFineGrainedToken: 'a GitHub fine-grained token',
  gitlabToken: 'a GitLab token',
  slackToken: 'a Slack token',
  awsAccessKeyId: 'an AWS access key id',
  googleApiKey: 'a Google API key',
  stripeLiveKey: 'a Stripe live key',
};

export const SECRET_VALUE_KINDS = Object.keys(SECRET_VALUE_WORDS) as SecretValueKind[];

/** What kind of credential the value is, or undefined. */
export function secretValueKind(value: string): SecretValueKind | undefined {
  if (value.length < 16) return undefined;
  for (const [re, kind] of PATTERNS) if (re.test(value)) return kind;
  return undefined;
}

/** What kind of credential the value is, in English words, or undefined. */
export function secretLookingValue(value: string): string | undefined {
  const kind = secretValueKind(value);
  return kind && SECRET_VALUE_WORDS[kind];
}
