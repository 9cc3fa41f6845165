import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { TextEdit } from '../../../src/core/base/model/finding';

const root = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'compose', 'stack');
const composePath = '/work/stack/compose.yaml';

function analyse(text: string) {
  const config = defaultConfig();
  config.policy.pidsLimit = true;
  const host = memoryHost({ [composePath]: text, '/work/stack/web/Dockerfile': fs.readFileSync(path.join(root, 'web', 'Dockerfile'), 'utf8') });
  const result = analyzeFile({ path: composePath, text }, config, host);
  assert.deepStrictEqual(result.ruleErrors, []);
  return result.findings;
}

/** Applies every fix like `containment check --fix`: identical edits once, repeated until nothing changes. */
function fixAll(text: string): string {
  for (let pass = 0; pass < 5; pass++) {
    const seen = new Set<string>();
    const edits: TextEdit[] = analyse(text)
      .flatMap((f) => (f.fix && !f.fix.manual ? f.fix.edits : []))
      .filter((e) => {
        const key = JSON.stringify(e);
        return seen.has(key) ? false : (seen.add(key), true);
      });
    const next = applyEdits(text, edits).text;
    if (next === text) return text;
    text = next;
  }
  return text;
}

describe('compose fixture: web + db + worker (host network) + hardened api', () => {
  const text = fs.readFileSync(path.join(root, 'compose.yaml'), 'utf8');

  it('reports what each service costs, the hardened one nothing', () => {
    const findings = analyse(text);
    const byService = (line: number) => findings.filter((f) => f.range.start.line === line).map((f) => f.rule);
    const lines = text.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.startsWith(s));
    assert.ok(byService(lineOf('  web:')).includes('compose-service-runs-as-root'));
    assert.ok(byService(lineOf('  worker:')).includes('compose-memory-limit-missing'));
    assert.ok(!byService(lineOf('  db:')).includes('compose-memory-limit-missing'), 'db inherits its limit through <<: [*defaults, *limits]');
    const rules = new Set(findings.map((f) => f.rule));
    for (const r of ['compose-host-network', 'compose-privileged-container', 'compose-docker-socket', 'compose-image-latest-tag', 'compose-env-var-secret', 'compose-security-opt-unconfined', 'compose-user-root']) {
      assert.ok(rules.has(r), r);
    }
    const apiStart = lineOf('  api:');
    const apiEnd = lineOf('volumes:');
    assert.deepStrictEqual(findings.filter((f) => f.range.start.line >= apiStart && f.range.start.line < apiEnd).map((f) => f.rule), []);
  });

  it('--fix: output parses, fixed findings are gone, comments and untouched lines survive, second run changes nothing', () => {
    const fixed = fixAll(text);
    assert.notStrictEqual(fixed, text);
    assert.deepStrictEqual(parseDocument(fixed).errors, []);
    const after = analyse(fixed).map((f) => f.rule);
    for (const r of ['compose-memory-limit-missing', 'compose-pids-limit-missing', 'compose-no-new-privileges-missing']) assert.ok(!after.includes(r), r);
    assert.ok(after.includes('compose-privileged-container'), 'privileged: true is never removed');
    for (const line of text.split('\n')) assert.ok(fixed.includes(line), `line kept: ${line}`);
    assert.strictEqual(fixAll(fixed), fixed);
  });

  it('--fix keeps a CRLF file CRLF', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const fixed = fixAll(crlf);
    assert.ok(!/[^\r]\n/.test(fixed), 'every newline is CRLF');
    assert.strictEqual(fixed.replace(/\r\n/g, '\n'), fixAll(text));
  });
});
