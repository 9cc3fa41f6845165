/**
 * Values that are credentials whatever the variable is called: PEM private keys and tokens with a documented prefix.
 * Shared by the Kubernetes and Compose environment rules. Patterns need the full, typical length so that a
 * placeholder (`ghp_xxx`, `AKIA...`) does not count.
 */
const PATTERNS: Array<[RegExp, string]> = [
  [/-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/, 'a PEM private key'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'a GitHub fine-grained token'],
  [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'a GitLab token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{20,}\b/, 'a Slack token'],
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/, 'an AWS access key id'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
  [/\b[rs]k_live_[0-9A-Za-z]{24,}\b/, 'a Stripe live key'],
];

/** What kind of credential the value is, or undefined. */
export function secretLookingValue(value: string): string | undefined {
  if (value.length < 16) return undefined;
  for (const [re, what] of PATTERNS) if (re.test(value)) return what;
  return undefined;
}
