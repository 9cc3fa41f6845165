import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/cli';
import { scanProject } from '../../../src/core/project/scan-project';
import type { ProjectModel } from '../../../src/core/project/model';
import { escapeHtml, escapeMarkdown } from '../../../src/core/report/escape';
import { renderReportBody, renderStandaloneHtml } from '../../../src/core/report/render-html';
import { renderMarkdown } from '../../../src/core/report/render-markdown';
import { STRINGS } from '../../../src/core/report/strings';
import { panelCsp, panelHtml, parseOpenMessage } from '../../../src/extension/panel/webview-html';
import { makeXssProject, XSS_PAYLOADS } from './xss-fixture';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'projects');

function io(cwd = process.cwd()): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd, readStdin: () => '' };
}

/** Every start tag with its attribute names (values are always quoted by the renderer). */
function tags(html: string): Array<{ name: string; attrs: string[] }> {
  const out: Array<{ name: string; attrs: string[] }> = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g)) {
    const attrs = [...m[2].matchAll(/\s+([^\s=>"'/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g)].map((a) => a[1].toLowerCase());
    out.push({ name: m[1].toLowerCase(), attrs });
  }
  return out;
}

/** Markup that must never come out of the renderer, whatever the input. */
function assertInert(html: string, scripts: number): void {
  const all = tags(html);
  assert.deepStrictEqual(all.filter((t) => t.attrs.some((a) => a.startsWith('on'))), [], 'no inline event handler attributes');
  assert.deepStrictEqual(all.filter((t) => t.attrs.includes('style')), [], 'no style attributes');
  assert.doesNotMatch(html, /<[^>]*"\s*on[a-z]+=/i, 'no attribute break-out');
  // the verdict filter's own radio inputs (fixed markup, generated ids) are the only inputs allowed
  const withoutFilter = html.replace(/<input class="vf" type="radio" name="verdict-filter" id="vf-[a-z-]+"( checked)?>/g, '');
  assert.doesNotMatch(withoutFilter, /<(img|iframe|object|embed|base|form|input|link|meta http-equiv="refresh")[\s>]/i, 'no injected elements');
  assert.doesNotMatch(html, /(href|src|action|xlink:href)\s*=\s*["']?\s*javascript:/i, 'no javascript: URLs');
  for (const m of html.matchAll(/\shref="([^"]*)"/g)) assert.match(m[1], /^#[A-Za-z0-9-]*$/, `href ${m[1]}`);
  assert.strictEqual((html.match(/<script/gi) ?? []).length, scripts, 'script elements');
  assert.ok(!/<svg[^>]*onload/i.test(html));
  const styles = html.match(/<style[\s>]/gi) ?? [];
  assert.ok(styles.length <= 1, 'one style block');
}

describe('report: escaping', () => {
  it('escapes text and attribute contexts with one function', () => {
    assert.strictEqual(escapeHtml(`<a href="x" title='y'>&\``), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;');
    assert.strictEqual(escapeHtml(undefined), '');
    assert.strictEqual(escapeHtml(42), '42');
    assert.strictEqual(escapeHtml('a\u0000b\ud800c'), 'a\ufffdb\ufffdc');
  });
  it('escapes Markdown and the HTML inside it', () => {
    assert.strictEqual(escapeMarkdown('<script>|[x](javascript:alert(1))'), '&lt;script&gt;\\|\\[x\\]\\(javascript:alert\\(1\\)\\)');
    assert.strictEqual(escapeMarkdown('a\nb'), 'a b');
  });
});

describe('report: rendering', () => {
  let model: ProjectModel;
  before(() => {
    model = scanProject(FIXTURES);
  });

  it('has the four sections, one card per workload, a chart and a diagram', () => {
    const html = renderStandaloneHtml(model, { lang: 'en', nonce: 'abc123' });
    for (const id of ['glance', 'workloads', 'explain', 'next']) assert.match(html, new RegExp(`<section id="${id}"`));
    assert.strictEqual((html.match(/<article class="card/g) ?? []).length, model.workloads.length);
    assert.match(html, /<svg role="img" aria-labelledby="chart-t chart-d"/);
    assert.match(html, /<svg role="img" aria-labelledby="dg-t dg-d"/);
    assert.match(html, /VMware ESXi, Xen, Microsoft Hyper-V/);
    assert.match(html, /VMware Workstation, Oracle VirtualBox/);
    assert.match(html, /--memory/);
    assert.match(html, /--cpus/);
    assert.match(html, /<th scope="col">/);
    assert.match(html, /<caption>Isolation profile of node-agent<\/caption>/);
    assertInert(html, 0);
  });

  it('standalone HTML: strict nonce-based CSP meta, nonce on the style, no external URLs', () => {
    const html = renderStandaloneHtml(model, { nonce: 'n0nce' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-n0nce&#39;; img-src data:; script-src &#39;none&#39;/);
    assert.match(html, /<style nonce="n0nce">/);
    const urls = (html.match(/https?:\/\/[^\s"'<>)]+/g) ?? []).filter((u) => u !== 'http://www.w3.org/2000/svg');
    assert.deepStrictEqual(urls, [], 'no external references');
  });

  it('reasons carry file:line locations (links with data attributes in the webview)', () => {
    const body = renderReportBody(model, { mode: 'webview' });
    assert.match(body, /<a class="loc" href="#" data-path="privileged-daemonset\/node-agent.yaml" data-line="21"/);
    const standalone = renderReportBody(model, { mode: 'standalone' });
    assert.match(standalone, /<span class="loc" data-path="privileged-daemonset\/node-agent.yaml" data-line="21"><code>privileged-daemonset\/node-agent.yaml:21<\/code><\/span>/);
  });

  it('English and Korean', () => {
    const ko = renderStandaloneHtml(model, { lang: 'ko' });
    assert.match(ko, /<html lang="ko">/);
    assert.match(ko, /프로젝트 한눈에 보기/);
    assert.match(ko, /하이퍼바이저: 타입 1과 타입 2/);
    assert.match(ko, /호스트 에이전트/);
    assert.match(ko, /중요한 결정/);
    assert.match(ko, /마이크로VM/);
    assert.match(ko, /python의 기본 사용자는 root/, 'root-user reasons are localized too');
    assert.doesNotMatch(ko, /runs as root by default/);
    const en = renderStandaloneHtml(model, { lang: 'en' });
    assert.match(en, /Project at a glance/);
    // every reason code and action has both languages
    for (const code of Object.keys(STRINGS.en.reason)) {
      assert.ok((STRINGS.ko.reason as Record<string, unknown>)[code], `ko reason ${code}`);
      assert.strictEqual(typeof (STRINGS.ko.action as Record<string, unknown>)[code], 'string', `ko action ${code}`);
    }
  });

  it('markdown: headings, tables, reasons with locations', () => {
    const md = renderMarkdown(model);
    assert.match(md, /^# Containment: VM or container\?/);
    assert.match(md, /## What to do next/);
    assert.match(md, /\| PID \| Shared with host \| hostPID: true \[privileged-daemonset\/node-agent\.yaml:15\]\(\.\/privileged-daemonset\/node-agent\.yaml#L15\) \|/);
    assert.match(md, /## The decisions that matter/);
    assert.match(md, /### Microvms|### MicroVMs: a VM that starts like a container/);
    assert.match(md, /\| Firecracker microVM \|/);
    assert.match(renderMarkdown(model, { lang: 'ko' }), /## 다음에 할 일/);
  });

  it("a build-only Compose service shows the Dockerfile it is built from, never '→ ?'", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-build-only-'));
    fs.mkdirSync(path.join(root, 'worker'));
    fs.writeFileSync(path.join(root, 'worker', 'Dockerfile'), 'FROM python:3.13-slim\nUSER 1000\nCMD ["python", "-m", "worker"]\n');
    fs.writeFileSync(path.join(root, 'compose.yaml'), 'services:\n  worker:\n    build: ./worker\n');
    const html = renderReportBody(scanProject(root), { lang: 'en' });
    const worker = html.slice(html.indexOf('<code>worker</code>'));
    assert.match(worker, /^<code>worker<\/code> → <span class="muted">built from <code>worker\/Dockerfile<\/code><\/span>/);
    assert.doesNotMatch(html, /→ <code>\?<\/code>/);
    // who it runs as reads as a phrase, not "no USER 1000"
    assert.match(html, /<dt>Runs as<\/dt><dd><span class="state state-isolated">non-root<\/span> <span class="muted">\(USER 1000 in worker\/Dockerfile\)<\/span>/);
  });

  it('empty project', () => {
    const empty = scanProject(fs.mkdtempSync(path.join(os.tmpdir(), 'containment-empty-')));
    const html = renderStandaloneHtml(empty);
    assert.match(html, /No Dockerfiles, Compose services or Kubernetes workloads were found here/);
    assertInert(html, 0);
  });
});

describe('report: XSS battery (renderer level; the browser test runs the same project in Chromium)', () => {
  let root: string;
  let model: ProjectModel;
  before(() => {
    root = makeXssProject();
    model = scanProject(root);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the hostile project produces workloads that carry the payloads', () => {
    const json = JSON.stringify(model);
    assert.ok(model.workloads.length >= 15, String(model.workloads.length));
    for (const p of XSS_PAYLOADS) assert.ok(json.includes(JSON.stringify(p).slice(1, -1)), `payload in the model: ${p}`);
  });

  it('standalone HTML, en and ko: every payload inert', () => {
    for (const lang of ['en', 'ko']) {
      const html = renderStandaloneHtml(model, { lang, nonce: 'n' });
      assertInert(html, 0);
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'shown as text');
    }
  });

  it('webview HTML: only the nonce script, payloads inert', () => {
    const html = panelHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'N0NCE', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.js', lang: 'en', model });
    assertInert(html.replace(/<script nonce="N0NCE" src="[^"]+"><\/script>/, ''), 0);
    assert.strictEqual((html.match(/<script nonce="N0NCE" src=/g) ?? []).length, 1);
  });

  it('markdown: no live HTML', () => {
    const md = renderMarkdown(model);
    // code spans are literal in CommonMark (and the renderer keeps backticks and newlines out of them)
    const outsideCode = md.replace(/`[^`\n]*`/g, '');
    assert.doesNotMatch(outsideCode, /<(script|img|svg|iframe|a|style)[\s>/]/i);
    assert.doesNotMatch(outsideCode, /\]\(javascript:/i);
  });
});

describe('panel: CSP and message validation', () => {
  it('CSP is default-src none with nonce scripts and cspSource styles/images', () => {
    const csp = panelCsp('vscode-webview://x', 'abc');
    assert.match(csp, /^default-src 'none'; img-src vscode-webview:\/\/x data:; style-src vscode-webview:\/\/x 'nonce-abc'; font-src vscode-webview:\/\/x; script-src 'nonce-abc'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });
  it('accepts only well-formed open requests', () => {
    assert.deepStrictEqual(parseOpenMessage({ type: 'open', path: 'a/Dockerfile', line: 3 }), { path: 'a/Dockerfile', line: 3 });
    for (const bad of [
      null,
      'open',
      [],
      { type: 'exec', path: 'a', line: 1 },
      { type: 'open', path: 'a', line: 0 },
      { type: 'open', path: 'a', line: 1.5 },
      { type: 'open', path: 'a', line: '3' },
      { type: 'open', path: '', line: 1 },
      { type: 'open', path: 'a\0b', line: 1 },
      { type: 'open', path: 'x'.repeat(5000), line: 1 },
      { type: 'open', path: 'a', line: 1, command: 'rm' },
    ]) {
      assert.strictEqual(parseOpenMessage(bad), undefined, JSON.stringify(bad)?.slice(0, 60));
    }
  });
});

describe('containment report (CLI)', () => {
  it('json is the project model', async () => {
    const o = io();
    assert.strictEqual(await main(['report', '--format', 'json', path.join(FIXTURES, 'gvisor')], o), 0);
    const model = JSON.parse(o.out.join('')) as ProjectModel;
    assert.strictEqual(model.schemaVersion, 1);
    assert.deepStrictEqual(model.workloads.map((w) => w.name), ['code-runner', 'tenant-job']);
  });
  it('html to a file, md to stdout, Korean', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'containment-report-')), 'r.html');
    assert.strictEqual(await main(['report', '--output', out, '--lang', 'ko', FIXTURES], io()), 0);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /lang="ko"/);
    const o = io();
    assert.strictEqual(await main(['report', '--format', 'md', path.join(FIXTURES, 'windows', 'Dockerfile')], o), 0);
    assert.match(o.out.join(''), /Windows image \\\(mcr\.microsoft\.com\/windows\/servercore:ltsc2022\\\) on a Linux host/);
  });
  it('usage errors: exit 2, one line', async () => {
    const o = io();
    assert.strictEqual(await main(['report', '/nonexistent/containment'], o), 2);
    assert.match(o.err.join(''), /^containment: no such file or folder: \/nonexistent\/containment\n$/);
    const o2 = io();
    assert.strictEqual(await main(['report', '--format', 'pdf', '.'], o2), 2);
  });
});
