import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultConfig, type ContainmentConfig } from '../../../src/core/knowledge/config/config';
import { findRule } from '../../../src/core/engine/rules-registry';
import { runShellcheck, resolveShellcheck, type ShellcheckResult } from '../../../src/core/formats/shellcheck';
import type { Finding } from '../../../src/core/base/model/finding';
import { textAt } from '../helpers';

/** The real program: CI installs it (`apt-get install -y shellcheck`); without it these tests fail, they do not skip. */
const SHELLCHECK = fs.existsSync('/usr/bin/shellcheck') ? '/usr/bin/shellcheck' : resolveShellcheck();

interface Run extends ShellcheckResult {
  logs: string[];
}

async function check(text: string, adjust?: (c: ContainmentConfig) => void, options: { timeoutMs?: number; signal?: AbortSignal; maxOutputBytes?: number } = {}): Promise<Run> {
  const config = defaultConfig();
  config.shellcheck.path = SHELLCHECK;
  adjust?.(config);
  const logs: string[] = [];
  const result = await runShellcheck(text, '/work/Dockerfile', config, { ...options, log: (level, message) => logs.push(`${level}: ${message}`) });
  return { ...result, logs };
}

/** `SC2086 2:10 $foo` for each finding: code, 1-based position, covered text. */
function describe_(text: string, findings: Finding[]): string[] {
  return findings.map((f) => `${f.aliases[0]} ${f.range.start.line + 1}:${f.range.start.character + 1} ${textAt(text, f.range)}`);
}

function codes(result: Run, code: string): Finding[] {
  return result.findings.filter((f) => f.aliases[0] === code);
}

