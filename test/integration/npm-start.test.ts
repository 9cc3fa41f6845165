/**
 * `npm start`'s last step (scripts/start-code-server.js) as a new user meets it: a busy port, no error-looking lines,
 * a throw-away copy of examples/ opened, nothing written under $HOME. Needs code-server (.vscode-test/code-server,
 * installed by scripts/install-code-server.sh) and a build; `npm run test:integration` runs it after the suites.
 */
import * as assert from 'assert';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

function healthz(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(`http://127.0.0.1:${port}/healthz`, (r) => (r.resume(), resolve(r.statusCode ?? 0))).on('error', reject);
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, output: { text: string }, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms; output:\n${output.text}`)), ms);
    const onData = (chunk: Buffer) => {
      output.text += chunk.toString();
      if (pattern.test(output.text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ${pattern}; output:\n${output.text}`));
    });
  });
}

describe('npm start (scripts/start-code-server.js)', function () {
  this.timeout(180_000);
  let child: ChildProcess | undefined;
  const blocker = net.createServer();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-home-'));

  after(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    blocker.close();
  });

  it('moves off a busy port with a message, serves a copy of examples/, prints nothing alarming, leaves $HOME alone', async () => {
    const busy = await listen(blocker, 0);
    child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start-code-server.js')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(busy), HOME: home, FOLDER: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = { text: '' };
    await waitForLine(child, /Ctrl\+C stops it\./, output, 150_000);
    assert.match(output.text, new RegExp(`Port ${busy} is in use; using (\\d+) instead`));
    const port = Number(new RegExp(`using (\\d+) instead`).exec(output.text)![1]);
    assert.strictEqual(await healthz(port), 200);
    const folder = /\?folder=([^\s]+)/.exec(output.text)![1];
    const opened = decodeURIComponent(folder);
    assert.ok(opened.startsWith(os.tmpdir()), opened);
    assert.deepStrictEqual(fs.readdirSync(opened).sort(), fs.readdirSync(path.join(ROOT, 'examples')).sort());
    for (const line of output.text.split('\n')) assert.doesNotMatch(line, /\bERR!?\b|\berror\b|\bexited\b|\bfailed\b|\bUnknown (cli|env) config\b/i, line);
    assert.deepStrictEqual(fs.readdirSync(home), [], 'nothing written under $HOME');
    const status = spawnSync('git', ['status', '--porcelain', '--', 'examples'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(status.stdout, '');
  });
});
