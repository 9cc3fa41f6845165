/**
 * Finding → diagnostic in the Language Server Protocol's shape (plain data, no editor import). The LSP server sends
 * these as they are; the VS Code adapter maps them onto `vscode.Diagnostic` (whose severity numbers differ).
 */
import type { Lang } from '../base/l10n/lang';
import { localizedMessage, localizedRelatedMessage } from '../base/l10n/rule-text';
import type { Finding, Range, Severity } from '../base/model/finding';

export const DIAGNOSTIC_SOURCE = 'containment';

/** LSP's DiagnosticSeverity: 1 error … 4 hint. */
export type DiagnosticSeverityNumber = 1 | 2 | 3 | 4;
/** LSP's DiagnosticTag: 1 unnecessary, 2 deprecated. */
export type DiagnosticTagNumber = 1 | 2;

export const SEVERITY_NUMBER: Readonly<Record<Severity, DiagnosticSeverityNumber>> = { error: 1, warning: 2, info: 3, hint: 4 };

export interface NeutralDiagnostic {
  range: Range;
  severity: DiagnosticSeverityNumber;
  source: string;
  code: string;
  /** Where the rule's documentation opens (`codeDescription` in LSP, the code's `target` in VS Code). */
  codeDescription?: { href: string };
  message: string;
  tags?: DiagnosticTagNumber[];
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
  /** The rule id again, so an action request can match the diagnostic back to its finding without parsing `code`. */
  data: { rule: string };
}

export interface DiagnosticLinks {
  /** The rule documentation link for `rule`, or undefined when there is none to give. */
  ruleDoc(rule: string): string | undefined;
  /** A file path → the URI the editor opens (related information points into other files, e.g. a built Dockerfile). */
  fileUri(path: string): string;
}

/** `lang`: the language of the message (the editor's display language, the LSP client's locale). */
export function findingToDiagnostic(finding: Finding, links: DiagnosticLinks, lang: Lang = 'en'): NeutralDiagnostic {
  const d: NeutralDiagnostic = {
    range: finding.range,
    severity: SEVERITY_NUMBER[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    message: localizedMessage(finding, lang),
    data: { rule: finding.rule },
  };
  const href = links.ruleDoc(finding.rule);
  if (href) d.codeDescription = { href };
  if (finding.tags?.length) d.tags = finding.tags.map((t) => (t === 'unnecessary' ? 1 : 2));
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map((r) => ({ location: { uri: links.fileUri(r.path), range: r.range }, message: localizedRelatedMessage(finding, r, lang) }));
  }
  return d;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** True when the two ranges share a position (an empty range touching the other counts, as a cursor does). */
export function rangesIntersect(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
