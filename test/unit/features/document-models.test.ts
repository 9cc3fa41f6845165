import * as assert from 'assert';
import { clearCaches } from '../../../src/core/base/caches';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { DocumentModels } from '../../../src/core/engine/models';
import { analyzeDocument } from '../../../src/core/features/analyze-document';
import { quickFixActions } from '../../../src/core/features/code-actions';
import { isolationLenses } from '../../../src/core/features/code-lens';
import { hoverAt } from '../../../src/core/features/hover';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { FileKind } from '../../../src/core/base/model/finding';
import { countParses } from '../count-parses';
import { pod } from '../fixtures/manifests';

const MANIFEST = [pod('one'), pod('two', ['  hostPID: true'])].join('---\n');
const COMPOSE = 'services:\n  web:\n    image: nginx:1.30\n    privileged: true\n';
const DOCKERFILE = 'FROM alpine:3.20\nUSER root\n';

const host = memoryHost({});
const options = { syntaxChecks: true };

/** What an editor does with one version of a document: analyse it, then hover, ask for its lenses and quick fixes. */
function editorPass(models: DocumentModels, kind: FileKind, path: string, text: string, position: { line: number; character: number }) {
  const analysis = analyzeDocument({ path, text, kind }, defaultConfig(), host, options, models);
  const hover = hoverAt({ text, kind, path, findings: analysis.findings, position, sandboxRuntimes: [], host, models });
  const lenses = isolationLenses({ text, kind, path, host, models }, []);
  const actions = quickFixActions({ text, kind, path, host, models }, analysis.findings);
  return { analysis, hover, lenses, actions };
}

describe('editor features: one parse per document version', () => {
  beforeEach(() => clearCaches());

  for (const [kind, path, text, position] of [
    ['kubernetes', '/w/pods.yaml', MANIFEST, { line: 14, character: 4 }],
    ['compose', '/w/compose.yaml', COMPOSE, { line: 3, character: 6 }],
    ['dockerfile', '/w/Dockerfile', DOCKERFILE, { line: 1, character: 6 }],
    ['compose', '/w/bom/compose.yaml', '\ufeff' + COMPOSE, { line: 3, character: 6 }],
  ] as const) {
    it(`${kind}${text.startsWith('\ufeff') ? ' with a byte-order mark' : ''}: the findings, the hover and the code lens read the same parse`, () => {
      const models = new DocumentModels();
      let pass: ReturnType<typeof editorPass> | undefined;
      const counts = countParses(() => (pass = editorPass(models, kind, path, text, position)));
      assert.ok(pass!.analysis.findings.length > 0, 'the analysis ran');
      assert.ok(pass!.hover, 'a hover at the position');
      assert.ok(pass!.actions.some((a) => /^Ignore /.test(a.title)), 'ignore actions, placed with the same models');
      assert.deepStrictEqual([...counts.entries()].filter(([, n]) => n !== 1), [], 'each document parsed once');
      assert.strictEqual(counts.size, kind === 'kubernetes' ? 2 : 1);
      assert.strictEqual(models.parses, counts.size, 'the store made every parse');
    });
  }

  it('a manifest: lenses, hovers and kube-linter ignores of the second document stand on its own lines', () => {
    const models = new DocumentModels();
    const { hover, lenses, actions } = editorPass(models, 'kubernetes', '/w/pods.yaml', MANIFEST, { line: 14, character: 4 });
    assert.deepStrictEqual(lenses.map((l) => l.range.start.line), [6, 16], 'above each container, in its document');
    assert.match(lenses[1].title, /privileged|PSS|baseline/i);
    assert.deepStrictEqual(hover!.range, { start: { line: 14, character: 2 }, end: { line: 14, character: 9 } }, 'the hostPID key');
    assert.match(hover!.contents.join('\n'), /process \(PID\) namespace/);
    const kind = hoverAt({ text: MANIFEST, kind: 'kubernetes', path: '/w/pods.yaml', findings: [], position: { line: 10, character: 7 }, sandboxRuntimes: [], host, models });
    assert.match(kind!.contents.join('\n'), /Pod Security Standards.*`two`/s, 'the kind of the second document names its pod');
    assert.strictEqual(kind!.range.start.line, 10);
    // a finding in each pod: each annotation goes after its own pod's `name:` (line 3, and 12 = 3 + the document's start)
    const annotation = actions.find((a) => /k8s-cpu-request-missing for this object/.test(a.title));
    assert.ok(annotation, actions.map((a) => a.title).join(' | '));
    assert.deepStrictEqual(annotation.edits!.map((e) => [e.range.start.line, e.range.start.character]), [[3, 11], [12, 11]]);
  });

  it('a compose lens stands on the service name and reads the interpolated service', () => {
    const files = memoryHost({ '/e/.env': 'IMG=nginx:1.30\n' });
    const text = 'services:\n  web:\n    image: ${IMG}\n    mem_limit: 256m\n';
    const lenses = isolationLenses({ text, kind: 'compose', path: '/e/compose.yaml', host: files, models: new DocumentModels() }, []);
    assert.deepStrictEqual(lenses.map((l) => [l.range.start.line, l.range.start.character]), [[1, 2]]);
    const hover = hoverAt({ text, kind: 'compose', path: '/e/compose.yaml', findings: [], position: { line: 2, character: 12 }, sandboxRuntimes: [], host: files });
    assert.match(hover!.contents[0], /nginx/, 'the image hover describes the image `.env` names');
  });

  it('a new text is a new version; invalidate() and close() drop the models', () => {
    const models = new DocumentModels();
    const path = '/w/compose.yaml';
    editorPass(models, 'compose', path, COMPOSE, { line: 3, character: 6 });
    assert.strictEqual(models.parses, 1);
    editorPass(models, 'compose', path, COMPOSE, { line: 3, character: 6 });
    assert.strictEqual(models.parses, 1, 'the same text again: no parse');
    editorPass(models, 'compose', path, COMPOSE.replace('true', 'false'), { line: 3, character: 6 });
    assert.strictEqual(models.parses, 2, 'an edit: one parse of the new text');
    models.invalidate();
    editorPass(models, 'compose', path, COMPOSE.replace('true', 'false'), { line: 3, character: 6 });
    assert.strictEqual(models.parses, 3, 'after invalidate the text is parsed afresh (what it read from other files may have changed)');
    models.close(path);
    editorPass(models, 'compose', path, COMPOSE.replace('true', 'false'), { line: 3, character: 6 });
    assert.strictEqual(models.parses, 4, 'a closed document keeps nothing');
  });

  it('broken YAML: no lens, no code hover, and nothing throws', () => {
    const models = new DocumentModels();
    const broken = 'services:\n  web:\n    image: [nginx\n';
    const { analysis, hover, lenses } = editorPass(models, 'compose', '/w/broken.yaml', broken, { line: 2, character: 6 });
    assert.deepStrictEqual(analysis.findings.map((f) => f.rule), ['yaml-syntax']);
    assert.deepStrictEqual(lenses, []);
    assert.ok(!hover || hover.contents.every((c) => /yaml-syntax/.test(c)), 'only the finding explains itself');
  });
});