describe('shellcheck', () => {
  before(() => {
    assert.ok(
      SHELLCHECK && fs.existsSync(SHELLCHECK),
      'ShellCheck is required for these tests and was not found at /usr/bin/shellcheck or on PATH: install it (apt-get install -y shellcheck)',
    );
  });

  describe('position mapping', () => {
    it('maps across line continuations, comment lines inside them and tabs', async () => {
      const text = ['FROM alpine:3.20', 'RUN echo $one \\', '    # a comment line inside the continuation', '\t&& echo\t$two \\', '  && cd /tmp'].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(r.logs, []);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2154')), ['SC2154 2:10 $one', 'SC2154 4:10 $two']);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2086')), ['SC2086 2:10 $one', 'SC2086 4:10 $two']);
      const f = codes(r, 'SC2154')[1];
      assert.deepStrictEqual(f.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 13 } });
      assert.strictEqual(f.rule, 'shellcheck');
      assert.strictEqual(f.category, 'correctness');
      assert.strictEqual(f.severity, 'warning');
    });

    it('maps across backtick continuations (# escape=`)', async () => {
      const text = ['# escape=`', 'FROM alpine:3.20', 'RUN echo $first `', '    && echo $second'].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2154')), ['SC2154 3:10 $first', 'SC2154 4:13 $second']);
    });

    it('keeps a token that is split by a continuation whole', async () => {
      const text = ['FROM alpine:3.20', 'RUN echo $spl\\', 'it'].join('\n');
      const r = await check(text);
      const [f] = codes(r, 'SC2154');
      assert.ok(f, 'SC2154 expected');
      assert.deepStrictEqual(f.range, { start: { line: 1, character: 9 }, end: { line: 2, character: 2 } });
    });

    it('maps CRLF files', async () => {
      const text = ['FROM alpine:3.20', 'RUN echo $a \\', '  && echo $b', ''].join('\r\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2154')), ['SC2154 2:10 $a', 'SC2154 3:11 $b']);
    });

    it('counts code points like ShellCheck (emoji, accents)', async () => {
      const text = 'FROM alpine:3.20\nRUN echo "é😀😀" $after\n';
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2154')), ['SC2154 2:18 $after']);
    });

    it('maps heredoc bodies: RUN <<EOF, RUN bash <<EOF, and a heredoc the shell itself reads', async () => {
      const text = [
        'FROM alpine:3.20',
        'RUN <<EOF',
        'set -e',
        '\techo $bare',
        'EOF',
        'RUN bash -e <<EOF',
        'echo $fed',
        'EOF',
        'RUN cat <<-CONF > /etc/app.conf && echo done',
        '\tvalue=$inconf',
        '\tCONF',
      ].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2154')), ['SC2154 4:7 $bare', 'SC2154 7:6 $fed', 'SC2154 10:8 $inconf']);
    });

    it('skips heredoc scripts for other interpreters, and uses a shell shebang', async () => {
      const text = [
        'FROM alpine:3.20',
        'RUN <<EOF',
        '#!/usr/bin/env python3',
        'print($x)',
        'EOF',
        'RUN <<EOF',
        '#!/bin/bash',
        'echo "$y" && [[ -n "$HOME" ]]',
        'EOF',
      ].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, r.findings), ['SC2154 8:7 $y']); // bash: no SC3010 for [[ ]]
    });

    it('checks every RUN of every stage, each on its own, and ONBUILD RUN triggers', async () => {
      const text = [
        'FROM alpine:3.20 AS build',
        'RUN one=1 && echo "$one"',
        'RUN echo "$one"', // a variable of an earlier RUN does not exist in this one
        'ONBUILD RUN echo "$trigger"',
        'FROM build',
        'RUN echo "$two"',
      ].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2154')), ['SC2154 3:11 $one', 'SC2154 4:19 $trigger', 'SC2154 6:11 $two']);
    });

    it('keeps the findings of other RUNs when one RUN does not parse', async () => {
      const text = ['FROM alpine:3.20', 'RUN echo "unclosed', 'RUN echo $fine'].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2154')), ['SC2154 3:10 $fine']);
      const parse = r.findings.filter((f) => f.severity === 'error');
      assert.ok(parse.length > 0, 'a syntax error is reported');
      for (const f of parse) assert.strictEqual(f.range.start.line, 1, `${f.aliases[0]} on the broken RUN`);
    });

    it('skips RUN flags and exec-form RUNs', async () => {
      const text = ['FROM alpine:3.20', 'RUN --mount=type=cache,target=/root/.cache echo $cached', 'RUN ["sh", "-c", "echo $exec"]'].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2154')), ['SC2154 2:49 $cached']);
    });
  });

  describe('ENV and ARG', () => {
    it('declares ENV/ARG of the stage, ENV of parent stages, global ARGs and secret env mounts', async () => {
      const text = [
        'ARG global_ver=1',
        'FROM alpine:3.20 AS base',
        'ENV app_home=/app unused_env=1',
        'ARG build_arg',
        'RUN echo "$app_home" "$build_arg" "$global_ver"',
        'FROM base',
        'RUN echo "$app_home" "$build_arg"', // ENV is inherited, ARG is not
        'RUN --mount=type=secret,id=tok,env=api_token echo "$api_token"',
      ].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, r.findings), ['SC2154 7:23 $build_arg']);
    });

    it('does not see an ENV declared after the RUN', async () => {
      const text = ['FROM alpine:3.20', 'RUN echo "$later"', 'ENV later=1'].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, r.findings), ['SC2154 2:11 $later']);
    });

    it('never reports on the declaration lines (unused names, a RUN ending in exit)', async () => {
      const text = ['FROM alpine:3.20', 'ENV not_used=1 PATH=/x:$PATH', 'RUN echo hi && exit 0'].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, r.findings), []);
    });
  });

  describe('shells', () => {
    it('passes the SHELL dialect: [[ ]] is flagged under sh, not under bash', async () => {
      const sh = await check('FROM alpine:3.20\nRUN [[ -n "$HOME" ]]\n');
      assert.deepStrictEqual(sh.findings.map((f) => f.aliases[0]), ['SC3010']);
      const bash = await check('FROM alpine:3.20\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN [[ -n "$HOME" ]]\n');
      assert.deepStrictEqual(bash.findings, []);
    });

    it('skips RUNs under PowerShell and cmd', async () => {
      const text = ['FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN echo $x', 'SHELL ["powershell", "-Command"]', 'RUN echo $y'].join('\n');
      const r = await check(text);
      assert.deepStrictEqual(r.findings, []);
      assert.strictEqual(r.skipped, 'not-applicable');
    });

    it('follows # hadolint shell=bash', async () => {
      const r = await check('# hadolint shell=bash\nFROM alpine:3.20\nRUN [[ -n "$HOME" ]]\n');
      assert.deepStrictEqual(r.findings, []);
    });

    it('maps ShellCheck style to hint and the style category', async () => {
      const text = 'FROM alpine:3.20\nRUN echo "`date`"\n';
      const [f] = codes(await check(text), 'SC2006');
      assert.strictEqual(f.severity, 'hint');
      assert.strictEqual(f.category, 'style');
      assert.strictEqual(textAt(text, f.range), '`date`');
    });
  });

  describe('suppression', () => {
    const text = ['FROM alpine:3.20', '# hadolint ignore=SC2086', 'RUN echo $a', 'RUN echo $b'].join('\n');

    it('# hadolint ignore=SCxxxx applies to the next instruction only', async () => {
      const r = await check(text);
      assert.deepStrictEqual(describe_(text, codes(r, 'SC2086')), ['SC2086 4:10 $b']);
      assert.strictEqual(codes(r, 'SC2154').length, 2);
    });

    it('# containment ignore=, global ignore and the rule id', async () => {
      const t1 = ['FROM alpine:3.20', '# containment ignore=sc2154,SC2086', 'RUN echo $a'].join('\n');
      assert.deepStrictEqual((await check(t1)).findings, []);
      const t2 = ['# containment global ignore=SC2154', 'FROM alpine:3.20', 'RUN echo "$a"', 'RUN echo "$b"'].join('\n');
      assert.deepStrictEqual((await check(t2)).findings, []);
      const t3 = ['FROM alpine:3.20', '# hadolint ignore=shellcheck', 'RUN echo $a', 'ONBUILD RUN echo "$b"'].join('\n');
      assert.deepStrictEqual(describe_(t3, (await check(t3)).findings), ['SC2154 4:19 $b']);
    });

    it('an ignore before ONBUILD covers its RUN trigger', async () => {
      const t = ['FROM alpine:3.20', '# hadolint ignore=SC2154', 'ONBUILD RUN echo "$b"'].join('\n');
      assert.deepStrictEqual((await check(t)).findings, []);
    });

    it('inline ignores are off when the config says so', async () => {
      const r = await check(text, (c) => (c.inlineIgnores = false));
      assert.strictEqual(codes(r, 'SC2086').length, 2);
    });

    it('config: rules off by code, shellcheck.exclude, severity override, the whole rule off', async () => {
      const t = 'FROM alpine:3.20\nRUN echo $a\n';
      assert.deepStrictEqual((await check(t, (c) => c.rules.set('sc2086', 'off'))).findings.map((f) => f.aliases[0]), ['SC2154']);
      assert.deepStrictEqual((await check(t, (c) => (c.shellcheck.exclude = ['SC2154', '2086']))).findings, []);
      const override = await check(t, (c) => c.rules.set('sc2154', 'error'));
      assert.strictEqual(codes(override, 'SC2154')[0].severity, 'error');
      assert.strictEqual(codes(override, 'SC2086')[0].severity, 'info');
      const all = await check(t, (c) => c.rules.set('shellcheck', 'warning'));
      assert.ok(all.findings.every((f) => f.severity === 'warning'));
      const off = await check(t, (c) => c.rules.set('shellcheck', 'off'));
      assert.deepStrictEqual([off.findings, off.skipped], [[], 'disabled']);
    });

    it('drops codes that make no sense in a RUN (sourcing files of the image)', async () => {
      const r = await check('FROM alpine:3.20\nRUN . /etc/os-release && echo "$ID"\n');
      assert.deepStrictEqual(r.findings, []);
    });
  });

  describe('availability and failures', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-sc-test-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const fake = (name: string, script: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
      return file;
    };
    const text = 'FROM alpine:3.20\nRUN echo $a\n';

    it('a missing program gives no findings and one info line', async () => {
      const r = await check(text, (c) => (c.shellcheck.path = path.join(dir, 'does-not-exist')));
      assert.deepStrictEqual(r.findings, []);
      assert.strictEqual(r.skipped, 'not-found');
      assert.strictEqual(r.logs.length, 1);
      assert.match(r.logs[0], /^info: ShellCheck not found/);
    });

    it('never runs in an untrusted workspace or when disabled', async () => {
      const marker = path.join(dir, 'ran');
      const spy = fake('spy', `touch ${marker}; echo '{"comments":[]}'`);
      const untrusted = await check(text, (c) => {
        c.shellcheck.path = spy;
        c.trusted = false;
      });
      const disabled = await check(text, (c) => {
        c.shellcheck.path = spy;
        c.shellcheck.enabled = false;
      });
      assert.deepStrictEqual([untrusted.skipped, disabled.skipped], ['untrusted', 'disabled']);
      assert.deepStrictEqual([...untrusted.logs, ...disabled.logs], []);
      assert.ok(!fs.existsSync(marker), 'the program must not run');
    });

    it('a timeout gives no findings, one logged line, and returns within the bound', async () => {
      const slow = fake('slow', 'sleep 10; echo \'{"comments":[]}\'');
      const started = Date.now();
      const r = await check(text, (c) => (c.shellcheck.path = slow), { timeoutMs: 300 });
      const elapsed = Date.now() - started;
      assert.ok(elapsed < 2000, `returned after ${elapsed} ms`);
      assert.deepStrictEqual(r.findings, []);
      assert.match(r.error ?? '', /timed out after 300 ms/);
      assert.strictEqual(r.logs.length, 1);
      assert.match(r.logs[0], /^warning: ShellCheck failed on \/work\/Dockerfile: timed out/);
    });

    it('the timeout comes from the config too', async () => {
      const slow = fake('slow2', 'sleep 10');
      const r = await check(text, (c) => {
        c.shellcheck.path = slow;
        c.shellcheck.timeoutMs = 200;
      });
      assert.match(r.error ?? '', /timed out after 200 ms/);
    });

    it('garbage output gives no findings and one logged line', async () => {
      for (const script of ['echo "this is not json"; exit 1', 'echo \'{"comments": 3}\'', 'echo \'[{"line": 1}]\'']) {
        const r = await check(text, (c) => (c.shellcheck.path = fake('garbage', script)));
        assert.deepStrictEqual(r.findings, [], script);
        assert.match(r.error ?? '', /unexpected output/, script);
        assert.strictEqual(r.logs.length, 1, script);
      }
    });

    it('a failing program (bad exit code) gives no findings and one logged line', async () => {
      const r = await check(text, (c) => (c.shellcheck.path = fake('broken', 'echo "unrecognized option" >&2; exit 3')));
      assert.deepStrictEqual(r.findings, []);
      assert.match(r.error ?? '', /exit code 3: unrecognized option/);
      assert.strictEqual(r.logs.length, 1);
    });

    it('too much output is a failure', async () => {
      const r = await check(text, (c) => (c.shellcheck.path = fake('chatty', 'yes aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | head -c 300000')), { maxOutputBytes: 100000 });
      assert.deepStrictEqual(r.findings, []);
      assert.match(r.error ?? '', /output larger than/);
    });

    it('malformed entries in otherwise valid output are skipped', async () => {
      const out = JSON.stringify({ comments: [{ file: 'run-1.sh', line: 'x' }, { file: 'nope.sh', line: 2, endLine: 2, column: 6, endColumn: 8, level: 'warning', code: 2154, message: 'm' }, { file: 'run-1.sh', line: 2, endLine: 2, column: 6, endColumn: 8, level: 'warning', code: 2154, message: 'm' }] });
      const r = await check(text, (c) => (c.shellcheck.path = fake('partial', `echo '${out}'; exit 1`)));
      assert.deepStrictEqual(describe_(text, r.findings), ['SC2154 2:10 $a']);
      assert.deepStrictEqual(r.logs, []);
    });

    it('cancellation kills the process and returns at once', async () => {
      const slow = fake('slow3', 'sleep 10');
      const controller = new AbortController();
      const started = Date.now();
      const pending = check(text, (c) => (c.shellcheck.path = slow), { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      const r = await pending;
      assert.ok(Date.now() - started < 2000);
      assert.deepStrictEqual([r.findings, r.skipped, r.logs], [[], 'cancelled', []]);
      const early = await check(text, undefined, { signal: AbortSignal.abort() });
      assert.strictEqual(early.skipped, 'cancelled');
    });

    it('resolves a program name on PATH', () => {
      fake('my-shellcheck', 'exit 0');
      assert.strictEqual(resolveShellcheck('my-shellcheck', { PATH: `/nonexistent${path.delimiter}${dir}` }), path.join(dir, 'my-shellcheck'));
      assert.strictEqual(resolveShellcheck(undefined, { PATH: '/nonexistent' }), undefined);
    });
  });

  it('containment explain SC2086 resolves to the shellcheck rule', () => {
    assert.strictEqual(findRule('SC2086')?.id, 'shellcheck');
    assert.strictEqual(findRule('sc1000')?.id, 'shellcheck');
    assert.strictEqual(findRule('SC20861'), undefined);
  });
});
