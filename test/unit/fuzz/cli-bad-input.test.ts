/**
 * The CLI bundle on bad input (issue 7): random bytes in files named like ours, a folder named Dockerfile, FIFOs,
 * dangling and looping symlinks, broken and hostile config files, bad flags, binary stdin. Every run either exits
 * 0/1 with valid JSON / SARIF on stdout, or exits 2 with exactly one `containment: …` line on stderr — never a stack
 * trace, never a hang. (Tests run as root, so unreadable files are FIFOs and dangling symlinks, not chmod 000.)
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { aliasBomb, composeArb, dockerfileArb, kubernetesArb, mutations } from './generators';
import { count, runs, SEED } from './fuzz-util';

const CLI = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, input?: string | Buffer): Outcome {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) assert.fail(`containment ${args.join(' ')}: ${r.error.message} (a hang?)`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The contract: 0/1 with parseable output, or 2 with one line. Returns the parsed output for 0/1 runs. */
function assertContract(o: Outcome, format: 'json' | 'sarif' | 'text', what: string): unknown {
  const all = o.stdout + o.stderr;
  assert.doesNotMatch(all, STACK, `${what}: stack trace in output:\n${all.slice(0, 2000)}`);
  assert.doesNotMatch(o.stderr, /Error:|TypeError|RangeError/, `${what}: error object in stderr: ${o.stderr}`);
  if (o.status === 2) {
    assert.match(o.stderr, /^containment: [^\n]+\n$/, `${what}: exit 2 needs exactly one line on stderr, got ${JSON.stringify(o.stderr)}`);
    return undefined;
  }
  assert.ok(o.status === 0 || o.status === 1, `${what}: exit ${o.status}, stderr ${o.stderr}`);
  if (format === 'text') return o.stdout;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(o.stdout);
  } catch (error) {
    assert.fail(`${what}: stdout is not valid JSON (${(error as Error).message}): ${o.stdout.slice(0, 500)}`);
  }
  if (format === 'json') {
    assert.strictEqual(parsed.version, 1);
    assert.ok(Array.isArray(parsed.files));
  } else {
    assert.strictEqual(parsed.version, '2.1.0');
    assert.ok(Array.isArray((parsed.runs as Array<{ results: unknown[] }>)[0].results));
  }
  return parsed;
}

