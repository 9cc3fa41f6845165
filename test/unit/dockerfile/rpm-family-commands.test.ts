import * as assert from 'assert';
import { isPinnedSpec, parseRpmCommand, unpinnedPackages, installWord, hasOption } from '../../../src/core/formats/dockerfile/rpm-family-commands';
import { logicalText } from '../../../src/core/base/shell/logical-text';
import { splitCommands } from '../../../src/core/base/shell/split-commands';

function parse(script: string) {
  const [command] = splitCommands(logicalText(script, 0, script.length, '\\'));
  return parseRpmCommand(command);
}

describe('rpm-family-commands', () => {
  it('recognises the family behind wrappers and skips option values', () => {
    const cmd = parse('sudo dnf --setopt tsflags=nodocs -c /etc/dnf.conf install -qy nginx-1.24.0 vim')!;
    assert.strictEqual(cmd.family, 'dnf');
    assert.strictEqual(cmd.subcommand?.value, 'install');
    assert.deepStrictEqual(cmd.operands.map((w) => w.value), ['nginx-1.24.0', 'vim']);
    assert.ok(hasOption(cmd, 'y'));
    assert.strictEqual(parse('microdnf install tar')?.family, 'dnf');
    assert.strictEqual(parse('zypper -n in curl')?.family, 'zypper');
    assert.strictEqual(parse('apt-get install curl'), undefined);
  });
  it('finds the install word of module/group installs', () => {
    assert.strictEqual(installWord(parse('dnf module install nodejs:20')!)?.value, 'install');
    assert.strictEqual(installWord(parse('yum groupinstall "Dev Tools"')!)?.value, 'groupinstall');
    assert.strictEqual(installWord(parse('dnf remove vim')!), undefined);
  });
  it('tells zypper global -n from the install option -n (--name)', () => {
    const cmd = parse('zypper install -n curl')!;
    assert.deepStrictEqual(cmd.globalOptions, []);
    assert.deepStrictEqual(cmd.options, ['n']);
    assert.deepStrictEqual(parse('zypper -n install -r oss curl')!.operands.map((w) => w.value), ['curl']);
  });
  it('detects version pins', () => {
    assert.ok(isPinnedSpec('dnf', 'nginx-1.24.0'));
    assert.ok(isPinnedSpec('dnf', 'nginx-1:1.24.0-1.el9.x86_64'));
    assert.ok(isPinnedSpec('yum', 'pkg-1.2.*'));
    assert.ok(isPinnedSpec('yum', 'http://x/a.rpm'));
    assert.ok(isPinnedSpec('yum', 'nginx-${V}'));
    assert.ok(!isPinnedSpec('dnf', 'python3-pip'));
    assert.ok(!isPinnedSpec('dnf', 'nginx'));
    assert.ok(isPinnedSpec('zypper', 'curl=8.6'));
    assert.ok(isPinnedSpec('zypper', 'curl>=8.6'));
    assert.ok(!isPinnedSpec('zypper', 'curl-devel'));
    assert.deepStrictEqual(unpinnedPackages(parse('yum install -y tree = 1.6.0 git')!).map((w) => w.value), ['git']);
  });
});
