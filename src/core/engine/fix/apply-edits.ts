import type { TextEdit } from '../../base/model/finding';
import { LineIndex } from '../../base/text/line-index';

/**
 * Applies non-overlapping edits to a text. Edits that overlap an earlier-applied one are skipped (and returned), so a
 * batch of fixes from different findings can never corrupt the file; running the analysis again picks them up.
 */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; skipped: TextEdit[] } {
  const index = new LineIndex(text);
  const withOffsets = edits
    .map((edit) => ({ edit, start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const accepted: typeof withOffsets = [];
  const skipped: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of withOffsets) {
    // edits that touch at one point are fine (an insertion right after a replacement); overlapping ones are not
    if (e.start < lastEnd) {
      skipped.push(e.edit);
      continue;
    }
    accepted.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  let out = '';
  let cursor = 0;
  for (const e of accepted) {
    out += text.slice(cursor, e.start) + e.edit.newText;
    cursor = e.end;
  }
  out += text.slice(cursor);
  return { text: out, skipped };
}
