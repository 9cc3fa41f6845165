/** The metadata of the `shellcheck` rule: one rule id for every ShellCheck code; findings carry the code as alias. */
import type { RuleMeta } from '../../base/model/rule';

export const SHELLCHECK_RULE_ID = 'shellcheck';

/** `SC2086` (any case) or a bare `2086`. */
export const SHELLCHECK_CODE = /^(?:sc)?(\d{4})$/i;

export const shellcheckRule: RuleMeta = {
  id: SHELLCHECK_RULE_ID,
  aliases: [],
  appliesTo: 'dockerfile',
  category: 'correctness',
  severity: 'warning',
  title: 'ShellCheck finding in a RUN instruction',
  why:
    'A RUN instruction is a shell script, and shell scripts fail in quiet ways: an unquoted variable splits into several words, a misspelled variable expands to nothing, a `cd` that fails lets the next command run in the wrong folder. When the `shellcheck` program is installed, each shell-form RUN body (heredoc scripts included) is checked by it, with the ENV and ARG names of the stage known, and every result is reported at its exact place in the Dockerfile. The finding carries the ShellCheck code (for example SC2086) as its alias; the ShellCheck wiki page for that code (https://www.shellcheck.net/wiki/SC2086) explains the specific problem.',
  howToFix:
    'Change the command as the message says (usually: quote the expansion, check the result of `cd`, use `$(...)` instead of backticks). To accept a case, put `# containment ignore=SC2086` (or `# hadolint ignore=SC2086`) on the line before the instruction, switch the code off in `.containment.yaml` (`rules: {SC2086: off}` or `shellcheck: {exclude: [SC2086]}`) or `.hadolint.yaml` (`ignored: [SC2086]`). ShellCheck runs only in trusted workspaces; `shellcheck: {enabled: false}` turns it off, `shellcheck: {path: ...}` picks the program.',
  examples: {
    bad: 'RUN for f in $FILES; do cp $f /opt/; done',
    good: 'RUN for f in $FILES; do cp "$f" /opt/; done',
  },
};

/** `SC2086` for 2086. */
export function shellcheckAlias(code: number): string {
  return `SC${String(code).padStart(4, '0')}`;
}
