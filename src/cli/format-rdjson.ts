/**
 * reviewdog's rdjson (DiagnosticResult): 1-based lines, 1-based columns counted in UTF-8 bytes, exclusive ends, and the
 * finding's fix as suggestions, so `reviewdog -f=rdjson` can post suggested changes on a pull request.
 */
import type { CheckedFile } from './check';
import { portablePath, type FormatOptions } from './format-kit';
import type { Position, Range, Severity } from '../core/base/model/finding';
import { ruleDocUrl } from '../core/features/docs/rule-doc-url';

const SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO', hint: 'INFO' };

function byteColumn(lines: string[] | undefined, p: Position): number {
  const line = lines?.[p.line];
  if (line === undefined) return p.character + 1;
  return Buffer.byteLength(line.slice(0, p.character), 'utf8') + 1;
}

function rdRange(lines: string[] | undefined, r: Range) {
  return {
    start: { line: r.start.line + 1, column: byteColumn(lines, r.start) },
    end: { line: r.end.line + 1, column: byteColumn(lines, r.end) },
  };
}

export function formatRdjson(files: CheckedFile[], options: FormatOptions): string {
  const diagnostics = files.flatMap((file) => {
    const lines = file.text?.split(/\r?\n/);
    return file.result.findings.map((f) => {
      const url = ruleDocUrl(f.rule, f.aliases, options.docsBaseUrl);
      const code = f.rule === 'shellcheck' && f.aliases.length ? f.aliases[0] : f.rule;
      return {
        message: f.message,
        location: { path: portablePath(file.displayPath), range: rdRange(lines, f.range) },
        severity: SEVERITY[f.severity],
        code: { value: code, ...(url ? { url } : {}) },
        ...(f.fix ? { suggestions: f.fix.edits.map((e) => ({ range: rdRange(lines, e.range), text: e.newText })) } : {}),
      };
    });
  });
  return JSON.stringify({ source: { name: 'containment' }, diagnostics }, null, 2) + '\n';
}
