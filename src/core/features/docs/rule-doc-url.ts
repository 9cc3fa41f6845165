/**
 * Where a rule's documentation lives, as a URL for machine formats (SARIF helpUri, rdjson/Code Quality links, LSP
 * codeDescription). The base is given by the adapter (a published docs site, or the file URL of the shipped
 * docs/rules folder), so the core never guesses a host. ShellCheck codes link to ShellCheck's own wiki page.
 */
import { SHELLCHECK_RULE_ID } from '../../formats/shellcheck/meta';

const SHELLCHECK_WIKI = 'https://www.shellcheck.net/wiki/';

export function ruleDocUrl(ruleId: string, aliases: readonly string[], docsBaseUrl: string | undefined): string | undefined {
  if (ruleId === SHELLCHECK_RULE_ID) {
    const code = aliases.find((a) => /^SC\d{4}$/.test(a));
    return code ? SHELLCHECK_WIKI + code : undefined;
  }
  if (!docsBaseUrl) return undefined;
  return `${docsBaseUrl.endsWith('/') ? docsBaseUrl : docsBaseUrl + '/'}${encodeURIComponent(ruleId)}.md`;
}
