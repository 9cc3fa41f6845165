import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/cli';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { resolveShellcheck, runShellcheck, runShellcheckBatch } from '../../../src/core/formats/shellcheck';

const SHELLCHECK = fs.existsSync('/usr/bin/shellcheck') ? '/usr/bin/shellcheck' : resolveShellcheck();

describe('shellcheck: batch over many Dockerfiles (CLI folder scans)', () => {
  before(() => assert.ok(SHELLCHECK, 'ShellCheck is required for these tests: install it (apt-get install -y shellcheck)'));

  it('gives the same results as one run per file, in input order, with shared scripts checked once', async () => {
    const config = defaultConfig();
    config.shellcheck.path = SHELLCHECK;
    const excluding = defaultConfig();
    excluding.shellcheck.path = SHELLCHECK;
    excluding.shellcheck.exclude = ['SC2154'];
    const off = defaultConfig();
    off.shellcheck.enabled = false;
    const a = 'FROM alpine:3.20\nRUN echo $undefined_a\nRUN cd /x; ls\n';
    const b = 'FROM alpine:3.20\nENV X=1\nRUN echo $X $undefined_b `date`\n';
    const inputs = [
      { text: a, filePath: '/p/1/Dockerfile', config },
      { text: b, filePath: '/p/2/Dockerfile', config },
      { text: a, filePath: '/p/3/Dockerfile', config }, // same scripts as the first
      { text: a, filePath: '/p/4/Dockerfile', config: excluding }, // another argument list: another group
      { text: a, filePath: '/p/5/Dockerfile', config: off },
      { text: 'FROM alpine:3.20\nUSER nobody\n', filePath: '/p/6/Dockerfile', config },
    ];
    const batch = await runShellcheckBatch(inputs, { filesPerProcess: 2, concurrency: 2 });
    const single = await Promise.all(inputs.map((i) => runShellcheck(i.text, i.filePath, i.config)));
    assert.strictEqual(batch.length, inputs.length);
    batch.forEach((r, k) => {
      assert.deepStrictEqual(r.findings, single[k].findings, `input ${k}`);
      assert.strictEqual(r.skipped, single[k].skipped, `input ${k}`);
    });
    assert.ok(batch[0].findings.some((f) => f.aliases[0] === 'SC2154'));
    assert.ok(!batch[3].findings.some((f) => f.aliases[0] === 'SC2154'));
    assert.strictEqual(batch[4].skipped, 'disabled');
  });

  it('check --no-shellcheck leaves ShellCheck out', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-sc-batch-'));
    try {
      fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20\nUSER nobody\nRUN echo $undefined_thing\n');
      fs.writeFileSync(path.join(dir, '.containment.yaml'), `shellcheck:\n  path: ${SHELLCHECK}\n`);
      const run = async (args: string[]) => {
        let stdout = '';
        const io: Io = { stdout: (t) => (stdout += t), stderr: () => undefined, isTTY: false, cwd: dir, readStdin: () => '' };
        await main(args, io);
        return stdout;
      };
      assert.match(await run(['check', '.']), /SC2154/);
      assert.doesNotMatch(await run(['check', '--no-shellcheck', '.']), /SC2154/);
      assert.match(await run(['help']), /--no-shellcheck/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
