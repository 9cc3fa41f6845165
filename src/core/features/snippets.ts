/**
 * Fix edits as editor snippets: a tab stop over each value the user should choose (a fix's `placeholders`, e.g. the
 * resource defaults `100m`, `256Mi`), so they type their own numbers; the rest of the text stays literal. The CLI and
 * clients without snippet support apply the plain `newText`, which is the same text with the defaults.
 *
 * Editors re-indent a multi-line snippet: every line after the first gets the indentation of the line the insertion
 * starts on (VS Code does so up to 1.97 and whenever `keepWhitespace` is lost on the way). The fixes' block insertions
 * start at the end of a line with an EOL (`\n      resources:`); here they are moved to the start of the next line
 * (`      resources:…\n` at column 0), the same text change, where that indentation is empty, so the result is the same
 * whether the editor re-indents or not. A multi-line edit that cannot be moved so gets no snippet (plain text).
 */
import type { TextEdit } from '../base/model/finding';

/** Snippet syntax treats `$`, `}` and `\` specially: escaped, they are literal. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** A YAML scalar value after `key:`, plain or quoted, ending the line or followed by `,` `}` `]` (flow style). */
const VALUE = /(:[ \t]+)(["']?)([^\s"',{}[\]#]+)\2(?=[ \t]*(?:[,}\]]|\r?\n|$))/g;

export interface SnippetEdit extends TextEdit {
  /** The same insertion with tab stops (`${1:100m}`); undefined when no placeholder is written by this edit. */
  snippet?: string;
}

/** The document the edits apply to: its line count and each line's length without the EOL. */
export interface SnippetDocument {
  lineCount: number;
  lineLength(line: number): number;
}

/** An insertion `EOL + text` at the end of a line → `text + EOL` at the start of the next line; undefined if not one. */
function atLineStart(edit: TextEdit, doc: SnippetDocument): TextEdit | undefined {
  const { start, end } = edit.range;
  const eol = /^\r?\n/.exec(edit.newText)?.[0];
  if (!eol || start.line !== end.line || start.character !== end.character) return undefined;
  if (start.character !== doc.lineLength(start.line) || start.line + 1 >= doc.lineCount) return undefined;
  const at = { line: start.line + 1, character: 0 };
  return { range: { start: at, end: at }, newText: edit.newText.slice(eol.length) + eol };
}

/** Tab stops numbered across the edits in their order, so Tab walks through the values as they appear. */
export function snippetEdits(edits: readonly TextEdit[], placeholders: readonly string[], doc: SnippetDocument): SnippetEdit[] {
  const wanted = new Set(placeholders);
  let next = 1;
  return edits.map((original) => {
    const edit = /[\r\n]/.test(original.newText) ? atLineStart(original, doc) : original;
    if (!edit) return { ...original };
    let out = '';
    let last = 0;
    const first = next;
    for (const m of edit.newText.matchAll(VALUE)) {
      if (!wanted.has(m[3])) continue;
      const start = m.index! + m[1].length + m[2].length;
      out += `${escapeSnippetText(edit.newText.slice(last, start))}\${${next++}:${escapeSnippetText(m[3])}}`;
      last = start + m[3].length;
    }
    if (next === first) return { ...original };
    return { ...edit, snippet: out + escapeSnippetText(edit.newText.slice(last)) };
  });
}
