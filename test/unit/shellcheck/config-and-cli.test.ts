import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/cli';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { applyContainmentConfig, applyHadolintConfig } from '../../../src/core/knowledge/config/load-config';
import { resolveShellcheck, runShellcheck } from '../../../src/core/formats/shellcheck';

const SHELLCHECK = fs.existsSync('/usr/bin/shellcheck') ? '/usr/bin/shellcheck' : resolveShellcheck();

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd, readStdin: () => '' };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const DOCKERFILE = 'FROM alpine:3.20\nUSER nobody\nRUN echo $undefined_thing\n';

describe('shellcheck: config files and the CLI', () => {
  let dir: string;
  before(() => {
    assert.ok(SHELLCHECK, 'ShellCheck is required for these tests: install it (apt-get install -y shellcheck)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-sc-cli-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('.hadolint.yaml ignored and .containment.yaml shellcheck/rules switch codes off', async () => {
    const text = 'FROM alpine:3.20\nRUN echo $a\n';
    const hadolint = defaultConfig();
    hadolint.shellcheck.path = SHELLCHECK;
    assert.deepStrictEqual(applyHadolintConfig(hadolint, '/p/.hadolint.yaml', 'ignored: [SC2086]\n'), []);
    assert.deepStrictEqual((await runShellcheck(text, '/p/Dockerfile', hadolint)).findings.map((f) => f.aliases[0]), ['SC2154']);

    const containment = defaultConfig();
    const errors = applyContainmentConfig(containment, '/p/.containment.yaml', 'rules:\n  SC2154: off\nshellcheck:\n  exclude: [SC2086]\n  timeout: 2500\n  path: ./tools/shellcheck\n');
    assert.deepStrictEqual(errors, []);
    assert.strictEqual(containment.shellcheck.timeoutMs, 2500);
    assert.strictEqual(containment.shellcheck.path, path.resolve('/p/tools/shellcheck'));
    containment.shellcheck.path = SHELLCHECK;
    assert.deepStrictEqual((await runShellcheck(text, '/p/Dockerfile', containment)).findings, []);
    assert.match(applyContainmentConfig(defaultConfig(), '/p/.containment.yaml', 'shellcheck:\n  timeout: soon\n')[0].message, /shellcheck.timeout/);
  });

  it('check merges ShellCheck findings, sorted, into text, JSON and SARIF output', async () => {
    fs.writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(dir, '.containment.yaml'), `shellcheck:\n  path: ${SHELLCHECK}\n`);
    const text = await cli(['check', 'Dockerfile'], dir);
    assert.match(text.stdout, /^ {2}3:10 +warning +undefined_thing is referenced but not assigned\. +shellcheck \[SC2154\]/m);
    const json = JSON.parse((await cli(['check', '--format', 'json', 'Dockerfile'], dir)).stdout);
    const findings = json.files[0].findings as Array<{ rule: string; aliases: string[]; range: { start: { line: number; character: number } } }>;
    const sc = findings.filter((f) => f.rule === 'shellcheck');
    assert.deepStrictEqual(sc.map((f) => f.aliases[0]).sort(), ['SC2086', 'SC2154']);
    assert.deepStrictEqual(sc[0].range.start, { line: 2, character: 9 });
    const order = findings.map((f) => f.range.start.line * 1000 + f.range.start.character);
    assert.deepStrictEqual(order, [...order].sort((a, b) => a - b));
    const sarif = JSON.parse((await cli(['check', '--format', 'sarif', 'Dockerfile'], dir)).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'shellcheck');
    assert.ok(result.ruleIndex >= 0, 'shellcheck has a SARIF rule descriptor');
    const explain = await cli(['explain', 'SC2086'], dir);
    assert.strictEqual(explain.code, 0);
    assert.match(explain.stdout, /^# shellcheck/);
  });

  it('check --verbose prints the not-found note once for several Dockerfiles; without --verbose nothing', async () => {
    const sub = path.join(dir, 'missing');
    fs.mkdirSync(path.join(sub, 'a'), { recursive: true });
    fs.mkdirSync(path.join(sub, 'b'), { recursive: true });
    fs.writeFileSync(path.join(sub, 'a', 'Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(sub, 'b', 'Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(sub, '.containment.yaml'), 'shellcheck:\n  path: ./no/such/shellcheck\n');
    const verbose = await cli(['check', '--verbose', '.'], sub);
    assert.strictEqual(verbose.stderr.match(/ShellCheck not found/g)?.length, 1, verbose.stderr);
    assert.doesNotMatch(verbose.stdout, /shellcheck \[SC/);
    const quiet = await cli(['check', '.'], sub);
    assert.strictEqual(quiet.stderr, '');
  });
});
