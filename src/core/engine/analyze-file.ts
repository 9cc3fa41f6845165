/**
 * The one entry point every adapter calls: analyse one file's text.
 * Guards come first (size, binary content), then the file's format through the pipeline (pipeline.ts).
 */
import type { ContainmentConfig } from '../knowledge/config/config';
import { detectKind, isYamlName } from './detect-kind';
import { isChartValuesFile } from '../formats/helm/chart';
import type { FileHost } from '../base/host/file-host';
import type { FileKind, Finding } from '../base/model/finding';
import type { RuleError } from './run-rules';
import { builtinMessage, fileSkippedRule, type BuiltinMessage } from './builtin-rules';
import { formatFor } from './formats';
import type { ModelCache } from './format';
import { analyzeWithFormat, builtinFinding } from './pipeline';
import { looksBinary } from '../base/text/binary';
import { bomAsSpace } from '../base/text/bom';

export interface AnalyzeInput {
  path: string;
  text: string;
  /** Known kind (e.g. from the editor's language id); detected from name and content otherwise. */
  kind?: FileKind;
}

export interface AnalysisResult {
  path: string;
  kind: FileKind | undefined;
  findings: Finding[];
  ruleErrors: RuleError[];
}

export { looksBinary };

const VALUES_FILE_NAME = /(?:^|[\\/])values(?:[-.][\w.-]+)?\.ya?ml$/i;
const TEMPLATES_FOLDER = /[\\/]templates[\\/]/;

/** A chart's template or values file: the chart reader's findings for it (the reader is loaded on first use). */
function chartFindings(text: string, path: string, config: ContainmentConfig, host: FileHost): { findings: Finding[]; ruleErrors: RuleError[] } | undefined {
  // any `{{` in a chart's templates/ folder makes it a template, even without the actions isHelmTemplate looks for
  const template = text.includes('{{') && (TEMPLATES_FOLDER.test(path) || (require('../formats/kubernetes/analyze-kubernetes') as typeof import('../formats/kubernetes/analyze-kubernetes')).isHelmTemplate(text));
  if (!template && !VALUES_FILE_NAME.test(path)) return undefined;
  return (require('../formats/helm') as typeof import('../formats/helm')).chartFileFindings(path, text, config, host);
}

/** `models`: the store of a pass that reads the same files' facts afterwards (project scan), so each is parsed once. */
export function analyzeFile(input: AnalyzeInput, config: ContainmentConfig, host: FileHost, models?: ModelCache): AnalysisResult {
  const kind = input.kind ?? detectKind(input.path, input.text) ?? (isYamlName(input.path) && isChartValuesFile(input.path, host) ? 'kubernetes' : undefined);
  const result: AnalysisResult = { path: input.path, kind, findings: [], ruleErrors: [] };
  if (!kind) return result;
  const skip = (message: BuiltinMessage) => {
    const finding = builtinFinding({ meta: fileSkippedRule, ...message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, config);
    if (finding) result.findings.push(finding);
    return result;
  };
  if (input.text.length > config.maxFileBytes) {
    return skip(builtinMessage(fileSkippedRule, 'tooLarge', { sizeKb: Math.round(input.text.length / 1024), limitKb: Math.round(config.maxFileBytes / 1024) }));
  }
  if (looksBinary(input.text)) return skip(builtinMessage(fileSkippedRule, 'binary'));
  const text = bomAsSpace(input.text);
  const analysis = (kind === 'kubernetes' && chartFindings(text, input.path, config, host)) || analyzeWithFormat(formatFor(kind), text, input.path, config, host, models);
  result.findings = analysis.findings;
  result.ruleErrors = analysis.ruleErrors;
  return result;
}
