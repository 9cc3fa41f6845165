import * as assert from 'assert';
import { logicalText } from '../../../src/core/base/shell/logical-text';
import { effectiveArgv, programOf, splitCommands } from '../../../src/core/base/shell/split-commands';
import { parseDockerfile } from '../../../src/core/formats/dockerfile/model';

function split(script: string, escape = '\\') {
  return splitCommands(logicalText(script, 0, script.length, escape));
}

describe('shell: logicalText', () => {
  it('drops continuations and comment lines inside them, keeping offsets', () => {
    const doc = 'apt-get install \\\n  # a comment\n  curl';
    const lt = logicalText(doc, 0, doc.length, '\\');
    assert.strictEqual(lt.text, 'apt-get install   curl');
    assert.strictEqual(doc.slice(lt.offsets[lt.text.indexOf('curl')], lt.offsets[lt.text.indexOf('curl')] + 4), 'curl');
  });
  it('supports the backtick escape and CRLF', () => {
    const doc = 'a `\r\n b';
    const lt = logicalText(doc, 0, doc.length, '`');
    assert.strictEqual(lt.text, 'a  b');
  });
});

describe('shell: splitCommands', () => {
  it('splits on control operators and records pipes', () => {
    const cmds = split('apt-get update && apt-get install -y curl || true; curl -fsSL https://x | sh');
    assert.deepStrictEqual(cmds.map((c) => c.argv.map((w) => w.value).join(' ')), ['apt-get update', 'apt-get install -y curl', 'true', 'curl -fsSL https://x', 'sh']);
    assert.strictEqual(cmds[3].after, '|');
    assert.strictEqual(cmds[4].before, '|');
  });
  it('removes quotes, keeps substitutions, and maps words to document offsets', () => {
    const script = `echo "a b" 'c' $(date +%s) \${HOME}x`;
    const [cmd] = split(script);
    assert.deepStrictEqual(cmd.argv.map((w) => w.value), ['echo', 'a b', 'c', '$(date +%s)', '${HOME}x']);
    const w = cmd.argv[1];
    assert.strictEqual(script.slice(w.start, w.end), '"a b"');
  });
  it('separates assignments, redirections and compound keywords', () => {
    const cmds = split('if true; then DEBIAN_FRONTEND=noninteractive apt-get install -y x > /dev/null 2>&1; fi');
    const apt = cmds.find((c) => programOf(c) === 'apt-get')!;
    assert.deepStrictEqual(apt.assignments.map((w) => w.value), ['DEBIAN_FRONTEND=noninteractive']);
    assert.deepStrictEqual(apt.argv.map((w) => w.value), ['apt-get', 'install', '-y', 'x']);
    assert.strictEqual(apt.redirects.length, 2);
    assert.ok(!cmds.some((c) => c.argv[0]?.value === 'fi'));
  });
  it('peels wrappers: sudo, env', () => {
    const [cmd] = split('sudo -E env A=1 apt-get install x');
    assert.deepStrictEqual(effectiveArgv(cmd).map((w) => w.value), ['apt-get', 'install', 'x']);
  });
  it('skips the values of wrapper options and treats command -v as a lookup', () => {
    const argvOf = (s: string) => effectiveArgv(split(s)[0]).map((w) => w.value);
    assert.deepStrictEqual(argvOf('sudo -u app -H npm install x'), ['npm', 'install', 'x']);
    assert.deepStrictEqual(argvOf('sudo --user app pip install x'), ['pip', 'install', 'x']);
    assert.deepStrictEqual(argvOf('nice -n 10 make'), ['make']);
    assert.deepStrictEqual(argvOf('sudo -- apt-get update'), ['apt-get', 'update']);
    assert.deepStrictEqual(argvOf('command -v ps'), []);
    assert.strictEqual(programOf(split('command -V kill')[0]), undefined);
  });
  it('never stalls or throws on unterminated quotes and odd characters', () => {
    for (const s of ['echo "unterminated', "echo 'x", 'a $(b', 'x `y', ')))', '&&&', '<<<', '\\']) assert.doesNotThrow(() => split(s));
  });
});

