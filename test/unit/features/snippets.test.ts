import * as assert from 'assert';
import { escapeSnippetText, snippetEdits } from '../../../src/core/features/snippets';
import type { TextEdit } from '../../../src/core/base/model/finding';

const doc = (text: string) => {
  const lines = text.split('\n');
  return { lineCount: lines.length, lineLength: (n: number) => lines[n].length };
};
const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

describe('features: fix edits as snippets (tab stops over the values to choose)', () => {
  it('flow style on one line: tab stops in order, the braces of the text escaped', () => {
    const edit: TextEdit = { range: at(0, 30), newText: ', resources: {limits: {memory: 256Mi, cpu: 500m}}' };
    const [out] = snippetEdits([edit], ['256Mi', '500m'], doc('    - {name: web, image: nginx}'));
    assert.strictEqual(out.snippet, ', resources: {limits: {memory: ${1:256Mi}, cpu: ${2:500m}\\}\\}');
    assert.deepStrictEqual(out.range, edit.range);
  });

  it('a quoted value keeps its quotes outside the tab stop; `$` in the text is literal', () => {
    const [out] = snippetEdits([{ range: at(0, 5), newText: '\n    cpus: "0.5"\n    x: $HOME' }], ['0.5'], doc('  web: {}  \nnext'));
    assert.strictEqual(out.snippet, undefined, 'not at the end of its line: left as plain text');
    const [moved] = snippetEdits([{ range: at(0, 7), newText: '\n    cpus: "0.5"\n    x: $HOME' }], ['0.5'], doc('  web: \nnext'));
    assert.strictEqual(moved.snippet, '    cpus: "${1:0.5}"\n    x: \\$HOME\n');
    assert.deepStrictEqual(moved.range, at(1, 0));
  });

  it('a block insertion at the end of the last line (no next line) stays plain text', () => {
    const [out] = snippetEdits([{ range: at(0, 5), newText: '\n  pids_limit: 200' }], ['200'], doc('  web'));
    assert.strictEqual(out.snippet, undefined);
    assert.strictEqual(out.newText, '\n  pids_limit: 200');
  });

  it('only whole values after a key become tab stops (a key or a longer value containing them does not)', () => {
    const [out] = snippetEdits([{ range: at(0, 0), newText: 'a100m: 100mi, b: 100m' }], ['100m'], doc(''));
    assert.strictEqual(out.snippet, 'a100m: 100mi, b: ${1:100m}');
    assert.strictEqual(escapeSnippetText('a$b}c\\'), 'a\\$b\\}c\\\\');
  });
});
