import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import { nodeHost } from '../../../src/core/base/host/node-host';
import type { Finding } from '../../../src/core/base/model/finding';

/** Fixes on merged Compose projects (override, extends across files) land in the file that owns the value. */
describe('compose fixes on merged projects', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-fix-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
  };
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  const findings = (name: string, rule: string): Finding[] =>
    analyzeFile({ path: path.join(dir, name), text: read(name), kind: 'compose' }, defaultConfig(), nodeHost()).findings.filter((f) => f.rule === rule);
  /** Applies the first fix of the rule in the file, as an editor's quick fix does; false when there is none. */
  const fixOnce = (name: string, rule: string): boolean => {
    const fix = findings(name, rule).find((f) => f.fix)?.fix;
    if (!fix) return false;
    const text = applyEdits(read(name), fix.edits).text;
    assert.deepStrictEqual(parseAllDocuments(text).flatMap((d) => d.errors), [], `valid YAML after ${rule} in ${name}`);
    fs.writeFileSync(path.join(dir, name), text);
    return true;
  };

  it('a limit set in the base and changed in the override: nothing to fix in either file', () => {
    write({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.3\n    mem_limit: 512m\n',
      'compose.override.yaml': 'services:\n  web:\n    mem_limit: 1g # more for local builds\n',
    });
    assert.deepStrictEqual(findings('compose.yaml', 'compose-memory-limit-missing'), []);
    assert.deepStrictEqual(findings('compose.override.yaml', 'compose-memory-limit-missing'), []);
  });

  it('a value neither file sets: fixed once, in the base file, and the override is left as written', () => {
    const override = 'services:\n  web:\n    environment:\n      - DEBUG=1 # local only\n';
    write({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.3\n    mem_limit: 512m\n', 'compose.override.yaml': override });
    assert.deepStrictEqual(findings('compose.override.yaml', 'compose-no-new-privileges-missing'), [], 'reported once, in the base');
    assert.strictEqual(fixOnce('compose.yaml', 'compose-no-new-privileges-missing'), true);
    assert.match(read('compose.yaml'), /security_opt:\n\s+- no-new-privileges:true\n/);
    assert.strictEqual(read('compose.override.yaml'), override);
    const once = read('compose.yaml');
    assert.strictEqual(fixOnce('compose.yaml', 'compose-no-new-privileges-missing'), false, 'idempotent: nothing left to fix');
    assert.strictEqual(read('compose.yaml'), once);
  });

  it('base + override + fragment: the missing limit is fixed once, in the base; override and fragment stay as written', () => {
    const override = 'services:\n  web:\n    environment:\n      - DEBUG=1\n';
    const fragment = 'services:\n  web:\n    labels:\n      team: edge # routed by the proxy\n  tracer:\n    image: alpine:3.21\n    mem_limit: 32m\n';
    write({ 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27.3\n', 'compose.override.yaml': override, 'compose.proxy.yaml': fragment });
    assert.deepStrictEqual(findings('compose.override.yaml', 'compose-memory-limit-missing'), []);
    assert.deepStrictEqual(findings('compose.proxy.yaml', 'compose-memory-limit-missing'), [], 'the fragment\'s web is the base\'s; tracer has its own limit');
    assert.strictEqual(fixOnce('compose.yaml', 'compose-memory-limit-missing'), true);
    assert.deepStrictEqual(findings('compose.yaml', 'compose-memory-limit-missing'), []);
    const once = read('compose.yaml');
    assert.strictEqual(fixOnce('compose.yaml', 'compose-memory-limit-missing'), false, 'idempotent');
    assert.strictEqual(read('compose.yaml'), once);
    assert.strictEqual(read('compose.override.yaml'), override);
    assert.strictEqual(read('compose.proxy.yaml'), fragment);
  });

  it('escalation allowed in the override: reported there, and no fix writes the opposite into the base', () => {
    write({ 'compose.yaml': 'services:\n  db:\n    image: postgres:17.2\n', 'compose.override.yaml': 'services:\n  db:\n    security_opt:\n      - no-new-privileges:false\n' });
    assert.deepStrictEqual(findings('compose.yaml', 'compose-no-new-privileges-missing'), []);
    const [there] = findings('compose.override.yaml', 'compose-no-new-privileges-missing');
    assert.strictEqual(there?.range.start.line, 3);
    assert.strictEqual(there.fix, undefined);
  });

  it('an extends chain across files: the fix on the file the chain starts from satisfies every service built on it', () => {
    write({
      'shared/common.yaml': 'services:\n  base:\n    image: alpine:3.21\n',
      'compose.yaml': 'services:\n  mid:\n    extends:\n      file: shared/common.yaml\n      service: base\n  app:\n    extends: mid\n',
    });
    assert.strictEqual(findings('compose.yaml', 'compose-memory-limit-missing').length, 2, 'before: mid and app have no limit');
    assert.strictEqual(fixOnce('shared/common.yaml', 'compose-memory-limit-missing'), true);
    assert.deepStrictEqual(findings('compose.yaml', 'compose-memory-limit-missing'), [], 'inherited through the chain');
    const once = read('shared/common.yaml');
    assert.strictEqual(fixOnce('shared/common.yaml', 'compose-memory-limit-missing'), false);
    assert.strictEqual(read('shared/common.yaml'), once);
  });

  it('an extends chain: fixing the middle service covers the one extending it, and no fix is offered twice', () => {
    write({
      'shared/common.yaml': 'services:\n  base:\n    image: alpine:3.21\n',
      'compose.yaml': 'services:\n  mid:\n    extends:\n      file: shared/common.yaml\n      service: base\n  app:\n    extends: mid\n    environment:\n      A: "1"\n',
    });
    assert.strictEqual(fixOnce('compose.yaml', 'compose-no-new-privileges-missing'), true);
    const left = findings('compose.yaml', 'compose-no-new-privileges-missing');
    assert.deepStrictEqual(left, [], left.map((f) => f.message).join('; '));
    assert.strictEqual(fixOnce('compose.yaml', 'compose-no-new-privileges-missing'), false);
  });
});
