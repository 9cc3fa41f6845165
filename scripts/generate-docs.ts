/**
 * Writes docs/rules/<id>.md and the README rule table from rule metadata. `--check` exits 1 if anything is stale.
 * Run through `npm run docs` (compiles first).
 */
import * as fs from 'fs';
import * as path from 'path';
import { expectedDocs } from '../src/core/features/docs/expected-docs';

const root = path.join(__dirname, '..', '..');
const check = process.argv.includes('--check');
let stale = 0;
const expected = expectedDocs(
  (p) => (fs.existsSync(path.join(root, p)) ? fs.readFileSync(path.join(root, p), 'utf8') : undefined),
  () => (fs.existsSync(path.join(root, 'docs/rules')) ? fs.readdirSync(path.join(root, 'docs/rules')).filter((n) => n.endsWith('.md')) : []),
);
for (const [rel, content] of expected.files) {
  const file = path.join(root, rel);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === content) continue;
  stale++;
  if (check) console.error(`stale: ${rel}`);
  else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}
for (const rel of expected.obsolete) {
  stale++;
  if (check) console.error(`obsolete: ${rel}`);
  else fs.unlinkSync(path.join(root, rel));
}
if (check && stale) {
  console.error('Rule docs are stale: run `npm run docs`.');
  process.exit(1);
}
if (!check) console.log(stale ? `updated ${stale} file(s)` : 'docs up to date');
