import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument, type Document } from 'yaml';
import { composeFile, kubernetesManifest, rng } from '../../../bench/generate';
import { splitDocuments } from '../../../src/core/base/yaml/documents';
import { fastParseDocument } from '../../../src/core/base/yaml/fast-parse';
import { YAML_PARSE_OPTIONS } from '../../../src/core/base/yaml/parse-options';
import { yamlDocumentDiff } from './yaml-node-diff';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const reference = (text: string) => parseDocument(text, YAML_PARSE_OPTIONS);

/** The fast path either declines (undefined) or gives exactly what yaml gives. Returns whether it took the text. */
function checkSame(text: string): boolean {
  const fast = fastParseDocument(text);
  if (!fast) return false;
  const diff = yamlDocumentDiff(fast, reference(text));
  assert.strictEqual(diff, undefined, `fast parse differs from yaml: ${diff}\n${JSON.stringify(text)}`);
  return true;
}

function yamlFilesUnder(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yamlFilesUnder(p, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Every document of the repository's YAML fixtures and examples, and of generated manifests and Compose files. */
function corpus(): string[] {
  const files = [...yamlFilesUnder(path.join(ROOT, 'test', 'fixtures')), ...yamlFilesUnder(path.join(ROOT, 'examples')), ...yamlFilesUnder(path.join(ROOT, 'test', 'integration', 'workspace'))];
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  for (let seed = 1; seed <= 3; seed++) texts.push(kubernetesManifest(30, seed), composeFile(6, seed));
  return texts.flatMap((t) => splitDocuments(t).map((c) => c.text));
}

describe('yaml/fast-parse', () => {
  it('gives exactly what yaml gives for every fixture, example and generated document it takes', () => {
    const docs = corpus();
    const taken = docs.filter(checkSame).length;
    assert.ok(docs.length > 100, `corpus of ${docs.length} documents`);
    // it must actually take the common case, or it is no fast path
    assert.ok(taken / docs.length > 0.8, `took ${taken} of ${docs.length}`);
  });

  it('takes every document of a generated Helm-style manifest and Compose file', () => {
    for (const text of [kubernetesManifest(30, 9), composeFile(20, 9)]) {
      for (const chunk of splitDocuments(text)) assert.ok(checkSame(chunk.text), `declined:\n${chunk.text}`);
    }
  });

  it('gives exactly what yaml gives on 6,000 mutated documents (seeded), or declines', () => {
    const base = corpus();
    const pieces = [' ', '  ', '\n', '\n  ', '#', ' #', ': ', ':', '- ', '-', '"', "'", '[', ']', '{', '}', ',', '|', '>', '|-', '>-', 'a', '1', '~', 'null', 'true', '0x1F', '1.50', '\n\n', '  - ', 'key: ', '\\', "''", '&a', '*a', '!t', '? ', '...', '---', '%', '@', '\t', '\r'];
    const r = rng(20261128);
    let taken = 0;
    for (let n = 0; n < 6000; n++) {
      let t = base[Math.floor(r() * base.length)];
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
        const at = Math.floor(r() * (t.length + 1));
        const op = r();
        if (op < 0.5) t = t.slice(0, at) + pieces[Math.floor(r() * pieces.length)] + t.slice(at);
        else if (op < 0.8) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 3));
        else {
          const from = Math.floor(r() * (t.length + 1));
          t = t.slice(0, at) + t.slice(from, from + 5) + t.slice(at);
        }
      }
      if (checkSame(t)) taken++;
    }
    assert.ok(taken > 1000, `took ${taken} of 6000`);
  });

  it('matches yaml on scalar typing, quoting, flow and block scalars, comments and empty values', () => {
    const cases = [
      'a: 1\nb: 0x1F\nc: 0o17\nd: 1.50\ne: 1e3\nf: .inf\ng: -.NaN\nh: True\ni: ~\nj: null\nk: 08\nl: 1_000\nm: 2024-01-01\nn: +1\n',
      '"quoted key": "v"\n\'single\': \'it\'\'s\'\nplain key: x:y\nurl: http://x/y#z\n',
      'args: ["--a", b ,  "c"]  # note\nempty: []\nspaced: [ ]\nmap: {}\n',
      'data:\n  a: |\n    line 1\n      indented\n\n    after blank\n\n  b: >-\n    folded\n    words\n  c: |-\n    x\nnext: 1\n',
      '# Source: chart/templates/x.yaml\napiVersion: v1 # trailing\n\n# before\nkind: Pod\n',
      '---\nkind: Pod\nspec:\n  containers:\n  - name: a\n    ports:\n    - 80\n    -\n    - containerPort: 1\n      name: x\n  - name: b\nnull-after-comment: # note\nlast: x',
      'k: # c\nv: 1\n',
    ];
    for (const text of cases) assert.ok(checkSame(text), `declined:\n${text}`);
  });

  it('declines what it does not model exactly, and yaml then parses it', () => {
    const declined = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: |+\n  keep\n\n',
      'a: |2\n   x\n',
      'a: plain\n  continued\n',
      'a: "esc\\n"\n',
      'a: "multi\n  line"\n',
      'a:\tb\n',
      'a: b\r\n',
      'a: {b: 1}\n',
      'a: [1, [2]]\n',
      '? complex\n: key\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n...\n',
      '- - nested\n',
      'a: b: c\n',
      '  indented: top\n',
      '',
      '# only a comment\n',
      'a:\n  b: 1\n    # deeper comment\nc: 2\n',
      'a:\n  b:\n  # comment after an empty value\nc: 2\n',
      'a: 1\n  # trailing indented comment\n',
    ];
    for (const text of declined) assert.strictEqual(fastParseDocument(text), undefined, JSON.stringify(text));
  });

  it('the comparison used above notices a difference', () => {
    const text = 'a:\n  b: 1\n  c: [x]\n';
    const mutations: Array<(d: Document.Parsed) => void> = [
      (d) => ((d.getIn(['a', 'b'], true) as { value: unknown }).value = 2),
      (d) => ((d.getIn(['a', 'b'], true) as { range: number[] }).range[2] += 1),
      (d) => ((d.getIn(['a', 'b'], true) as { type: string }).type = 'QUOTE_DOUBLE'),
      (d) => ((d.getIn(['a', 'c'], true) as { flow: boolean }).flow = false),
      (d) => (d.range[2] += 1),
    ];
    for (const mutate of mutations) {
      const fast = fastParseDocument(text)!;
      mutate(fast);
      assert.ok(yamlDocumentDiff(fast, reference(text)), mutate.toString());
    }
  });
});
