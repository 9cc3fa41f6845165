import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import { parseYamlDocuments, splitDocuments } from '../../../src/core/base/yaml/documents';
import { detectStyle, mergeIntoMap, type Desired } from '../../../src/core/base/yaml/edit';
import { asMap, getIn } from '../../../src/core/base/yaml/nodes';

/** Merge `desired` into the map at `path` of the first document, return the new text. */
function merge(text: string, path: string[], desired: Desired, doc = 0): string {
  const ydoc = parseYamlDocuments(text)[doc];
  const map = asMap(path.length ? getIn(ydoc.doc.contents, path, ydoc.doc) : ydoc.doc.contents, ydoc.doc)!;
  assert.ok(map, 'map exists');
  const edits = mergeIntoMap(ydoc, map, desired, detectStyle(text, text.includes('\r\n') ? '\r\n' : '\n'));
  assert.ok(edits);
  const out = applyEdits(text, edits).text;
  assert.deepStrictEqual(parseDocument(out.split(/^---$/m)[doc] ?? out).errors, [], 'result parses');
  return out;
}

describe('yaml/edit mergeIntoMap', () => {
  const resources = { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } } };

  it('adds a nested block at the map indentation, after the last key, keeping comments', () => {
    const text = 'name: app # the app\nimage: nginx:1.25\n# trailing comment\nother: 1\n';
    const out = merge(text, [], resources);
    assert.strictEqual(out, 'name: app # the app\nimage: nginx:1.25\n# trailing comment\nother: 1\nresources:\n  requests:\n    cpu: 100m\n    memory: 128Mi\n  limits:\n    memory: 256Mi\n');
  });

  it('merges into an existing block without touching present values, and is idempotent', () => {
    const text = 'resources:\n    requests:\n        cpu: 250m\nx: 1\n';
    const out = merge(text, [], resources);
    assert.strictEqual(out, 'resources:\n    requests:\n        cpu: 250m\n        memory: 128Mi\n    limits:\n        memory: 256Mi\nx: 1\n');
    assert.strictEqual(merge(out, [], resources), out);
  });

  it('fills an empty flow map and a null value', () => {
    assert.strictEqual(merge('resources: {}\n', [], resources), 'resources:\n  requests:\n    cpu: 100m\n    memory: 128Mi\n  limits:\n    memory: 256Mi\n');
    assert.strictEqual(merge('a: 1\nresources:\nb: 2\n', [], { resources: { limits: { memory: '1Gi' } } }), 'a: 1\nresources:\n  limits:\n    memory: 1Gi\nb: 2\n');
  });

  it('adds to a non-empty flow map in flow style', () => {
    assert.strictEqual(merge('resources: {requests: {cpu: 100m}}\n', [], resources), 'resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}\n');
  });

  it('appends to block and flow sequences, keeps CRLF', () => {
    const caps = { capabilities: { drop: ['ALL'] } };
    assert.strictEqual(merge('capabilities:\r\n  drop:\r\n  - NET_RAW\r\n', [], caps), 'capabilities:\r\n  drop:\r\n  - NET_RAW\r\n  - ALL\r\n');
    assert.strictEqual(merge('capabilities: {drop: [NET_RAW]}\n', [], caps), 'capabilities: {drop: [NET_RAW, ALL]}\n');
    assert.strictEqual(merge('capabilities:\n  drop: [all]\n', [], caps), 'capabilities:\n  drop: [all]\n');
  });

  it('works inside a sequence item of a later document', () => {
    const text = 'kind: A\n---\nspec:\n  containers:\n    - name: web\n      image: nginx:1.25\n    - name: side\n      image: busybox:1.36\n';
    const ydoc = parseYamlDocuments(text)[1];
    const containers = getIn(ydoc.doc.contents, ['spec', 'containers'], ydoc.doc) as unknown as { items: unknown[] };
    const map = asMap(containers.items[0], ydoc.doc)!;
    const edits = mergeIntoMap(ydoc, map, { resources: { limits: { memory: '1Gi' } } }, detectStyle(text, '\n'))!;
    const out = applyEdits(text, edits).text;
    assert.strictEqual(out, 'kind: A\n---\nspec:\n  containers:\n    - name: web\n      image: nginx:1.25\n      resources:\n        limits:\n          memory: 1Gi\n    - name: side\n      image: busybox:1.36\n');
  });

  it('refuses to edit values that come from a merge key', () => {
    const text = 'base: &b\n  resources:\n    limits: {}\nc:\n  <<: *b\n';
    const ydoc = parseYamlDocuments(text)[0];
    const map = asMap(getIn(ydoc.doc.contents, ['c'], ydoc.doc), ydoc.doc)!;
    assert.strictEqual(mergeIntoMap(ydoc, map, resources, detectStyle(text, '\n')), undefined);
  });
});

describe('yaml/documents', () => {
  it('splits at --- lines and keeps exact file positions in later documents', () => {
    const text = 'a: 1\n---\nb: 2\n--- # x\nc:\n  d: 3\n';
    assert.deepStrictEqual(splitDocuments(text).map((c) => c.startLine), [0, 1, 3]);
    const docs = parseYamlDocuments(text);
    const d = getIn(docs[2].doc.contents, ['c', 'd'], docs[2].doc)!;
    assert.deepStrictEqual(docs[2].range(d), { start: { line: 5, character: 5 }, end: { line: 5, character: 6 } });
  });
  it('does not split on --- inside a block scalar', () => {
    assert.strictEqual(splitDocuments('a: |\n  ---\n  x\n').length, 1);
  });
});
