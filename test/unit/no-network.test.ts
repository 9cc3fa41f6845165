/**
 * No network access at runtime, no telemetry (issue 7): the shipped bundles (dist/extension.js + dist/features.js, the CLI loader and
 * bundle, the webview script) contain no networking module, no fetch / XMLHttpRequest / WebSocket / sendBeacon, and no
 * URL outside an explicit allow-list of documentation strings and schema / namespace identifiers. The only process the
 * extension may start is ShellCheck, and only from src/core/formats/shellcheck/run-shellcheck.ts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');
const BUNDLES = ['dist/extension.js', 'dist/features.js', 'dist/cli.js', 'dist/cli-main.js', 'media/panel.js'];

/** Every URL in a bundle must match one of these, and each is there for a stated reason. */
const URL_ALLOW_LIST: Array<[RegExp, string]> = [
  [/^https?:\/\/$/, 'a bare scheme in rule docs and URL detection (`ADD https://…`)'],
  [/^https?:\/\/(www\.)?example\.(com|org)\//, 'examples in rule documentation'],
  [/^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml)$/, 'SVG / XHTML namespace identifiers in the report'],
  [/^https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json$/, 'the SARIF $schema string'],
  [/^https:\/\/docs\.oasis-open\.org\/sarif\//, 'the SARIF $schema string'],
  [/^https:\/\/www\.shellcheck\.net\/wiki\/(SC\d{4})?$/, 'ShellCheck wiki links in hovers and SARIF helpUri (shown, never fetched)'],
  [/^https:\/\/github\.com\/org\/repo\.git#(<commit-sha>)?$/, 'an example in rule documentation'],
  [/^https:\/\/(docs\.docker\.com|kubernetes\.io|github\.com\/hadolint)\//, 'documentation links (shown, never fetched)'],
];

const FORBIDDEN: Array<[RegExp, string]> = [
  [/require\(\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns|inspector)["'`]\s*\)/, 'a networking module'],
  [/import\(\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["'`]\s*\)/, 'a networking module (dynamic import)'],
  [/from\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["'`]/, 'a networking module (import)'],
  [/(?<![\w$.])fetch\s*\(|\.fetch\s*\(/, 'fetch()'],
  [/XMLHttpRequest/, 'XMLHttpRequest'],
  [/WebSocket/, 'WebSocket'],
  [/sendBeacon/, 'navigator.sendBeacon'],
  [/EventSource/, 'EventSource'],
  [/process\.binding\(\s*["'`](?:tcp_wrap|udp_wrap|cares_wrap|tls_wrap)/, 'raw socket bindings'],
  // "opentelemetry" is an image name in the knowledge table (otel/opentelemetry-collector), not a telemetry client
  [/createTelemetryLogger|TelemetryReporter|applicationinsights|(?<!open)telemetry/i, 'telemetry'],
];

function bundle(rel: string): string {
  const file = path.join(ROOT, rel);
  if (!fs.existsSync(file)) assert.fail(`${rel} is missing: run \`npm run build\` first (npm test does) — the no-network test scans the shipped bundles`);
  return fs.readFileSync(file, 'utf8');
}

describe('no network at runtime, no telemetry', () => {
  for (const rel of BUNDLES) {
    it(`${rel}: no networking module, no fetch / XHR / WebSocket, no telemetry`, () => {
      const text = bundle(rel);
      for (const [pattern, what] of FORBIDDEN) {
        const m = pattern.exec(text);
        assert.ok(!m, `${rel} contains ${what}: …${m && text.slice(Math.max(0, m.index - 80), m.index + 80)}…`);
      }
    });
    it(`${rel}: every URL is on the allow-list`, () => {
      const text = bundle(rel);
      const urls = [...new Set(text.match(/https?:\/\/[^\s"'`)\\<>\]}]*/g) ?? [])];
      const unexpected = urls.filter((u) => !URL_ALLOW_LIST.some(([re]) => re.test(u)));
      assert.deepStrictEqual(unexpected, [], `URLs outside the allow-list in ${rel} (add one with a reason if it is documentation, never fetched)`);
    });
  }

  it('the scanner itself catches what it must', () => {
    const hits = (s: string) => FORBIDDEN.filter(([re]) => re.test(s)).map(([, what]) => what);
    assert.deepStrictEqual(hits('var a=require("https");'), ['a networking module']);
    assert.deepStrictEqual(hits('r=require("node:net")'), ['a networking module']);
    assert.deepStrictEqual(hits('await fetch(u)'), ['fetch()']);
    assert.deepStrictEqual(hits('globalThis.fetch(u)'), ['fetch()']);
    assert.deepStrictEqual(hits('new XMLHttpRequest'), ['XMLHttpRequest']);
    assert.deepStrictEqual(hits('(curl|wget|fetch)\\b/.exec(t)'), [], 'the word fetch in a regex is not a call');
    assert.ok(!URL_ALLOW_LIST.some(([re]) => re.test('https://evil.example.net/collect')));
    assert.ok(!URL_ALLOW_LIST.some(([re]) => re.test('https://example.com.evil.net/x')));
  });

  it('only the ShellCheck runner starts processes (and the extension only imports it lazily)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(p);
        else if (/\.ts$/.test(entry.name)) {
          const text = fs.readFileSync(p, 'utf8');
          if (/(from\s+|require\(\s*)["'](node:)?child_process["']/.test(text)) offenders.push(path.relative(ROOT, p));
          if (/(from\s+|require\(\s*)["'](node:)?(http|https|http2|net|tls|dgram|dns)["']/.test(text)) offenders.push(`${path.relative(ROOT, p)} (network)`);
        }
      }
    };
    walk(path.join(ROOT, 'src'));
    assert.deepStrictEqual(offenders, [path.join('src', 'core', 'formats', 'shellcheck', 'exec-bounded.ts')]);
  });
});