describe('shell: splitCommands on case statements', () => {
  const argvs = (script: string) => split(script).map((c) => c.argv.map((w) => w.value).join(' '));
  it('reads pattern alternatives as patterns, not pipes, and keeps the items\' commands', () => {
    const cmds = split('case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64 | arm64) arch=arm64; echo ok ;; *) exit 1 ;; esac && echo "$arch"');
    assert.deepStrictEqual(cmds.map((c) => c.words.map((w) => w.value).join(' ')), ['arch=x64', 'arch=arm64', 'echo ok', 'exit 1', 'echo $arch']);
    assert.ok(cmds.every((c) => c.before !== '|' && c.after !== '|'));
    assert.strictEqual(cmds[4].before, '&&');
  });
  it('follows multi-line items, a leading parenthesis, a last item without ;; and nested cases', () => {
    const script = 'case "$a" in\n  (one|two)\n    case "$b" in b1|b2) make b ;; esac\n    ;;\n  three) make three\nesac\nmake all | tee log';
    assert.deepStrictEqual(argvs(script), ['make b', 'make three', 'make all', 'tee log']);
    const cmds = split(script);
    assert.strictEqual(cmds[2].after, '|');
    assert.strictEqual(script[cmds[2].afterAt!], '|');
  });
  it('accepts ;& and ;;& terminators and case inside if/then', () => {
    assert.deepStrictEqual(argvs('if true; then case $x in a|b) one ;& c) two ;;& *) three ;; esac; fi'), ['true', 'one', 'two', 'three']);
  });
  it('treats case and esac as ordinary words outside command position', () => {
    assert.deepStrictEqual(argvs('echo case x in a | grep esac'), ['echo case x in a', 'grep esac']);
  });
  it('records where the operator after each command is written', () => {
    const script = 'a  |  b && c';
    const cmds = split(script);
    assert.strictEqual(script.slice(cmds[0].afterAt!, cmds[0].afterAt! + 1), '|');
    assert.strictEqual(script.slice(cmds[1].afterAt!, cmds[1].afterAt! + 2), '&&');
    assert.strictEqual(cmds[2].afterAt, undefined);
  });
  it('never throws on unfinished cases', () => {
    for (const s of ['case', 'case x', 'case x in', 'case x in a|', 'case x in a) b', 'esac', ';; esac', 'case x y z']) assert.doesNotThrow(() => split(s));
  });
});

describe('dockerfile model: RUN scripts', () => {
  it('includes heredoc bodies and skips RUN flags', () => {
    const m = parseDockerfile('FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt <<EOF\napt-get update\napt-get install -y curl\nEOF\n');
    const info = m.instructions.find((i) => i.keyword === 'RUN')!;
    const script = m.runScript(info);
    assert.deepStrictEqual(script.commands.map((c) => c.argv.map((w) => w.value).join(' ')), ['apt-get update', 'apt-get install -y curl']);
    const curl = script.commands[1].argv[3];
    assert.deepStrictEqual(m.index.positionAt(curl.start), { line: 3, character: 19 });
  });
  it('marks exec form and non-POSIX shells', () => {
    const m = parseDockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Invoke-WebRequest x\nRUN ["cmd", "/c", "dir"]\n');
    const runs = m.instructions.filter((i) => i.keyword === 'RUN').map((i) => m.runScript(i));
    assert.strictEqual(runs[0].posix, false);
    assert.strictEqual(runs[1].form, 'exec');
    assert.strictEqual(m.finalStage!.isWindows, true);
  });
  it('tracks stages, parents, users and global ARG expansion', () => {
    const m = parseDockerfile('ARG GO=1.22\nFROM golang:${GO} AS build\nUSER root\nFROM build AS test\nFROM gcr.io/distroless/static:nonroot\nUSER 65532\n');
    assert.strictEqual(m.stages.length, 3);
    assert.strictEqual(m.stages[0].image.tag, '1.22');
    assert.strictEqual(m.stages[1].parent, m.stages[0]);
    assert.strictEqual(m.stages[1].user?.name, 'root');
    assert.strictEqual(m.finalStage!.image.effectiveRegistry, 'gcr.io');
    assert.strictEqual(m.finalStage!.user?.name, '65532');
    assert.ok(m.finalStage!.isFinal && !m.stages[0].isFinal);
  });
});
