/**
 * UI tests: Playwright drives the code-server workbench (headless Chromium) with the extension under development,
 * the way a user would: the Problems panel lists our diagnostics, a hover shows our explanation, Ctrl+. applies a
 * quick fix, code lenses appear above a Kubernetes container. Run by test/integration/run-in-code-server.js, which
 * provides the server and browser in `global.__containmentUi`. Screenshots go to test-artifacts/integration/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';

interface UiContext {
  browser: Browser;
  locale: string;
  workspace: string;
  artifacts: string;
  workbenchUrl(): string;
}

const ctx = (globalThis as unknown as { __containmentUi?: UiContext }).__containmentUi;

/** Scrolls the active editor so the first line of `relative` containing `needle` is visible (Ctrl+G, go to line). */
async function revealLine(page: Page, workspace: string, relative: string, needle: string): Promise<void> {
  const lines = fs.readFileSync(path.join(workspace, relative), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `"${needle}" occurs in ${relative}`);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${index + 1}`);
  await page.waitForTimeout(200);
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .view-line', { hasText: needle }).first().waitFor({ state: 'visible', timeout: 10000 });
}

describe('UI: the workbench with Containment', function () {
  let page: Page;

  before(async function () {
    if (!ctx) this.skip(); // only under run-in-code-server.js
    page = await ctx.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(ctx.workbenchUrl());
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  });

  after(async () => {
    await page?.close().catch(() => undefined);
  });

  afterEach(async function () {
    if (page && this.currentTest?.state === 'failed') await shot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`);
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ctx!.artifacts, `ui-${name}.png`) }).catch(() => undefined);

  /** Opens a workspace file through Quick Open (Ctrl+P) by its absolute path (a file name alone can be ambiguous). */
  async function openFile(relative: string): Promise<void> {
    const name = path.posix.basename(relative);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(path.join(ctx!.workspace, relative));
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15000 });
    const crumbs = relative.split('/');
    if (crumbs.length > 1) await page.locator('.breadcrumbs-control', { hasText: crumbs[0] }).first().waitFor({ timeout: 5000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  /** The center of the first occurrence of `needle` in the visible editor lines (mouse coordinates). */
  async function pointAt(needle: string, offset = 1): Promise<{ x: number; y: number }> {
    const line = page.locator('.editor-instance .monaco-editor .view-line', { hasText: needle }).first();
    await line.waitFor();
    const text = (await line.textContent()) ?? '';
    const box = await line.boundingBox();
    assert.ok(box, `line with "${needle}" is visible`);
    // monospace font: the character width is the line width over its length (measured on a span of the line)
    const spans = line.locator('span > span');
    let charWidth = 0;
    const n = await spans.count();
    for (let i = 0; i < n && !charWidth; i++) {
      const t = (await spans.nth(i).textContent()) ?? '';
      const b = await spans.nth(i).boundingBox();
      if (t.length && b) charWidth = b.width / t.length;
    }
    assert.ok(charWidth > 0, 'measured the character width');
    const column = text.replace(/\u00a0/g, ' ').indexOf(needle) + offset;
    return { x: box.x + charWidth * (column + 0.5), y: box.y + box.height / 2 };
  }

  async function hover(needle: string, offset: number, expect: RegExp): Promise<string> {
    const { x, y } = await pointAt(needle, offset);
    let text = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.mouse.move(x - 30, y + 200);
      await page.mouse.move(x, y, { steps: 4 });
      const widget = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expect });
      try {
        await widget.first().waitFor({ state: 'visible', timeout: 5000 });
        text = (await widget.first().textContent()) ?? '';
        await page.waitForTimeout(300); // let the hover finish fading in (for the screenshots)
        break;
      } catch {
        text = (await page.locator('.monaco-hover:not(.hidden)').allTextContents()).join(' | ');
      }
    }
    assert.match(text, expect);
    return text;
  }

  it('the Problems panel lists Containment diagnostics for the open Dockerfile', async () => {
    await openFile('Dockerfile');
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 15000 });
    await panel.locator('.monaco-list-row', { hasText: 'pip-cache-not-disabled' }).first().waitFor({ timeout: 20000 });
    const text = await panel.locator('.monaco-list-rows').first().innerText();
    assert.match(text, /containment/);
    assert.match(text, /container-runs-as-root/);
    assert.match(text, /--no-cache-dir/);
    await shot('problems-panel');
  });

  it('a hover over a finding shows its explanation with "Why" and the rule’s fix advice', async () => {
    await openFile('Dockerfile');
    const text = await hover('pip install requests', 6, /Why/);
    assert.match(text, /no-cache-dir/);
    await shot('hover-finding');
  });

  it('a hover over the base image explains it (resolved with its ARG, shares the host kernel)', async () => {
    await openFile('Dockerfile');
    const text = await hover('node:${NODE_VERSION}', 2, /node:22-bookworm-slim/);
    assert.match(text, /shares the host kernel/);
    await shot('hover-base-image');
  });

  it('Ctrl+. applies the quick fix and the finding goes from the Problems panel', async () => {
    await openFile('Dockerfile');
    const { x, y } = await pointAt('pip install requests', 6);
    await page.mouse.click(x, y);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    await focused.waitFor({ state: 'visible', timeout: 10000 });
    await shot('quick-fix-menu');
    let found = false;
    for (let i = 0; i < 12; i++) {
      const label = (await focused.textContent()) ?? '';
      if (/--no-cache-dir/.test(label)) {
        found = true;
        break;
      }
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(100);
    }
    assert.ok(found, 'the fix is in the quick-fix menu');
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-line', { hasText: 'pip install --no-cache-dir' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    await page.waitForFunction(() => !(document.querySelector('.markers-panel')?.textContent ?? '').includes('pip-cache-not-disabled'), undefined, { timeout: 10000 });
    await shot('quick-fix-applied');
    await page.keyboard.press('Control+Z');
  });

  it('a Kubernetes manifest: hover on hostPID and the container code lens', async () => {
    await openFile('k8s/deployment.yaml');
    const lenses = page.locator('.editor-instance .codelens-decoration', { hasText: 'memory limit' });
    await lenses.first().waitFor({ state: 'visible', timeout: 15000 });
    // the hardened Deployment's container first, then the privileged DaemonSet's
    assert.match((await lenses.first().textContent()) ?? '', /memory limit ✓/);
    await revealLine(page, ctx!.workspace, 'k8s/deployment.yaml', 'hostPID: true');
    const agent = page.locator('.editor-instance .codelens-decoration', { hasText: 'memory limit ✗' });
    await agent.first().waitFor({ state: 'visible', timeout: 10000 });
    const text = await hover('hostPID: true', 2, /hostPID/);
    assert.match(text, /process/i);
    await shot('kubernetes-hover-codelens');
  });

  it('the trade-off panel opens from the command palette and its webview shows the project’s sections', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Containment: Explain VM vs Container');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Explain VM vs Container Trade-offs' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: 'Containment' }).first().waitFor({ timeout: 15000 });
    const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    // the panel scans the workspace first ("Scanning…"), then renders the report body
    await view.locator('#workloads').waitFor({ state: 'visible', timeout: 30000 });
    for (const [id, heading] of [
      ['glance', /Project at a glance/],
      ['workloads', /Workloads/],
      ['explain', /VM vs container/],
      ['next', /What to do next/],
    ] as const) {
      const h = view.locator(`#${id}-h`);
      await h.waitFor({ timeout: 5000 });
      assert.match((await h.textContent()) ?? '', heading, `section #${id}`);
    }
    const cards = view.locator('#workloads article.card summary h4');
    const names = await cards.allTextContents();
    for (const name of ['node-agent', 'api', 'web', 'cache']) assert.ok(names.includes(name), `a card for ${name} among ${names.join(', ')}`);
    // the privileged DaemonSet's card is not the verdict of the hardened Deployment's
    const agentCard = view.locator('#workloads article.card', { has: view.locator('summary h4', { hasText: /^node-agent$/ }) });
    const apiCard = view.locator('#workloads article.card', { has: view.locator('summary h4', { hasText: /^api$/ }) });
    assert.notStrictEqual(await agentCard.first().getAttribute('class'), await apiCard.first().getAttribute('class'));
    await shot('tradeoff-panel');
  });
});