describe('CLI on bad input (dist/cli.js)', function () {
  this.timeout(180_000);
  let root: string;

  before(() => {
    if (!fs.existsSync(CLI)) assert.fail(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-badcli-'));
  });
  after(() => root && fs.rmSync(root, { recursive: true, force: true }));

  function project(name: string, files: Record<string, string | Buffer>): string {
    const dir = path.join(root, name);
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), content);
    }
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  it('random bytes and mutated files named Dockerfile / compose.yaml / *.yaml (fast-check, fixed seed)', () => {
    const bytes = fc.uint8Array({ maxLength: 1500 }).map((b) => Buffer.from(b));
    const mutated = (arb: fc.Arbitrary<string>) => fc.tuple(arb, mutations).map(([t, ms]) => Buffer.from(ms.reduce((acc, m) => m.apply(acc), t), 'utf8'));
    let n = 0;
    fc.assert(
      fc.property(fc.oneof(bytes, mutated(dockerfileArb)), fc.oneof(bytes, mutated(kubernetesArb)), fc.oneof(bytes, mutated(composeArb)), fc.constantFrom('json', 'sarif', 'text'), (d, k, c, format) => {
        count('cli-random-projects');
        const dir = project(`random-${n++}`, { Dockerfile: d, 'k8s/app.yaml': k, 'compose.yaml': c, 'sub/Containerfile.dev': d });
        const o = cli(['check', '--no-shellcheck', '--format', format, '.'], dir);
        assertContract(o, format as 'json', `random project ${dir}`);
      }),
      { seed: SEED, numRuns: runs(16) },
    );
  });

  it('the same bad files as explicit paths and through --fix', () => {
    const dir = project('explicit', { Dockerfile: Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a, 0x5c]), 'a.yaml': '\ufeffapiVersion: v1\r\nkind: Pod\r\nspec: {containers: [[[[[\r\n', 'compose.yaml': aliasBomb('compose') });
    for (const args of [['check', '--format', 'json', 'Dockerfile', 'a.yaml', 'compose.yaml'], ['check', '--fix', '--format', 'sarif', '.'], ['check', '--verbose', '--format', 'json', '.']]) {
      count('cli-cases');
      assertContract(cli(args, dir), args.includes('sarif') ? 'sarif' : 'json', args.join(' '));
    }
  });

  it('a folder named Dockerfile, FIFOs, devices, dangling and looping symlinks', () => {
    const dir = project('special', { 'Dockerfile/inner.txt': 'FROM x\n', 'ok/Dockerfile': 'FROM node:latest\n' });
    fs.mkdirSync(path.join(dir, 'fifo'));
    spawnSync('mkfifo', [path.join(dir, 'fifo', 'Dockerfile')]);
    spawnSync('mkfifo', [path.join(dir, 'fifo', 'compose.yaml')]);
    fs.mkdirSync(path.join(dir, 'links'));
    fs.symlinkSync('/nonexistent/Dockerfile', path.join(dir, 'links', 'Dockerfile'));
    fs.symlinkSync('loop-b.yaml', path.join(dir, 'links', 'loop-a.yaml'));
    fs.symlinkSync('loop-a.yaml', path.join(dir, 'links', 'loop-b.yaml'));
    fs.symlinkSync('..', path.join(dir, 'links', 'parent')); // a folder cycle
    const cases: Array<[string[], 'json' | 'sarif' | 'text']> = [
      [['check', '--format', 'json', '.'], 'json'],
      [['check', '--format', 'sarif', '.'], 'sarif'],
      [['check', '--format', 'json', 'Dockerfile'], 'json'],
      [['check', '--format', 'json', 'fifo/Dockerfile'], 'json'],
      [['check', '--format', 'json', 'fifo'], 'json'],
      [['check', '--format', 'json', 'links/Dockerfile'], 'json'],
      [['check', '--format', 'json', 'links/loop-a.yaml'], 'json'],
      [['check', '--format', 'json', 'links'], 'json'],
      [['check', '--format', 'json', '/dev/null'], 'json'],
      [['check', '--format', 'text', '/dev/zero'], 'text'],
      [['check', '--format', 'json', 'ok/Dockerfile', 'fifo/Dockerfile'], 'json'],
      [['check', '--config', 'fifo/compose.yaml', '--format', 'json', 'ok'], 'json'],
      [['check', '--config', 'Dockerfile', '--format', 'json', 'ok'], 'json'],
      [['check', '--config', 'links/Dockerfile', '--format', 'json', 'ok'], 'json'],
    ];
    for (const [args, format] of cases) {
      count('cli-cases');
      assertContract(cli(args, dir), format, args.join(' '));
    }
    // the folder scan still reports the good file
    const scan = assertContract(cli(['check', '--format', 'json', '.'], dir), 'json', 'scan') as { files: Array<{ path: string }> };
    assert.ok(scan.files.some((f) => f.path === path.join('ok', 'Dockerfile')), JSON.stringify(scan.files.map((f) => f.path)));
  });

  it('broken and hostile config files', () => {
    const configs: Record<string, string | Buffer> = {
      garbage: Buffer.from([0x00, 0xff, 0x10, 0x3a, 0x0a, 0x2d, 0x20, 0x7b]),
      unterminated: 'rules:\n  base-image-latest-tag: [error\n',
      wrongTypes: 'rules: 42\npolicy: [a, b]\nmaxFileSize: -1\nshellcheck: {path: [x], timeout: "soon"}\nfailureThreshold: {}\n',
      unknown: 'totally: unknown\n',
      bomb: aliasBomb('compose'),
      deep: 'rules: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n',
      deepUnterminated: 'rules: ' + '{a: '.repeat(3000) + '\n',
      tabs: 'rules:\n\tbase-image-latest-tag: off\n',
      bomCrlf: '\ufeffrules:\r\n  base-image-latest-tag: off\r\n',
      hugeLine: 'ignored: [' + 'DL3007, '.repeat(40000) + ']\n',
      empty: '',
      nul: 'rules:\u0000\n',
    };
    for (const [name, text] of Object.entries(configs)) {
      for (const file of ['.containment.yaml', '.hadolint.yaml']) {
        const dir = project(`config-${name}-${file}`, { [file]: text, Dockerfile: 'FROM node:latest\n', 'compose.yaml': 'services:\n  a:\n    image: nginx\n' });
        count('cli-cases');
        // found next to the files (json), or given with --config (sarif)
        if (file === '.containment.yaml') assertContract(cli(['check', '--format', 'json', '.'], dir), 'json', `${file} ${name}`);
        else assertContract(cli(['check', '--format', 'sarif', '--config', file, 'Dockerfile', 'compose.yaml'], dir), 'sarif', `--config ${file} ${name}`);
      }
    }
    // a config "file" that is a folder
    const dir = project('config-folder', { '.containment.yaml/x': 'y', Dockerfile: 'FROM node:latest\n' });
    assertContract(cli(['check', '--format', 'json', '.'], dir), 'json', 'config folder');
  });

  it('bad flags and arguments', () => {
    const dir = project('flags', { Dockerfile: 'FROM node:latest\n' });
    const cases = [
      ['check'],
      ['check', '--format'],
      ['check', '--format', 'xml', '.'],
      ['check', '--failure-threshold', 'catastrophic', '.'],
      ['check', '--nope', '.'],
      ['check', '--config', 'missing.yaml', '.'],
      ['check', 'missing'],
      ['frobnicate'],
      ['explain'],
      ['explain', '<script>'],
      ['rules', '--format', 'yaml'],
      ['report', '--output'],
      ['report', '--output', '/nonexistent/dir/report.html', '.'],
      ['check', '--stdin-filename'],
    ];
    for (const args of cases) {
      count('cli-cases');
      const o = cli(args, dir);
      assert.doesNotMatch(o.stdout + o.stderr, STACK, `${args.join(' ')}: stack trace`);
      if (o.status === 2) assert.match(o.stderr, /^containment: [^\n]+\n$/, `${args.join(' ')}: ${JSON.stringify(o.stderr)}`);
      else assert.ok(o.status === 0 || o.status === 1, `${args.join(' ')}: exit ${o.status} ${o.stderr}`);
    }
  });

  it('binary and hostile stdin', () => {
    const dir = project('stdin', {});
    const inputs: Array<[string, string | Buffer]> = [
      ['binary', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x0a])],
      ['bomb', aliasBomb('k8s')],
      ['deep', 'apiVersion: v1\nkind: Pod\nspec: ' + '['.repeat(5000) + '\n'],
      ['heredoc', 'FROM ubuntu\nRUN <<EOF\napt-get install x'],
      ['continuation', 'FROM ubuntu\nRUN apt-get install \\'],
      ['empty', ''],
    ];
    for (const [name, input] of inputs) {
      for (const extra of name === 'heredoc' || name === 'continuation' || name === 'binary' ? [[], ['--stdin-filename', 'Dockerfile']] : [['--stdin-filename', 'compose.yaml'], ['--stdin-filename', 'x.yaml']]) {
        count('cli-cases');
        assertContract(cli(['check', '--format', 'json', ...extra, '-'], dir, input), 'json', `stdin ${name} ${extra.join(' ')}`);
      }
    }
  });
});
