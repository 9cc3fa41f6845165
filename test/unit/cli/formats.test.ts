import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tempProject } from '../temp-project';
import Ajv from 'ajv';
import { main, type Io } from '../../../src/cli/cli';
import type { CheckedFile } from '../../../src/cli/check';
import { formatRdjson } from '../../../src/cli/format-rdjson';
import { formatGithub } from '../../../src/cli/format-github';
import { ruleDocUrl } from '../../../src/core/features/docs/rule-doc-url';

// sax ships no types; the strict parser is all we use
const sax = require('sax') as { parser(strict: boolean): SaxParser };
interface SaxParser {
  onerror: (e: Error) => void;
  onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
  write(text: string): SaxParser;
  close(): void;
}

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd, readStdin: () => '' };
  return { code: await main(args, io), stdout, stderr };
}

const project = (files: Record<string, string>) => tempProject(files, 'containment-formats-');

/** Parses XML strictly (throws on anything not well-formed) and returns every element with its attributes. */
function parseXml(xml: string): Array<{ name: string; attributes: Record<string, string> }> {
  const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
  const parser = sax.parser(true);
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (tag) => elements.push(tag);
  parser.write(xml).close();
  return elements;
}

const BAD = 'FROM node:latest\nUSER node\nCMD ["node", "server.js"]\n';
const CLEAN = 'FROM node:24.11-bookworm-slim\nUSER node\nCMD ["node", "server.js"]\n';
const NO_FLAGS = ['--no-shellcheck'];

