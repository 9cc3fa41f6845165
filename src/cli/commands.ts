/**
 * Commands beyond check/rules/explain register here (e.g. `report` from the trade-off layer), so cli.ts stays small.
 */
import type { Io } from './cli';

export type Command = (args: string[], io: Io) => Promise<number> | number;

function languageServer(): typeof import('../lsp/cli-entry') {
  const bundled = require('path').join(__dirname, 'language-server.js') as string;
  // a computed id: esbuild leaves it alone instead of bundling the server into the CLI
  const id = require('fs').existsSync(bundled) ? bundled : '../lsp/cli-entry';
  return require(id) as typeof import('../lsp/cli-entry');
}

export const COMMANDS: Record<string, Command> = {
  // required on use: the report stack (project scan, renderers) is not loaded for `check`
  report: (args, io) => (require('./report') as typeof import('./report')).runReport(args, io),
  // the language server talks JSON-RPC on stdin/stdout until the client sends `exit`; it is its own bundle
  // (dist/language-server.js) so that `check` does not carry the protocol library
  lsp: (args) => new Promise<number>(() => languageServer().runLanguageServer(args)),
};

export const HELP = `Usage: containment <command> [options]

Commands:
  check [PATH...]          Analyse Dockerfiles, Compose files and Kubernetes manifests (files or folders; - for stdin)
      --format FORMAT[=FILE]     text (default), json, sarif, junit, codeclimate, rdjson, github, checkstyle;
                                 repeatable: one plain FORMAT goes to stdout (or --output), each FORMAT=FILE to FILE
      --output FILE              Write the plain format to FILE instead of standard output
      --docs-url URL             Base URL of the rule docs for helpUri/links (default: the shipped docs/rules folder)
      --fix                      Apply all safe fixes in place, then report what is left
      --config FILE              Use this .containment.yaml or .hadolint.yaml instead of searching for one
      --failure-threshold LEVEL  error|warning|info|hint|none: lowest severity that fails (exit 1); default warning
      --stdin-filename NAME      Name to classify stdin by (default: detected from content)
      --values FILE              Helm values overlay applied after a chart's values.yaml (repeatable, later wins)
      --verbose                  Also print rule errors and skipped files
      --no-shellcheck            Do not run ShellCheck on RUN instructions (it is on by default when installed)
      --lang en|ko               Language of the text output (default: from LC_ALL, LC_MESSAGES or LANG; else en);
                                 machine formats keep English messages (json adds messageLocalized)
  rules [--format text|json] [--lang en|ko]    List all rules
  explain [--lang en|ko] <rule-or-alias>       Print a rule's documentation (ids and aliases such as DL3007 or latest-tag)
  report [PATH...]              VM-vs-container trade-off report: isolation profile and verdict per workload
      --format html|md|json      html: one self-contained file (default); md: for pull requests; json: the model
      --output FILE              Write to FILE instead of standard output
      --lang en|ko               Language of the report (default en)
      --host-os linux|windows    The OS the containers run on (default linux)
      --values FILE              Helm values overlay applied after a chart's values.yaml (repeatable, later wins)
  lsp --stdio                   Language server (LSP) over stdin/stdout for Neovim, Helix, Zed, Emacs, JetBrains
  help                          This text

Exit codes: 0 no finding at or above the threshold, 1 findings, 2 usage or I/O error.
`;
