import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { expectedDocs } from '../../src/core/features/docs/expected-docs';
import { allRuleMetas } from '../../src/core/engine/rules-registry';
import { CATEGORIES } from '../../src/core/base/model/finding';

const root = path.join(__dirname, '..', '..', '..');

describe('generated rule docs', () => {
  it('docs/rules/*.md and the README rule table match the rule metadata (run `npm run docs` when this fails)', () => {
    const read = (p: string) => (fs.existsSync(path.join(root, p)) ? fs.readFileSync(path.join(root, p), 'utf8') : undefined);
    const list = () => (fs.existsSync(path.join(root, 'docs/rules')) ? fs.readdirSync(path.join(root, 'docs/rules')).filter((n) => n.endsWith('.md')) : []);
    const expected = expectedDocs(read, list);
    assert.ok(expected.files.has('README.md'), 'README.md has the rule table markers');
    const stale = [...expected.files].filter(([p, content]) => read(p) !== content).map(([p]) => p);
    assert.deepStrictEqual({ stale, obsolete: expected.obsolete }, { stale: [], obsolete: [] });
  });

  it('every rule has complete, unique metadata', () => {
    const seen = new Set<string>();
    for (const m of allRuleMetas()) {
      assert.match(m.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `kebab-case id: ${m.id}`);
      assert.ok(!seen.has(m.id), `duplicate id ${m.id}`);
      seen.add(m.id);
      assert.ok(CATEGORIES.includes(m.category), `${m.id}: category`);
      assert.ok(m.title.length > 5 && !m.title.endsWith('.'), `${m.id}: title`);
      assert.ok(m.why.length > 40, `${m.id}: why`);
      assert.ok(m.howToFix.length > 20, `${m.id}: howToFix`);
    }
  });

  it('the rule index is generated from the files on disk', () => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/generate-rule-index.js'), '--check'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
  });
});
