/**
 * Polaris-style fixtures: test/fixtures/kubernetes/<rule-id>/{success,failure,mutated}.yaml. `success` has no finding
 * of the rule, `failure` has at least one, and `mutated` (when present) is `failure` after applying that rule's fixes:
 * it must parse, be free of the rule, and fixing it again must change nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { applyEdits } from '../../../src/core/engine/fix/apply-edits';
import type { TextEdit } from '../../../src/core/base/model/finding';
import { findingsOf } from '../helpers';

const root = path.resolve(__dirname, '../../../../test/fixtures/kubernetes');

function fixRule(text: string, rule: string, file: string): string {
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  for (const f of findingsOf(text, rule, { path: file, kind: 'kubernetes' })) {
    for (const e of f.fix?.edits ?? []) {
      const k = JSON.stringify(e);
      if (!seen.has(k)) seen.add(k), edits.push(e);
    }
  }
  return applyEdits(text, edits).text;
}

describe('kubernetes fixtures (success / failure / mutated)', () => {
  const rules = fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()).sort();
  it('has fixtures', () => assert.ok(rules.length >= 5));
  for (const rule of rules) {
    const dir = path.join(root, rule);
    const read = (name: string) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : undefined);
    const file = `/work/k8s/${rule}.yaml`;
    describe(rule, () => {
      it('success.yaml has no finding', () => {
        assert.deepStrictEqual(findingsOf(read('success.yaml')!, rule, { path: file, kind: 'kubernetes' }).map((f) => f.message), []);
      });
      it('failure.yaml has findings', () => {
        assert.ok(findingsOf(read('failure.yaml')!, rule, { path: file, kind: 'kubernetes' }).length >= 1);
      });
      const mutated = read('mutated.yaml');
      if (mutated !== undefined) {
        it('fixing failure.yaml gives mutated.yaml, which is clean and stable', () => {
          assert.strictEqual(fixRule(read('failure.yaml')!, rule, file), mutated);
          for (const d of parseAllDocuments(mutated) as Array<{ errors: unknown[] }>) assert.deepStrictEqual(d.errors, []);
          assert.deepStrictEqual(findingsOf(mutated, rule, { path: file, kind: 'kubernetes' }), []);
          assert.strictEqual(fixRule(mutated, rule, file), mutated);
        });
      }
    });
  }
});
