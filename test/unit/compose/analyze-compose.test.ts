import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { detectKind } from '../../../src/core/engine/detect-kind';
import { lint, textAt } from '../helpers';
import { opts, yaml } from './util';

describe('compose: parsing and detection', () => {
  it('recognises Compose files by name', () => {
    for (const name of ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.override.yaml', 'docker-compose_prod.yml', 'compose.prod.yaml', 'compose-dev.yml']) {
      assert.strictEqual(detectKind(`/p/${name}`, ''), 'compose', name);
    }
    assert.strictEqual(detectKind('/p/my-compose-notes.yaml', 'a: 1\n'), undefined);
  });

  it('recognises a top-level services: map of services in any YAML file, not Helm values or CI files', () => {
    assert.strictEqual(detectKind('/p/stack.yaml', yaml('version: "3.9"', 'services:', '  # web', '  web:', '    image: nginx:1.30')), 'compose');
    assert.strictEqual(detectKind('/p/stack.yaml', yaml('x-common: &c {}', 'services: {web: {image: "nginx:1.30"}}')), 'compose');
    assert.strictEqual(detectKind('/p/values.yaml', yaml('replicaCount: 2', 'services:', '  web:', '    port: 80')), undefined);
    assert.strictEqual(detectKind('/p/.gitlab-ci.yml', yaml('services:', '  - docker:dind', 'build:', '  script: [make]')), undefined);
  });

  it('reports broken YAML once, as an error at the error position, and nothing else', () => {
    const text = yaml('services:', '  web:', '    image: "nginx:1.30', '    privileged: true');
    const found = lint(text, opts());
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].rule, 'yaml-syntax');
    assert.strictEqual(found[0].severity, 'error');
    assert.strictEqual(found[0].category, 'correctness');
    assert.ok(found[0].range.start.line >= 2);
  });

  it('reports an alias bomb without expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('services:', '  web:', '    image: nginx:1.30', '    labels: *a8');
    const text = yaml(...lines);
    const started = Date.now();
    const found = lint(text, opts());
    assert.ok(Date.now() - started < 2000);
    assert.deepStrictEqual(found.map((f) => f.rule), ['yaml-alias-limit']);
    assert.strictEqual(textAt(text, found[0].range), '*a0');
  });

  it('gives no findings when services: is not a map of service maps', () => {
    assert.deepStrictEqual(lint(yaml('services:', '  - web', '  - db'), opts()), []);
    assert.deepStrictEqual(lint(yaml('services:', '  web: nginx'), opts()), []);
    assert.deepStrictEqual(lint(yaml('name: empty'), opts()), []);
  });

  it('reads a file with a BOM and CRLF line endings at exact positions', () => {
    const text = '\ufeffservices:\r\n  web:\r\n    image: nginx:1.30\r\n    privileged: true\r\n';
    const f = lint(text, opts()).find((x) => x.rule === 'compose-privileged-container')!;
    assert.deepStrictEqual(f.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } });
  });

  it('the fixed output of every rule parses', () => {
    const text = yaml('services:', '  web:', '    image: nginx:1.30');
    for (const f of lint(text, opts({ config: (c) => ((c.policy.cpuLimits = true), (c.policy.pidsLimit = true)) }))) {
      if (!f.fix) continue;
      const { applyEdits } = require('../../../src/core/engine/fix/apply-edits') as typeof import('../../../src/core/engine/fix/apply-edits');
      assert.deepStrictEqual(parseDocument(applyEdits(text, f.fix.edits).text).errors, [], f.rule);
    }
  });
});
