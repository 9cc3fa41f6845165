/**
 * The one entry point every adapter calls: analyse one file's text.
 * Guards come first (size, binary content), then the file's format through the pipeline (pipeline.ts).
 */
import type { ContainmentConfig } from '../config/config';
import { detectKind } from '../detect-kind';
import type { FileHost } from '../host/file-host';
import type { FileKind, Finding } from '../model/finding';
import type { RuleError } from './run-rules';
import { fileSkippedRule } from './builtin-rules';
import { formatFor } from './formats';
import { analyzeWithFormat, builtinFinding } from './pipeline';
import { looksBinary } from '../text/binary';

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

export function analyzeFile(input: AnalyzeInput, config: ContainmentConfig, host: FileHost): AnalysisResult {
  const kind = input.kind ?? detectKind(input.path, input.text);
  const result: AnalysisResult = { path: input.path, kind, findings: [], ruleErrors: [] };
  if (!kind) return result;
  const skip = (message: string) => {
    const finding = builtinFinding({ meta: fileSkippedRule, message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, config);
    if (finding) result.findings.push(finding);
    return result;
  };
  if (input.text.length > config.maxFileBytes) {
    return skip(`File skipped: ${Math.round(input.text.length / 1024)} KB is larger than the ${Math.round(config.maxFileBytes / 1024)} KB limit (setting maxFileSize).`);
  }
  if (looksBinary(input.text)) return skip('File skipped: it looks like binary content, not text.');
  const text = input.text.charCodeAt(0) === 0xfeff ? ' ' + input.text.slice(1) : input.text; // keep offsets: BOM → space
  const analysis = analyzeWithFormat(formatFor(kind), text, input.path, config, host);
  result.findings = analysis.findings;
  result.ruleErrors = analysis.ruleErrors;
  return result;
}
