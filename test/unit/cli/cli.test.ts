import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/cli';
import { setKnowledgeClock } from '../../../src/core/knowledge';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string, stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd, readStdin: () => stdin };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const LATEST = 'FROM node:latest\nUSER node\nCMD ["node", "server.js"]\n';
const CLEAN = 'FROM node:24.11-bookworm-slim\nUSER node\nCMD ["node", "server.js"]\n';

describe('cli: containment check', () => {
  it('exits 1 with findings and 0 without, in text format grouped per file', async () => {
    const dir = project({ 'api/Dockerfile': LATEST, 'web/Dockerfile': CLEAN, 'node_modules/x/Dockerfile': LATEST });
    const bad = await run(['check', '.'], dir);
    assert.strictEqual(bad.code, 1, bad.stderr);
    assert.match(bad.stdout, /^api\/Dockerfile \(dockerfile\)$/m);
    assert.match(bad.stdout, /^ {2}1:11 +warning +.*base-image-latest-tag \[DL3007\]/m);
    assert.doesNotMatch(bad.stdout, /node_modules/);
    const good = await run(['check', 'web/Dockerfile'], dir);
    assert.strictEqual(good.code, 0, good.stdout);
  });

  it('JSON output follows the documented shape with 0-based ranges and fixable', async () => {
    const dir = project({ Dockerfile: LATEST });
    const r = await run(['check', '--format', 'json', 'Dockerfile'], dir);
    const json = JSON.parse(r.stdout);
    assert.strictEqual(json.version, 1);
    assert.strictEqual(json.files[0].path, 'Dockerfile');
    assert.strictEqual(json.files[0].kind, 'dockerfile');
    const f = json.files[0].findings.find((x: { rule: string }) => x.rule === 'base-image-latest-tag');
    assert.deepStrictEqual(f.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 16 } });
    assert.deepStrictEqual(f.aliases, ['DL3007']);
    assert.strictEqual(f.category, 'base-image');
    assert.strictEqual(f.fixable, false);
  });

  it('SARIF 2.1.0 carries rule descriptors and 1-based regions', async () => {
    const dir = project({ Dockerfile: LATEST });
    const r = await run(['check', '--format=sarif', '.'], dir);
    const sarif = JSON.parse(r.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const rules = sarif.runs[0].tool.driver.rules;
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'base-image-latest-tag');
    assert.ok(result);
    assert.strictEqual(rules[result.ruleIndex].id, 'base-image-latest-tag');
    assert.ok(rules[result.ruleIndex].help.text.length > 20);
    assert.deepStrictEqual(result.locations[0].physicalLocation.region, { startLine: 1, startColumn: 11, endLine: 1, endColumn: 17 });
    assert.strictEqual(result.locations[0].physicalLocation.artifactLocation.uri, 'Dockerfile');
  });

  it('--failure-threshold error passes on warnings; none always passes', async () => {
    const dir = project({ Dockerfile: LATEST });
    assert.strictEqual((await run(['check', '--failure-threshold', 'error', 'Dockerfile'], dir)).code, 0);
    assert.strictEqual((await run(['check', '--failure-threshold', 'none', 'Dockerfile'], dir)).code, 0);
  });

  it('honours .hadolint.yaml found in a parent folder (ignored + failure-threshold)', async () => {
    const dir = project({ '.hadolint.yaml': 'ignored:\n  - DL3007\n', 'svc/Dockerfile': LATEST });
    const r = await run(['check', '--format', 'json', 'svc/Dockerfile'], dir);
    const rules = JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    assert.ok(!rules.includes('base-image-latest-tag'));
  });

  it('a broken config file is a one-line error with exit 2', async () => {
    const dir = project({ '.containment.yaml': 'rules:\n  DL3007: loud\n', Dockerfile: LATEST });
    const r = await run(['check', 'Dockerfile'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^containment: invalid config \.containment\.yaml:2: rules\.DL3007: expected off/);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1);
  });

  it('usage and I/O errors exit 2 with one line', async () => {
    const dir = project({});
    for (const args of [['check'], ['check', 'missing/Dockerfile'], ['check', '--format', 'xml', '.'], ['check', '--nope', '.'], ['frobnicate']]) {
      const r = await run(args, dir);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^containment: .+\n$/);
    }
  });

  it('reads stdin with -', async () => {
    const r = await run(['check', '--format', 'json', '-'], os.tmpdir(), LATEST);
    const json = JSON.parse(r.stdout);
    assert.strictEqual(json.files[0].kind, 'dockerfile');
    assert.ok(json.files[0].findings.some((f: { rule: string }) => f.rule === 'base-image-latest-tag'));
  });
});

describe('cli: rules and explain', () => {
  it('lists every rule and explains one by alias', async () => {
    const list = await run(['rules'], os.tmpdir());
    assert.strictEqual(list.code, 0);
    assert.match(list.stdout, /base-image-latest-tag\s+dockerfile\s+warning\s+Base image uses the :latest tag \[DL3007\]/);
    const explain = await run(['explain', 'dl3007'], os.tmpdir());
    assert.strictEqual(explain.code, 0);
    assert.match(explain.stdout, /base-image-latest-tag/);
    assert.match(explain.stdout, /DL3007/);
    assert.strictEqual((await run(['explain', 'no-such-rule'], os.tmpdir())).code, 2);
  });

  it('explain of a rule judged from the base-image table shows the table\'s date, and says when it is stale (injected clock)', async () => {
    try {
      setKnowledgeClock(new Date('2026-09-01T00:00:00Z'));
      const fresh = await run(['explain', 'base-image-end-of-life'], os.tmpdir());
      assert.match(fresh.stdout, /Release dates as of \d{4}-\d{2}-\d{2}\./);
      assert.doesNotMatch(fresh.stdout, /may be stale/);
      setKnowledgeClock(new Date('2027-06-01T00:00:00Z'));
      assert.match((await run(['explain', 'base-image-end-of-life'], os.tmpdir())).stdout, /more than six months old, so the data may be stale/);
      assert.doesNotMatch((await run(['explain', 'DL3059'], os.tmpdir())).stdout, /Release dates as of/);
    } finally {
      setKnowledgeClock(undefined);
    }
  });
});

describe('cli: the bundled executable', () => {
  const cli = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
  it('is built (npm run build) and runs as a process without stack traces', function () {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first (npm test does)');
    const dir = project({ Dockerfile: LATEST, 'bin/Dockerfile': '\u0000\u0001binary' });
    const ok = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(ok.status, 1, ok.stderr);
    const json = JSON.parse(ok.stdout);
    const binary = json.files.find((f: { path: string }) => f.path.endsWith(path.join('bin', 'Dockerfile')));
    assert.strictEqual(binary.findings[0].rule, 'file-skipped');
    const missing = spawnSync(process.execPath, [cli, 'check', 'nowhere'], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(missing.status, 2);
    assert.strictEqual(missing.stderr, 'containment: no such file or folder: nowhere\n');
  });
});
