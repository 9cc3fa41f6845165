/**
 * Korean: the display language cannot be switched offline without a language pack, so these tests read the
 * extension's l10n bundle and package.nls.ko.json as VS Code does and check the texts users see are translated, and
 * that a hover rendered with the Korean bundle is Korean. (The UI suite additionally starts code-server with
 * `--locale ko` when CONTAINMENT_UI_LOCALE=ko.)
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { hoverContentTexts } from '../../../src/core/features/docs/hover-content';
import { hoverAt } from '../../../src/core/features/hover';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { fieldDocTexts } from '../../../src/core/features/docs/field-docs';
import { EXTENSION_ID } from './helpers';

const HANGUL = /[\uac00-\ud7a3]/;

function extensionPath(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return ext.extensionPath;
}

function readJson(file: string): Record<string, string | { message: string }> {
  return JSON.parse(fs.readFileSync(path.join(extensionPath(), file), 'utf8'));
}

function bundleTranslate(bundle: Record<string, string | { message: string }>) {
  return (message: string, ...args: Array<string | number | boolean>): string => {
    const entry = bundle[message];
    const text = entry === undefined ? message : typeof entry === 'string' ? entry : entry.message;
    return text.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
  };
}

describe('l10n (Korean)', () => {
  it('package.json declares the l10n folder and every contributed string has a Korean package.nls entry', () => {
    const pkg = readJson('package.json') as unknown as { l10n: string };
    assert.strictEqual(pkg.l10n, './l10n');
    const en = readJson('package.nls.json');
    const ko = readJson('package.nls.ko.json');
    const missing = Object.keys(en).filter((k) => !(k in ko));
    assert.deepStrictEqual(missing, [], 'keys missing in package.nls.ko.json');
    const untranslated = Object.keys(en).filter((k) => !HANGUL.test(String(ko[k])));
    assert.deepStrictEqual(untranslated, [], 'package.nls.ko.json entries without Korean');
  });

  it('the Korean bundle translates the action titles and messages of the extension', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const titles = [
      'Ignore {0} for this line',
      'Ignore {0} in this file',
      'Show documentation for {0}',
      'Fix all auto-fixable Containment problems',
      'Explain VM vs container trade-offs',
      'No automatic fixes for this file.',
    ];
    for (const t of titles) {
      assert.ok(t in bundle, `bundle has "${t}"`);
      assert.match(String(bundle[t]), HANGUL);
    }
  });

  it('every hover and field-doc text has a Korean translation', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const texts = [...new Set([...hoverContentTexts(), ...fieldDocTexts()])];
    assert.ok(texts.length > 20, `${texts.length} texts`);
    const missing = texts.filter((t) => !(t in bundle));
    assert.deepStrictEqual(missing.slice(0, 10), [], `${missing.length} of ${texts.length} hover texts lack a Korean translation`);
  });

  it('a hover rendered through the Korean bundle is Korean (hostPID, FROM)', () => {
    const ko = bundleTranslate(readJson('l10n/bundle.l10n.ko.json'));
    const k8s = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n  containers:\n    - name: c\n      image: nginx:1.30\n';
    const at = (text: string, kind: 'kubernetes' | 'dockerfile', line: number, character: number) =>
      hoverAt({ text, kind, path: kind === 'dockerfile' ? '/p/Dockerfile' : '/p/pod.yaml', findings: [], position: { line, character }, sandboxRuntimes: [], host: memoryHost({}), t: ko })?.contents.join('\n\n');
    const hover = at(k8s, 'kubernetes', 5, 4);
    assert.ok(hover, 'a hover for hostPID');
    assert.match(hover, HANGUL, hover);
    const from = at('FROM debian:12\n', 'dockerfile', 0, 1);
    assert.ok(from);
    assert.match(from, HANGUL, from);
  });

  it('vscode.l10n.t returns English in an English UI', function () {
    if (vscode.env.language.startsWith('ko')) this.skip();
    assert.strictEqual(vscode.l10n.t('Ignore {0} in this file', 'x'), 'Ignore x in this file');
  });
});

describe('l10n: Korean UI (code-server --locale ko)', () => {
  before(function () {
    if (!vscode.env.language.startsWith('ko')) this.skip(); // runs in the runner's Korean phase only
  });

  it('action titles, hovers and code lenses are Korean', async () => {
    const { activateExtension, open, waitForDiagnostics, hasCode, codeOf, codeActions, hoverText, positionOf } = await import('./helpers');
    await activateExtension();
    assert.match(vscode.l10n.t('Ignore {0} in this file', 'x'), HANGUL);
    const doc = await open('Dockerfile');
    const list = await waitForDiagnostics(doc.uri, hasCode('pip-cache-not-disabled'), 'pip-cache-not-disabled');
    const d = list.find((x) => codeOf(x) === 'pip-cache-not-disabled')!;
    const titles = (await codeActions(doc.uri, d.range)).map((a) => a.title);
    assert.ok(titles.some((t) => HANGUL.test(t) && t.includes('pip-cache-not-disabled')), titles.join(' | '));
    const from = await hoverText(doc.uri, positionOf(doc, 'FROM', 1));
    assert.match(from, HANGUL, from);
    const k8s = await open('k8s/deployment.yaml');
    const hostPid = await hoverText(k8s.uri, positionOf(k8s, 'hostPID', 2));
    assert.match(hostPid, HANGUL, hostPid);
  });
});
