/**
 * The finding model: the one contract every adapter (CLI, extension, report) and every rule uses.
 * Positions are 0-based and count UTF-16 code units, exactly as VS Code and LSP do.
 */
import type { MessageData } from '../l10n/format-message';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Ordered from most to least severe; used for thresholds and sorting. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** True when `severity` is at least as severe as `threshold`. */
export function meetsThreshold(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

export type Category =
  | 'base-image'
  | 'isolation'
  | 'resources'
  | 'supply-chain'
  | 'reliability'
  | 'efficiency'
  | 'correctness'
  | 'style';

export const CATEGORIES: readonly Category[] = [
  'base-image',
  'isolation',
  'resources',
  'supply-chain',
  'reliability',
  'efficiency',
  'correctness',
  'style',
];

export type FileKind = 'dockerfile' | 'kubernetes' | 'compose';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Imperative, shown as the quick-fix title: "Add resource requests and a memory limit". English. */
  title: string;
  /** The title's id in the fix-title table (src/core/base/l10n/fix-titles.ts) and its data: the title in other languages. */
  titleId?: string;
  titleData?: MessageData;
  edits: TextEdit[];
  /**
   * Changes what the program does, not only how it is configured (who can reach a port): offered as a quick fix,
   * never applied by `containment check --fix`.
   */
  manual?: boolean;
  /**
   * Can change how the container runs (its user, privileges, kernel capabilities, resource limits, what the image
   * installs), even though the edit itself is correct: offered one by one in the editor, left out of the editors'
   * Fix All (`source.fixAll.containment`, which may run on save); `containment check --fix` still applies it.
   */
  changesBehaviour?: boolean;
  /**
   * Values in the inserted text the user should choose (resource defaults such as `100m`): editors that support
   * snippets put a tab stop over each; `containment check --fix` writes them as they are.
   */
  placeholders?: string[];
}

/** Something in another place (or file) that explains a finding, e.g. the Dockerfile line that makes a service run as root. */
export interface RelatedLocation {
  path: string;
  range: Range;
  /** English; with `messageId` (the rule's or the engine's messages) and `data` it reads in every language. */
  message: string;
  messageId?: string;
  data?: MessageData;
}

export interface Finding {
  rule: string;
  aliases: string[];
  category: Category;
  severity: Severity;
  /** English; `messageId` + `data` let an adapter show it in the user's language (`l10n/rule-text.ts`). */
  message: string;
  messageId?: string;
  data?: MessageData;
  range: Range;
  fix?: Fix;
  related?: RelatedLocation[];
  /** Editor hints: code that can go (unnecessary) or uses something deprecated. */
  tags?: Array<'unnecessary' | 'deprecated'>;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    severityRank(a.severity) - severityRank(b.severity) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
