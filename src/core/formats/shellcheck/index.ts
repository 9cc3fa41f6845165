/**
 * ShellCheck on Dockerfile RUN bodies. Core module without a vscode import: the CLI and the extension both call
 * `runShellcheck` after the synchronous `analyzeFile` and merge its findings.
 */
export { runShellcheck, runShellcheckBatch, DEFAULT_SHELLCHECK_TIMEOUT_MS, IGNORED_SHELLCHECK_CODES } from './run-shellcheck';
export { resolveShellcheck } from './locate-shellcheck';
export { parseJson1 } from './json1-findings';
export type { ShellcheckLog, ShellcheckLogLevel, ShellcheckOptions, ShellcheckResult, ShellcheckBatchInput, ShellcheckBatchOptions } from './run-shellcheck';
export { assembleScripts, renderUnit, dialectOf, shebangDialect } from './assemble';
export type { ScriptUnit, ShellDialect } from './assemble';
export { shellcheckRule, SHELLCHECK_RULE_ID } from './meta';
