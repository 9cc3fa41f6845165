/**
 * "Fix all": the edits of every finding's fix, as one non-overlapping list. Identical edits (two findings proposing
 * the same text at the same place) count once; a fix with an edit that overlaps an already accepted one is skipped as
 * a whole (like `applyEdits`), so a fix is never half-applied. Running the analysis again picks up what was skipped.
 */
import type { Finding, Range, TextEdit } from '../../base/model/finding';

function cmp(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

function key(edit: TextEdit): string {
  const r = edit.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}\u0000${edit.newText}`;
}

/** True when two edits overlap (touching at one point, e.g. an insertion right after a replacement, is fine). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = cmp(a.range.start, a.range.end) === 0;
  const bEmpty = cmp(b.range.start, b.range.end) === 0;
  if (aEmpty && bEmpty) return false; // two insertions at one point both apply
  return cmp(a.range.start, b.range.end) < 0 && cmp(b.range.start, a.range.end) < 0;
}

export interface FixAllResult {
  edits: TextEdit[];
  /** Titles of the fixes applied. */
  applied: string[];
  /** Titles of fixes skipped because they overlap an applied one. */
  skipped: string[];
}

export function fixAllEdits(findings: Finding[]): FixAllResult {
  const accepted: TextEdit[] = [];
  const seen = new Set<string>();
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || !fix.edits.length || fix.manual) continue; // a manual fix is applied on request only
    const fresh = fix.edits.filter((e) => !seen.has(key(e)));
    if (!fresh.length) {
      applied.push(fix.title); // everything it does is already in
      continue;
    }
    if (fresh.some((e) => accepted.some((a) => overlaps(a, e)))) {
      skipped.push(fix.title);
      continue;
    }
    for (const e of fresh) {
      seen.add(key(e));
      accepted.push(e);
    }
    applied.push(fix.title);
  }
  accepted.sort((a, b) => cmp(a.range.start, b.range.start) || cmp(a.range.end, b.range.end));
  return { edits: accepted, applied, skipped };
}