describe('cli: CI output formats', () => {
  it('junit: well-formed, one suite per file, one case per rule, counts that match the elements and the threshold', async () => {
    const dir = project({ 'api/Dockerfile': BAD, 'web/Dockerfile': CLEAN });
    const { code, stdout } = await run(['check', ...NO_FLAGS, '--format', 'junit', '.'], dir);
    assert.strictEqual(code, 1);
    const elements = parseXml(stdout);
    const root = elements.find((e) => e.name === 'testsuites')!;
    const suites = elements.filter((e) => e.name === 'testsuite');
    const cases = elements.filter((e) => e.name === 'testcase');
    const failures = elements.filter((e) => e.name === 'failure');
    assert.deepStrictEqual(suites.map((s) => s.attributes.name).sort(), ['api/Dockerfile', 'web/Dockerfile']);
    assert.strictEqual(Number(root.attributes.tests), cases.length);
    assert.strictEqual(Number(root.attributes.failures), failures.length);
    assert.ok(failures.length >= 1);
    assert.ok(cases.some((c) => c.attributes.classname === 'web/Dockerfile' && c.attributes.name === 'containment'));
    assert.strictEqual(suites.reduce((n, s) => n + Number(s.attributes.tests), 0), cases.length);
    const none = await run(['check', ...NO_FLAGS, '--format', 'junit', '--failure-threshold', 'none', '.'], dir);
    assert.strictEqual(parseXml(none.stdout).filter((e) => e.name === 'failure').length, 0);
  });

  it('junit and checkstyle escape what a message or path carries', async () => {
    const dir = project({ 'we<i>rd&"/Dockerfile': 'FROM node:latest\nLABEL x="<&>"\n' });
    for (const format of ['junit', 'checkstyle']) {
      const { stdout } = await run(['check', ...NO_FLAGS, '--format', format, '.'], dir);
      const names = parseXml(stdout).map((e) => e.attributes.name ?? e.attributes.classname).filter(Boolean);
      assert.ok(names.includes('we<i>rd&"/Dockerfile'), `${format}: ${names.join(' | ')}`);
    }
  });

  it('checkstyle: every file listed, one error element per finding with 1-based positions', async () => {
    const dir = project({ 'api/Dockerfile': BAD, 'web/Dockerfile': CLEAN });
    const json = JSON.parse((await run(['check', ...NO_FLAGS, '--format', 'json', '.'], dir)).stdout);
    const elements = parseXml((await run(['check', ...NO_FLAGS, '--format', 'checkstyle', '.'], dir)).stdout);
    assert.deepStrictEqual(elements.filter((e) => e.name === 'file').map((e) => e.attributes.name).sort(), ['api/Dockerfile', 'web/Dockerfile']);
    const errors = elements.filter((e) => e.name === 'error');
    const findings = json.files.flatMap((f: { findings: unknown[] }) => f.findings);
    assert.strictEqual(errors.length, findings.length);
    const latest = errors.find((e) => e.attributes.source === 'containment.base-image-latest-tag')!;
    assert.strictEqual(latest.attributes.line, '1');
    assert.strictEqual(latest.attributes.column, '11');
  });

  it('codeclimate: GitLab Code Quality fields, fingerprints stable across runs and shifts of unrelated lines', async () => {
    const dir = project({ Dockerfile: BAD });
    const first = JSON.parse((await run(['check', ...NO_FLAGS, '--format', 'codeclimate', '.'], dir)).stdout);
    const again = JSON.parse((await run(['check', ...NO_FLAGS, '--format', 'codeclimate', '.'], dir)).stdout);
    fs.writeFileSync(path.join(dir, 'Dockerfile'), '# syntax=docker/dockerfile:1\n\n# the API image\n' + BAD);
    const shifted = JSON.parse((await run(['check', ...NO_FLAGS, '--format', 'codeclimate', '.'], dir)).stdout);
    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(CODE_QUALITY_SCHEMA, first);
    assert.ok(valid, ajv.errorsText());
    const print = (issues: Array<{ check_name: string; fingerprint: string }>) => issues.map((i) => `${i.check_name}:${i.fingerprint}`).sort();
    assert.deepStrictEqual(print(again), print(first));
    const latest = (issues: Array<{ check_name: string; fingerprint: string; location: { lines: { begin: number } } }>) => issues.find((i) => i.check_name === 'base-image-latest-tag')!;
    assert.strictEqual(latest(shifted).fingerprint, latest(first).fingerprint);
    assert.strictEqual(latest(shifted).location.lines.begin, latest(first).location.lines.begin + 3);
    assert.strictEqual(new Set(first.map((i: { fingerprint: string }) => i.fingerprint)).size, first.length);
  });

  it('codeclimate: two identical findings in one file get different fingerprints', async () => {
    const dir = project({ Dockerfile: 'FROM node:latest AS a\nRUN true\nFROM node:latest AS b\nRUN true\n' });
    const issues = JSON.parse((await run(['check', ...NO_FLAGS, '--format', 'codeclimate', '.'], dir)).stdout) as Array<{ check_name: string; fingerprint: string }>;
    const latest = issues.filter((i) => i.check_name === 'base-image-latest-tag');
    assert.strictEqual(latest.length, 2);
    assert.notStrictEqual(latest[0].fingerprint, latest[1].fingerprint);
  });

  it('rdjson: valid DiagnosticResult with rule codes, doc links and fixes as suggestions', async () => {
    const dir = project({ Dockerfile: 'FROM node:22-bookworm-slim\nMAINTAINER someone\nUSER node\n' });
    const { stdout } = await run(['check', ...NO_FLAGS, '--format', 'rdjson', '--docs-url', 'https://example.test/rules/', '.'], dir);
    const result = JSON.parse(stdout);
    const ajv = new Ajv({ allErrors: true });
    assert.ok(ajv.validate(RDJSON_SCHEMA, result), ajv.errorsText());
    const maintainer = result.diagnostics.find((d: { code: { value: string } }) => d.code.value === 'maintainer-deprecated');
    assert.strictEqual(maintainer.code.url, 'https://example.test/rules/maintainer-deprecated.md');
    assert.ok(maintainer.suggestions?.length, 'the fix travels as a suggestion');
  });

  it('rdjson: columns count UTF-8 bytes and ends are exclusive', () => {
    const file: CheckedFile = {
      displayPath: 'Dockerfile',
      fixedEdits: 0,
      text: 'RUN echo "é𐐀" && x\n',
      result: {
        path: '/p/Dockerfile',
        kind: 'dockerfile',
        ruleErrors: [],
        findings: [{ rule: 'r', aliases: [], category: 'style', severity: 'warning', message: 'm', range: { start: { line: 0, character: 17 }, end: { line: 0, character: 18 } } }],
      },
    };
    const out = JSON.parse(formatRdjson([file], { threshold: 'warning', color: false, verbose: false }));
    // the 17 UTF-16 units before the space before `x` hold 'é' (one unit, 2 bytes) and '𐐀' (two units, 4 bytes): 20 bytes
    assert.deepStrictEqual(out.diagnostics[0].location.range, { start: { line: 1, column: 21 }, end: { line: 1, column: 22 } });
  });

  it('github: one workflow command per finding, data and properties escaped as the runner expects', () => {
    const file: CheckedFile = {
      displayPath: 'deploy/a,b:c.yaml',
      fixedEdits: 0,
      result: {
        path: '/p',
        kind: 'kubernetes',
        ruleErrors: [],
        findings: [
          { rule: 'k8s-run-as-root', aliases: ['run-as-non-root'], category: 'isolation', severity: 'warning', message: '100% root\nsecond line', range: { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } } },
          { rule: 'k8s-x', aliases: [], category: 'style', severity: 'info', message: 'm', range: { start: { line: 1, character: 0 }, end: { line: 3, character: 1 } } },
        ],
      },
    };
    const lines = formatGithub([file]).trimEnd().split('\n');
    assert.deepStrictEqual(lines, [
      '::warning file=deploy/a%2Cb%3Ac.yaml,line=5,endLine=5,col=3,endColumn=10,title=k8s-run-as-root (run-as-non-root)::100%25 root%0Asecond line',
      '::notice file=deploy/a%2Cb%3Ac.yaml,line=2,endLine=4,title=k8s-x::m',
    ]);
  });

  it('several formats in one run: FORMAT=FILE pairs, --output for the plain one, text on stdout otherwise', async () => {
    const dir = project({ Dockerfile: BAD });
    const a = await run(['check', ...NO_FLAGS, '--format', 'sarif=out/c.sarif', '--format', 'junit=out/junit.xml', '.'], dir);
    assert.strictEqual(a.code, 1);
    assert.match(a.stdout, /base-image-latest-tag/);
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, 'out/c.sarif'), 'utf8')).version, '2.1.0');
    parseXml(fs.readFileSync(path.join(dir, 'out/junit.xml'), 'utf8'));
    const b = await run(['check', ...NO_FLAGS, '--format', 'json', '--output', 'r.json', '--format', 'github=gh.txt', '.'], dir);
    assert.strictEqual(b.stdout, '');
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).version, 1);
    assert.match(fs.readFileSync(path.join(dir, 'gh.txt'), 'utf8'), /^::warning file=Dockerfile,line=1,/m);
  });

  it('rejects two formats for one destination and unknown formats (exit 2, one line)', async () => {
    const dir = project({ Dockerfile: BAD });
    for (const args of [['--format', 'json', '--format', 'sarif'], ['--format', 'json=a', '--format', 'sarif=a'], ['--format', 'yaml'], ['--format', 'json=']]) {
      const r = await run(['check', ...args, '.'], dir);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.strictEqual(r.stderr.trim().split('\n').length, 1);
    }
  });

  it('rule doc links: our rules under the docs base, ShellCheck codes on ShellCheck\'s wiki, nothing when unknown', () => {
    assert.strictEqual(ruleDocUrl('k8s-host-pid', ['host-pid'], 'file:///opt/c/docs/rules/'), 'file:///opt/c/docs/rules/k8s-host-pid.md');
    assert.strictEqual(ruleDocUrl('shellcheck', ['SC2086'], undefined), 'https://www.shellcheck.net/wiki/SC2086');
    assert.strictEqual(ruleDocUrl('k8s-host-pid', [], undefined), undefined);
  });

  it('sarif: rule descriptors carry helpUri from --docs-url', async () => {
    const dir = project({ Dockerfile: BAD });
    const sarif = JSON.parse((await run(['check', ...NO_FLAGS, '--format', 'sarif', '--docs-url', 'https://example.test/r', '.'], dir)).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'base-image-latest-tag');
    assert.strictEqual(rule.helpUri, 'https://example.test/r/base-image-latest-tag.md');
  });
});

