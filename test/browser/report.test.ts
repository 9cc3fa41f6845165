/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML report (and the panel's webview document) in a real Chromium: Debian's /usr/bin/chromium driven by
 * playwright-core — never a downloaded browser. Sections, keyboard access, screenshots kept in test-artifacts/, and an
 * XSS battery that asserts no script runs, no dialog opens, no CSP violation happens and nothing is fetched.
 * Skips (with a message) only when /usr/bin/chromium is not installed; CI installs it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { main, type Io } from '../../src/cli/cli';
import { scanProject } from '../../src/core/project/scan-project';
import { renderStandaloneHtml } from '../../src/core/report/render-html';
import { panelHtml } from '../../src/extension/panel/webview-html';
import { makeXssProject, XSS_PAYLOADS } from '../unit/report/xss-fixture';

const CHROMIUM = '/usr/bin/chromium';
const REPO = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'projects');
const ARTIFACTS = path.join(REPO, 'test-artifacts');

const quietIo: Io = { stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd: REPO, readStdin: () => '' };

interface Watch {
  dialogs: string[];
  errors: string[];
  console: string[];
  requests: string[];
}

describe('HTML report in Chromium', function () {
  let context: BrowserContext;
  let userDataDir: string;
  let xssRoot: string;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.log(`    SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium); the browser tests need Debian's Chromium.`);
      this.skip();
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-chromium-'));
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1200, height: 900 },
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __xss: number; __violations: string[] };
      w.__xss = 0;
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    xssRoot = makeXssProject();
  });

  after(async () => {
    await context?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    if (xssRoot) fs.rmSync(xssRoot, { recursive: true, force: true });
  });

  async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; watch: Watch }> {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    const watch: Watch = { dialogs: [], errors: [], console: [], requests: [] };
    page.on('dialog', (d) => {
      watch.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => watch.errors.push(String(e)));
    page.on('console', (m) => watch.console.push(`${m.type()}: ${m.text()}`));
    page.on('request', (r) => watch.requests.push(r.url()));
    await page.goto('file://' + file);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300); // give any injected handler (onload, onerror, timers) the chance to fire
    return { page, watch };
  }

  async function assertNothingRan(page: Page, watch: Watch, allowedRequests: (url: string) => boolean): Promise<void> {
    assert.deepStrictEqual(watch.dialogs, [], 'no dialog opened');
    assert.strictEqual(await page.evaluate(() => (window as unknown as { __xss: number }).__xss), 0, 'window flag untouched');
    assert.deepStrictEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), [], 'no CSP violation (nothing tried to run or load)');
    assert.deepStrictEqual(watch.errors, [], 'no page errors');
    assert.deepStrictEqual(watch.requests.filter((u) => !allowedRequests(u)), [], 'no other requests');
    const dom = await page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      injected: document.querySelectorAll('img, iframe, object, embed, base, form, input:not(.vf)').length,
      hrefs: [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href') ?? ''),
    }));
    assert.deepStrictEqual(dom.handlers, [], 'no event handler attributes in the DOM');
    assert.strictEqual(dom.injected, 0, 'no injected elements');
    for (const h of dom.hrefs) assert.match(h, /^#[A-Za-z0-9-]*$/, `href ${h}`);
  }

  it('renders the four sections with headings, tables, chart and diagram; screenshots', async () => {
    const file = path.join(ARTIFACTS, 'report-en.html');
    assert.strictEqual(await main(['report', '--output', file, FIXTURES], quietIo), 0);
    const { page, watch } = await open(file);
    const h2 = await page.locator('h2').allTextContents();
    assert.deepStrictEqual(h2, ['The decisions that matter', 'Project at a glance', 'Workloads', 'VM vs container, for this project', 'What to do next']);
    assert.strictEqual(await page.locator('h1').count(), 1);
    assert.ok((await page.locator('article.card').count()) >= 8);
    assert.ok((await page.locator('table.ns caption').count()) >= 8, 'namespace tables have captions');
    assert.ok((await page.locator('th[scope="row"]').count()) > 20);
    assert.strictEqual(await page.locator('#glance svg[role="img"] title').textContent(), 'Limits, users and Pod Security levels');
    assert.strictEqual(await page.locator('#explain svg[role="img"]').count(), 1);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /^default-src 'none'; style-src 'nonce-[A-Za-z0-9]+'/);
    // the nonce'd style applied (CSS variables resolve) — the page is styled, not raw
    const border = await page.locator('article.card-vm').first().evaluate((el) => getComputedStyle(el).borderLeftWidth);
    assert.strictEqual(border, '5px');
    // keyboard: the first Tab reaches the skip link, which is visible when focused
    await page.keyboard.press('Tab');
    assert.strictEqual(await page.evaluate(() => document.activeElement?.className), 'skip');
    await assertNothingRan(page, watch, (u) => u.startsWith('file://'));
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-en.png'), fullPage: true });
    await page.locator('#explain').screenshot({ path: path.join(ARTIFACTS, 'report-en-explain.png') });
    await page.close();

    const dark = await open(file, 'dark');
    await dark.page.locator('#workloads article.card').first().screenshot({ path: path.join(ARTIFACTS, 'report-dark-card.png') });
    const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.strictEqual(bg, 'rgb(13, 17, 23)', 'dark fallback colours');
    await dark.page.close();
  });

  it('at 1,280 px: no table cell narrower than its longest word; the CSS-only verdict filter works; both languages', async () => {
    for (const lang of ['en', 'ko']) {
      const file = path.join(ARTIFACTS, `report-1280-${lang}.html`);
      assert.strictEqual(await main(['report', '--output', file, '--lang', lang, FIXTURES], quietIo), 0);
      const { page, watch } = await open(file);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      const squeezed = await page.evaluate(() => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        const out: string[] = [];
        for (const cell of document.querySelectorAll<HTMLElement>('table td, table th')) {
          if (!cell.getClientRects().length) continue;
          // text that is clipped on purpose (ellipsis, full text in title) is not wrapped, so it is not measured
          const clone = cell.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.cut').forEach((x) => x.remove());
          for (const word of (clone.textContent ?? '').split(/\s+/).filter(Boolean)) {
            const codeFont = cell.querySelector('code') && cell.querySelector('code')!.textContent!.includes(word);
            ctx.font = getComputedStyle(codeFont ? cell.querySelector('code')! : cell).font;
            const style = getComputedStyle(cell);
            const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            if (ctx.measureText(word).width > inner + 1) out.push(`${word} (${Math.round(ctx.measureText(word).width)} > ${inner})`);
          }
        }
        return out;
      });
      assert.deepStrictEqual(squeezed, [], `${lang}: cells narrower than a word`);
      const visibleGroups = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.group')].filter((g) => g.getClientRects().length > 0).map((g) => g.className));
      const all = await visibleGroups();
      assert.ok(all.length >= 3, all.join());
      await page.locator('label[for="vf-host-agent"]').click();
      assert.deepStrictEqual(await visibleGroups(), ['group group-host-agent']);
      await page.locator('label[for="vf-vm"]').click();
      assert.deepStrictEqual(await visibleGroups(), ['group group-vm']);
      await page.locator('label[for="vf-all"]').click();
      assert.deepStrictEqual(await visibleGroups(), all);
      await assertNothingRan(page, watch, (u) => u.startsWith('file://'));
      await page.screenshot({ path: path.join(ARTIFACTS, `report-1280-${lang}.png`), fullPage: true });
      await page.close();
    }
  });

  it('Korean report', async () => {
    const file = path.join(ARTIFACTS, 'report-ko.html');
    assert.strictEqual(await main(['report', '--lang', 'ko', '--output', file, FIXTURES], quietIo), 0);
    const { page, watch } = await open(file);
    assert.deepStrictEqual(await page.locator('h2').allTextContents(), ['중요한 결정', '프로젝트 한눈에 보기', '워크로드', '이 프로젝트로 보는 VM과 컨테이너', '다음에 할 일']);
    await assertNothingRan(page, watch, (u) => u.startsWith('file://'));
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-ko.png'), fullPage: true });
    await page.close();
  });

  it('XSS battery: the standalone report of a hostile project runs nothing', async () => {
    for (const lang of ['en', 'ko']) {
      const file = path.join(ARTIFACTS, `xss-report-${lang}.html`);
      fs.writeFileSync(file, renderStandaloneHtml(scanProject(xssRoot), { lang }));
      const { page, watch } = await open(file);
      assert.ok((await page.locator('article.card').count()) >= 15);
      assert.ok((await page.locator('body').textContent())?.includes('<script>alert(1)</script>'), 'payloads shown as text');
      assert.strictEqual(await page.locator('script').count(), 0);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(csp ?? '', /default-src 'none'/);
      assert.match(csp ?? '', /'nonce-[A-Za-z0-9]+'/);
      assert.match(csp ?? '', /script-src 'none'/);
      await assertNothingRan(page, watch, (u) => u === 'file://' + file || u.startsWith('file://' + file + '#'));
      if (lang === 'en') await page.screenshot({ path: path.join(ARTIFACTS, 'xss-report.png'), fullPage: false });
      await page.close();
    }
  });

  it('XSS battery: every payload reaches the page as text — rule messages, YAML keys and values, image names, paths', async () => {
    const file = path.join(ARTIFACTS, 'xss-report-fields.html');
    const model = scanProject(xssRoot);
    fs.writeFileSync(file, renderStandaloneHtml(model, { lang: 'en' }));
    const { page, watch } = await open(file);
    // expand every <details> so the finding lists (rule messages) are rendered too
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const fields = await page.evaluate(() => ({
      messages: [...document.querySelectorAll('details.findings li')].map((li) => li.textContent ?? ''),
      locations: [...document.querySelectorAll('a.loc, [data-path]')].map((a) => a.getAttribute('data-path') ?? a.textContent ?? ''),
      body: document.body.textContent ?? '',
    }));
    const shown = XSS_PAYLOADS.filter((p) => fields.body.includes(p));
    assert.deepStrictEqual(XSS_PAYLOADS.filter((p) => !shown.includes(p)), [], 'every payload is rendered, as text');
    assert.ok(fields.messages.some((m) => XSS_PAYLOADS.some((p) => m.includes(p))), 'rule messages carry payloads');
    assert.ok(fields.locations.some((l) => /<svg|onerror|javascript:/.test(l)), 'file paths carry payloads');
    await assertNothingRan(page, watch, (u) => u === 'file://' + file || u.startsWith('file://' + file + '#'));
    await page.close();
    console.log(`      XSS payloads tried: ${XSS_PAYLOADS.length} distinct, in ${fields.messages.length} finding messages and every file-derived field`);
  });

  it('XSS battery: the panel document with its nonce script; clicks post validated open messages only', async () => {
    const nonce = 'TestNonce123';
    const stub = path.join(ARTIFACTS, 'vscode-api-stub.js');
    fs.writeFileSync(stub, 'window.__posted = []; window.acquireVsCodeApi = function () { var s; return { postMessage: function (m) { window.__posted.push(m); }, getState: function () { return s; }, setState: function (v) { s = v; } }; };\n');
    const scriptUri = 'file://' + path.join(REPO, 'media', 'panel.js');
    let html = panelHtml({ cspSource: 'file:', nonce, scriptUri, lang: 'en', model: scanProject(xssRoot) });
    html = html.replace(`<script nonce="${nonce}" src=`, `<script nonce="${nonce}" src="file://${stub}"></script>\n<script nonce="${nonce}" src=`);
    const file = path.join(ARTIFACTS, 'xss-panel.html');
    fs.writeFileSync(file, html);
    const { page, watch } = await open(file);
    assert.strictEqual(await page.locator('script').count(), 2, 'only the nonce scripts');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /^default-src 'none';.*script-src 'nonce-TestNonce123'/);
    await assertNothingRan(page, watch, (u) => u.startsWith('file://'));
    // click a reason location and activate another with the keyboard
    const first = page.locator('#workloads a.loc').first();
    const expected = { type: 'open', path: await first.getAttribute('data-path'), line: Number(await first.getAttribute('data-line')) };
    await first.click();
    await page.locator('#workloads a.loc').nth(1).focus();
    await page.keyboard.press('Enter');
    const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
    assert.strictEqual(posted.length, 2);
    assert.deepStrictEqual(posted[0], expected);
    assert.ok(String(expected.path).length > 0);
    assert.strictEqual(page.url(), 'file://' + file, 'no navigation');
    await page.close();
  });
});
