/**
 * The CLI in Korean: `--lang ko` or a Korean POSIX locale turns the text output, `rules` and `explain` Korean;
 * machine formats keep English messages (JSON adds `messageLocalized`); `--lang en` wins over the environment.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../../src/cli/cli';

const HANGUL = /[\uac00-\ud7a3]/;
const APT = 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n';

async function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd, readStdin: () => '', env };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('cli: Korean (--lang ko, LANG)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-cli-ko-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), APT);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const listsLine = (out: string) => out.split('\n').find((l) => l.includes('apt-lists-not-cleaned')) ?? '';

  it('check --lang ko: Korean messages, severities and summary; rule ids as they are', async () => {
    const r = await run(['check', '--no-shellcheck', '--lang', 'ko', 'Dockerfile'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const line = listsLine(r.stdout);
    assert.match(line, /^ {2}2:\d+ +(경고|정보) +'apt-get update'로 내려받은 apt 목록이/, line);
    assert.match(r.stdout, /^파일 1개에서 발견 사항 \d+개 \(오류 \d+, 경고 \d+, 정보 \d+, 힌트 \d+\)\.$/m);
  });

  it('the language defaults from LC_ALL / LC_MESSAGES / LANG, and --lang en overrides it', async () => {
    assert.ok(HANGUL.test(listsLine((await run(['check', '--no-shellcheck', 'Dockerfile'], dir, { LANG: 'ko_KR.UTF-8' })).stdout)));
    assert.ok(!HANGUL.test((await run(['check', '--no-shellcheck', 'Dockerfile'], dir, { LC_ALL: 'C.UTF-8', LANG: 'ko_KR.UTF-8' })).stdout));
    const en = await run(['check', '--no-shellcheck', '--lang', 'en', 'Dockerfile'], dir, { LANG: 'ko_KR.UTF-8' });
    assert.match(listsLine(en.stdout), /The apt lists downloaded by 'apt-get update'/);
    assert.match(en.stdout, /finding/);
  });

  it('JSON keeps the English message and adds messageLocalized; SARIF stays English', async () => {
    const json = JSON.parse((await run(['check', '--no-shellcheck', '--format', 'json', '--lang', 'ko', 'Dockerfile'], dir)).stdout);
    const f = json.files[0].findings.find((x: { rule: string }) => x.rule === 'apt-lists-not-cleaned');
    assert.match(f.message, /^The apt lists downloaded/);
    assert.ok(HANGUL.test(f.messageLocalized), f.messageLocalized);
    assert.strictEqual(f.messageId, 'listsStay');
    const english = JSON.parse((await run(['check', '--no-shellcheck', '--format', 'json', 'Dockerfile'], dir)).stdout);
    assert.ok(!('messageLocalized' in english.files[0].findings[0]), 'an English run adds nothing');
    const sarif = (await run(['check', '--no-shellcheck', '--format', 'sarif', '--lang', 'ko', 'Dockerfile'], dir)).stdout;
    assert.ok(!HANGUL.test(sarif));
  });

  it('rules and explain speak Korean', async () => {
    const rules = await run(['rules', '--lang', 'ko'], dir);
    assert.match(rules.stdout, /^apt-lists-not-cleaned +dockerfile +(경고|정보) +apt 패키지 목록이 레이어에 남음( \[DL3009\])?$/m);
    const explain = await run(['explain', 'apt-lists-not-cleaned'], dir, { LC_MESSAGES: 'ko_KR.UTF-8' });
    assert.match(explain.stdout, /## 왜 중요한가\n\n`apt-get update`는/);
    assert.match(explain.stdout, /## 고치는 방법/);
    await assert.rejects(async () => {
      const r = await run(['rules', '--lang', 'fr'], dir);
      if (r.code === 2) throw new Error(r.stderr);
    }, /--lang must be one of en, ko/);
  });
});