/** GitLab Code Quality report: the fields GitLab requires (its documentation's "Code Quality report format"). */
const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      type: { const: 'issue' },
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      categories: { type: 'array', items: { enum: ['Bug Risk', 'Clarity', 'Compatibility', 'Complexity', 'Duplication', 'Performance', 'Security', 'Style'] } },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: { path: { type: 'string' }, lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } } },
      },
    },
  },
};

/** reviewdog's DiagnosticResult, written from the messages in its reviewdog.proto (rdjson is their JSON mapping). */
const POSITION = { type: 'object', required: ['line'], additionalProperties: false, properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } };
const RANGE = { type: 'object', required: ['start'], additionalProperties: false, properties: { start: POSITION, end: POSITION } };
const SEVERITY = { enum: ['UNKNOWN_SEVERITY', 'ERROR', 'WARNING', 'INFO'] };
const SOURCE = { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' }, url: { type: 'string' } } };
const RDJSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    source: SOURCE,
    severity: SEVERITY,
    diagnostics: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message', 'location'],
        additionalProperties: false,
        properties: {
          message: { type: 'string' },
          location: { type: 'object', required: ['path'], additionalProperties: false, properties: { path: { type: 'string' }, range: RANGE } },
          severity: SEVERITY,
          source: SOURCE,
          code: { type: 'object', required: ['value'], additionalProperties: false, properties: { value: { type: 'string' }, url: { type: 'string' } } },
          suggestions: { type: 'array', items: { type: 'object', required: ['range', 'text'], additionalProperties: false, properties: { range: RANGE, text: { type: 'string' } } } },
          original_output: { type: 'string' },
        },
      },
    },
  },
};
