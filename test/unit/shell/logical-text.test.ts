import * as assert from 'assert';
import { rng } from '../../../bench/generate';
import { logicalText } from '../../../src/core/base/shell/logical-text';

/** The per-character algorithm logicalText had before it kept offsets per run: the reference for `offsets`/`docOffset`. */
function reference(doc: string, start: number, end: number, escapeChar: string): { text: string; offsets: number[] } {
  end = Math.min(end, doc.length);
  let text = '';
  const offsets: number[] = [];
  let i = start;
  let atContinuedLineStart = false;
  while (i < end) {
    if (atContinuedLineStart) {
      let j = i;
      while (j < end && (doc[j] === ' ' || doc[j] === '\t')) j++;
      if (doc[j] === '#' || doc[j] === '\n' || (doc[j] === '\r' && doc[j + 1] === '\n')) {
        const nl = doc.indexOf('\n', j);
        if (nl === -1 || nl >= end) break;
        i = nl + 1;
        continue;
      }
      atContinuedLineStart = false;
    }
    if (doc[i] === escapeChar) {
      let j = i + 1;
      while (j < end && (doc[j] === ' ' || doc[j] === '\t')) j++;
      if (j < end && (doc[j] === '\n' || (doc[j] === '\r' && doc[j + 1] === '\n'))) {
        i = doc[j] === '\r' ? j + 2 : j + 1;
        atContinuedLineStart = true;
        continue;
      }
      if (j >= end) {
        i = j;
        continue;
      }
    }
    text += doc[i];
    offsets.push(i);
    i++;
  }
  offsets.push(Math.min(i, end));
  return { text, offsets };
}

describe('shell: logicalText offsets per run', () => {
  it('matches the per-character reference (text, offsets, docOffset) on 20,000 seeded random bodies', () => {
    const pieces = ['a', 'b c', '-', '\\', '`', '\n', '\r\n', ' ', '\t', '#', '# note\n', '  \n', '\\\n', '\\ \n', '`\r\n', '"x"', '$', 'apt-get install '];
    const random = rng(11);
    for (let t = 0; t < 20_000; t++) {
      let doc = '';
      const length = Math.floor(random() * 24);
      for (let k = 0; k < length; k++) doc += pieces[Math.floor(random() * pieces.length)];
      const escapeChar = ['\\', '`', '\u0000'][t % 3];
      const start = Math.floor(random() * 3) % (doc.length + 1);
      const end = doc.length - (random() < 0.2 ? 1 : 0) + (random() < 0.1 ? 3 : 0);
      const expected = reference(doc, start, end, escapeChar);
      const actual = logicalText(doc, start, end, escapeChar);
      const where = JSON.stringify({ doc, start, end, escapeChar });
      assert.strictEqual(actual.text, expected.text, where);
      for (let k = 0; k <= expected.text.length + 2; k++) {
        assert.strictEqual(actual.docOffset(k), expected.offsets[Math.min(k, expected.text.length)], `${where} docOffset(${k})`);
      }
      assert.deepStrictEqual(actual.offsets, expected.offsets, where);
    }
  });
});
