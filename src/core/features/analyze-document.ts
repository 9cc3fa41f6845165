/**
 * One open document → its findings, the same way for every editor: the kind from the editor's language id (and the
 * engine's content detection for plain YAML), the nearest `.containment.yaml` / `.hadolint.yaml` applied over the
 * editor's base configuration, then `analyzeFile`. ShellCheck (asynchronous, external) is left to the adapters.
 */
import type { ContainmentConfig } from '../knowledge/config/config';
import { loadConfigFor, type ConfigError } from '../knowledge/config/load-config';
import { detectKind, isDockerfileName } from '../engine/detect-kind';
import { analyzeFile } from '../engine/analyze-file';
import type { RuleError } from '../engine/run-rules';
import type { DocumentModels } from '../engine/models';
import type { FileHost } from '../base/host/file-host';
import { storeFor } from './document-parts';
import type { FileKind, Finding } from '../base/model/finding';

export const SYNTAX_RULE = 'dockerfile-syntax';

/**
 * The engine's kind for a document of an editor language, or undefined when Containment has nothing to say about it
 * (a GitHub Actions workflow, a Helm values file). Plain-text files named like Dockerfiles count as Dockerfiles.
 */
export function kindForLanguage(languageId: string, path: string, text: string): FileKind | undefined {
  switch (languageId) {
    case 'dockerfile':
      return 'dockerfile';
    case 'dockercompose':
      return 'compose';
    case 'yaml': {
      const detected = detectKind(path, text);
      return detected === 'kubernetes' || detected === 'compose' ? detected : undefined;
    }
    default:
      return isDockerfileName(path) && languageId === 'plaintext' ? 'dockerfile' : undefined;
  }
}

export interface DocumentAnalysis {
  kind: FileKind;
  path: string;
  findings: Finding[];
  /** The base configuration with the document's config files applied (ShellCheck and hovers use it). */
  config: ContainmentConfig;
  configErrors: ConfigError[];
  ruleErrors: RuleError[];
  /** Set when the engine itself failed; findings are then empty. */
  failure?: unknown;
}

export interface AnalyzeOptions {
  /** Report Dockerfile syntax errors (`dockerfile-syntax`); off when another extension already does. */
  syntaxChecks: boolean;
}

/** `models`: the adapter's store of open documents' models, so its hovers and code lenses read this analysis's parse. */
export function analyzeDocument(
  doc: { path: string; text: string; kind: FileKind },
  base: ContainmentConfig,
  host: FileHost,
  options: AnalyzeOptions,
  models?: DocumentModels,
): DocumentAnalysis {
  const loaded = loadConfigFor(doc.path, host, base);
  let findings: Finding[] = [];
  let ruleErrors: RuleError[] = [];
  let failure: unknown;
  try {
    const result = analyzeFile(doc, loaded.config, host, storeFor({ ...doc, host, models }));
    findings = result.findings;
    ruleErrors = result.ruleErrors;
  } catch (error) {
    failure = error;
  }
  if (doc.kind === 'dockerfile' && !options.syntaxChecks) findings = findings.filter((f) => f.rule !== SYNTAX_RULE);
  return { kind: doc.kind, path: doc.path, findings, config: loaded.config, configErrors: loaded.errors, ruleErrors, failure };
}