describe('UI: Korean UI (display language ko)', function () {
  let page: Page;

  before(async function () {
    if (!ctx || ctx.locale !== 'ko') this.skip(); // the runner's Korean phase only
    page = await ctx.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(ctx.workbenchUrl());
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  });

  after(async () => {
    await page?.close().catch(() => undefined);
  });

  it('the container code lens and the hover over hostPID are in Korean', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(path.join(ctx!.workspace, 'k8s', 'deployment.yaml'));
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    const t0 = Date.now();
    const lens = page.locator('.editor-instance .codelens-decoration', { hasText: 'CPU' }).first();
    await lens.waitFor({ state: 'visible', timeout: 20000 });
    assert.match((await lens.textContent()) ?? '', /[\uac00-\ud7a3]/);
    await revealLine(page, ctx!.workspace, 'k8s/deployment.yaml', 'hostPID: true');
    const line = page.locator('.editor-instance .view-line', { hasText: 'hostPID: true' }).first();
    await line.waitFor();
    console.log(`      (editor and code lens after ${Date.now() - t0} ms)`);
    const box = (await line.boundingBox())!;
    const text = ((await line.textContent()) ?? '').replace(/\u00a0/g, ' ');
    const span = line.locator('span > span').first();
    const spanBox = (await span.boundingBox())!;
    const charWidth = spanBox.width / (((await span.textContent()) ?? ' ').length || 1);
    const x = box.x + charWidth * (text.indexOf('hostPID') + 2.5);
    const y = box.y + box.height / 2;
    let shown = '';
    for (let attempt = 0; attempt < 3 && !/[\uac00-\ud7a3]/.test(shown); attempt++) {
      await page.mouse.move(x, y + 200);
      await page.mouse.move(x, y, { steps: 4 });
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /[\uac00-\ud7a3]/ }).first();
      await hover.waitFor({ state: 'visible', timeout: 5000 }).catch(() => undefined);
      console.log(`      (hover attempt ${attempt + 1} after ${Date.now() - t0} ms)`);
      shown = (await hover.textContent().catch(() => '')) ?? '';
    }
    assert.match(shown, /[\uac00-\ud7a3]/, `Korean hover text: ${shown}`);
    await page.waitForTimeout(300); // let the hover finish fading in for the screenshot
    await page.screenshot({ path: path.join(ctx!.artifacts, 'ui-ko-hover.png') });
  });
});
