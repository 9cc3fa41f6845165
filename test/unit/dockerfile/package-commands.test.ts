import * as assert from 'assert';
import { isTarArchiveName, tarExtractArgs } from '../../../src/core/formats/dockerfile/add-sources';
import { fileOperands } from '../../../src/core/formats/dockerfile/file-operands';
import { hasCacheMount, removesDir } from '../../../src/core/formats/dockerfile/layer-cleanup';
import { aptAssumesYes, aptSkipsRecommends, aptUnpinnedPackages, apkUnpinnedPackages, gemUnpinnedPackages, isApkPinned, isAptPinned, isNpmPinned, isPipPinned, npmUnpinnedPackages, parseApk, parseApt, parseGem, parseNpm, parsePip, pipUnpinnedPackages } from '../../../src/core/formats/dockerfile/package-commands';
import { parseDockerfile } from '../../../src/core/formats/dockerfile/model';
import { logicalText } from '../../../src/core/base/shell/logical-text';
import { splitCommands } from '../../../src/core/base/shell/split-commands';

const cmd = (s: string) => splitCommands(logicalText(s, 0, s.length, '\\'))[0];
const values = (words: Array<{ value: string }>) => words.map((w) => w.value);

describe('package-commands', () => {
  it('parses apt-get options, clusters and option values', () => {
    const c = parseApt(cmd('sudo apt-get -o Dpkg::Options::=--force-confold install -yq -t bookworm-backports curl git=1:2.39'))!;
    assert.strictEqual(c.subcommand?.value, 'install');
    assert.deepStrictEqual(c.options.map((o) => o.name), ['o', 'y', 'q', 't']);
    assert.deepStrictEqual(values(c.operands), ['curl', 'git=1:2.39']);
    assert.ok(aptAssumesYes(c));
    assert.deepStrictEqual(values(aptUnpinnedPackages(c)), ['curl']);
    assert.strictEqual(parseApt(cmd('apt install x'))?.tool, 'apt');
    assert.strictEqual(parseApt(cmd('apt-cache show x')), undefined);
  });
  it('knows the ways apt-get is told to say yes and to skip recommends', () => {
    for (const s of ['apt-get install --yes x', 'apt-get install --assume-yes x', 'apt-get -qq install x', 'apt-get -q -q install x', 'apt-get -q=2 install x', 'apt-get -o APT::Get::Assume-Yes=true install x']) {
      assert.ok(aptAssumesYes(parseApt(cmd(s))!), s);
    }
    assert.ok(!aptAssumesYes(parseApt(cmd('apt-get -q install x'))!));
    assert.ok(aptSkipsRecommends(parseApt(cmd('apt-get install --no-install-recommends x'))!));
    assert.ok(aptSkipsRecommends(parseApt(cmd('apt-get -o APT::Install-Recommends=false install x'))!));
    assert.ok(!aptSkipsRecommends(parseApt(cmd('apt-get install x'))!));
  });
  it('decides what counts as a pin per ecosystem', () => {
    for (const s of ['curl=8.5', './x.deb', '/tmp/x.deb', 'curl=${V}', 'old-']) assert.ok(isAptPinned(s), s);
    for (const s of ['curl', 'curl/bookworm-backports', 'libc6:amd64']) assert.ok(!isAptPinned(s), s);
    for (const s of ['curl=8.5.0-r0', 'curl~8.5', 'curl>8', './a.apk', 'curl=$V']) assert.ok(isApkPinned(s), s);
    for (const s of ['curl', 'curl@edge']) assert.ok(!isApkPinned(s), s);
    for (const s of ['requests==2.31', 'requests>=2', 'requests~=2.31', 'pkg @ https://x/p.whl', 'git+https://github.com/a/b@v1', '.', './pkg', 'dist/a-1.whl', 'a.tar.gz', 'req[socks]==2']) assert.ok(isPipPinned(s), s);
    for (const s of ['requests', 'requests[socks]', 'pip']) assert.ok(!isPipPinned(s), s);
    for (const s of ['typescript@5.4.5', '@types/node@20', 'left-pad@^1.3.0', 'user/repo', 'github:user/repo', 'git+https://x/y.git#v1', './local', 'https://x/y.tgz', 'pkg.tgz']) assert.ok(isNpmPinned(s), s);
    for (const s of ['typescript', '@types/node', 'typescript@latest', 'x@']) assert.ok(!isNpmPinned(s), s);
  });
  it('finds unpinned operands and skips option values', () => {
    assert.deepStrictEqual(values(apkUnpinnedPackages(parseApk(cmd('apk add --no-cache -t .build-deps --repository http://x gcc musl-dev=1.2')) !)), ['gcc']);
    assert.deepStrictEqual(values(pipUnpinnedPackages(parsePip(cmd('python3 -m pip install -r requirements.txt -e . -i https://x flask')) !)), ['flask']);
    assert.deepStrictEqual(values(pipUnpinnedPackages(parsePip(cmd('pip3 --disable-pip-version-check install --upgrade pip')) !)), ['pip']);
    assert.deepStrictEqual(values(npmUnpinnedPackages(parseNpm(cmd('npm --prefix /x i -g --registry https://r yarn pnpm@9.1.0')) !)), ['yarn']);
    assert.deepStrictEqual(values(npmUnpinnedPackages(parseNpm(cmd('npm install')) !)), []);
    assert.deepStrictEqual(values(gemUnpinnedPackages(parseGem(cmd('gem install -N --source https://x rails bundler:2.5.6')) !)), ['rails']);
    assert.deepStrictEqual(values(gemUnpinnedPackages(parseGem(cmd('gem install rails -v 7.1.3')) !)), []);
  });
  it('recognises tar extraction, rm of a directory and archive names', () => {
    assert.ok(tarExtractArgs(cmd('tar -xzf /tmp/a.tgz -C /opt')));
    assert.ok(tarExtractArgs(cmd('tar xf a.tar')));
    assert.ok(tarExtractArgs(cmd('tar --extract --file=a.tar')));
    assert.strictEqual(tarExtractArgs(cmd('tar -czf a.tgz dir')), undefined);
    assert.ok(removesDir(cmd('rm -rf /var/lib/apt/lists/*'), '/var/lib/apt/lists'));
    assert.ok(!removesDir(cmd('rm -rf /var/lib/apt/lists/partial'), '/var/lib/apt/lists'));
    for (const n of ['a.tar', 'a.tar.gz', 'a.tgz', 'a.tar.xz', 'a.tar.zst', 'a.gz']) assert.ok(isTarArchiveName(n), n);
    for (const n of ['a.zip', 'a.txt', 'targz', 'a.jar']) assert.ok(!isTarArchiveName(n), n);
  });
  it('detects cache and tmpfs mounts over a directory', () => {
    const m = parseDockerfile('FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=tmpfs,dst=/tmp apt-get update\nRUN --mount=type=bind,target=/var/lib/apt/lists true\n');
    const [a, b] = m.instructions.filter((i) => i.keyword === 'RUN');
    assert.ok(hasCacheMount(a.instruction, '/var/lib/apt/lists'));
    assert.ok(hasCacheMount(a.instruction, '/tmp'));
    assert.ok(!hasCacheMount(a.instruction, '/var/cache/apk'));
    assert.ok(!hasCacheMount(b.instruction, '/var/lib/apt/lists'));
  });
  it('reads COPY/ADD operands in shell, quoted, JSON and heredoc form', () => {
    const text = 'FROM a\nCOPY --chown=1 x "y z" /d/\nCOPY ["a", "b c", "/e"]\nCOPY <<EOF /x\nhello world\nEOF\n';
    const m = parseDockerfile(text);
    const [c1, c2, c3] = m.instructions.filter((i) => i.keyword === 'COPY').map((i) => fileOperands(m, i.instruction));
    assert.deepStrictEqual(values(c1), ['x', 'y z', '/d/']);
    assert.strictEqual(text.slice(c1[1].start, c1[1].end), 'y z');
    assert.deepStrictEqual(values(c2), ['a', 'b c', '/e']);
    assert.strictEqual(text.slice(c2[2].start, c2[2].end), '/e');
    assert.deepStrictEqual(values(c3), ['<<EOF', '/x']);
    assert.ok(c3[0].heredoc);
  });
});
