/**
 * The Korean translations, checked the way VS Code looks them up (no language pack needed): every `%key%` of
 * package.json is in package.nls.json and package.nls.ko.json; every string literal given to `vscode.l10n.t(…)` in
 * src/extension/**\/*.ts is a key of l10n/bundle.l10n.ko.json with a Korean value that keeps the `{n}` placeholders.
 * (The real-VS-Code run with `--locale ko` is in test/integration; this one needs nothing but the sources.)
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..', '..', '..');
const HANGUL = /[\uac00-\ud7a3]/;

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const messageOf = (entry: unknown): string => (typeof entry === 'string' ? entry : String((entry as { message?: string })?.message ?? ''));
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The string literals passed as the first argument of `l10n.t(` (single, double or template quotes without `${`). */
export function l10nLiterals(source: string): string[] {
  const out: string[] = [];
  const re = /\bl10n\.t\(\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\$])*)`)/g;
  for (const m of source.matchAll(re)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    out.push(raw.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c));
  }
  return out;
}

describe('l10n: Korean bundle lookup', () => {
  it('every %key% in package.json has an English and a Korean entry', () => {
    const pkgText = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const keys = [...new Set([...pkgText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))];
    assert.ok(keys.length >= 10, `${keys.length} keys`);
    const en = readJson('package.nls.json');
    const ko = readJson('package.nls.ko.json');
    assert.deepStrictEqual(keys.filter((k) => !(k in en)), [], 'keys missing in package.nls.json');
    assert.deepStrictEqual(keys.filter((k) => !(k in ko)), [], 'keys missing in package.nls.ko.json');
    assert.deepStrictEqual(Object.keys(en).filter((k) => !(k in ko)), [], 'package.nls.json keys missing in package.nls.ko.json');
    assert.deepStrictEqual(Object.keys(en).filter((k) => !HANGUL.test(messageOf(ko[k]))), [], 'package.nls.ko.json entries without Korean');
  });

  it('every vscode.l10n.t string literal in src/extension has a Korean bundle entry with the same placeholders', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const literals = new Map<string, string>();
    for (const file of tsFiles(path.join(root, 'src', 'extension'))) {
      for (const lit of l10nLiterals(fs.readFileSync(file, 'utf8'))) literals.set(lit, path.relative(root, file));
    }
    assert.ok(literals.size >= 10, `found ${literals.size} l10n.t literals in src/extension`);
    const missing = [...literals].filter(([m]) => !(m in bundle)).map(([m, f]) => `${f}: "${m}"`);
    assert.deepStrictEqual(missing, [], 'l10n.t strings without an entry in l10n/bundle.l10n.ko.json');
    const notKorean = [...literals.keys()].filter((m) => !HANGUL.test(messageOf(bundle[m])));
    assert.deepStrictEqual(notKorean, [], 'bundle entries that are not Korean');
    const badArgs = [...literals.keys()].filter((m) => placeholders(m).join() !== placeholders(messageOf(bundle[m])).join());
    assert.deepStrictEqual(badArgs, [], 'bundle entries whose {n} placeholders differ from the English');
  });

  it('the literal scanner finds quoted, double-quoted and template literals (and skips computed messages)', () => {
    const found = l10nLiterals("vscode.l10n.t('It\\'s {0}', a); l10n.t(\"B\"); vscode.l10n.t(`C`); vscode.l10n.t(message, x); l10n.t(`D${x}`)");
    assert.deepStrictEqual(found, ["It's {0}", 'B', 'C']);
  });
});
