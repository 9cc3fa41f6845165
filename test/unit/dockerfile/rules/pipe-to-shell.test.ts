import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const RULE = 'pipe-to-shell';
const run = (script: string) => `FROM debian:bookworm-slim\nRUN ${script}\n`;

describe('pipe-to-shell', () => {
  it('points from the download through the shell: curl | sh', () => {
    const f = expectOne(run('curl -fsSL https://example.com/install.sh | sh'), RULE, 'curl -fsSL https://example.com/install.sh | sh');
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.category, 'supply-chain');
  });

  it('sees wget -O-, sudo, bash -s and a tee in between', () => {
    expectOne(run('wget -qO- https://example.com/i.sh | bash'), RULE, 'wget -qO- https://example.com/i.sh | bash');
    expectOne(run('curl -sSL https://example.com/i.sh | sudo -E bash -'), RULE, 'curl -sSL https://example.com/i.sh | sudo -E bash -');
    expectOne(run('curl -sSf https://sh.rustup.rs | sh -s -- -y'), RULE, 'curl -sSf https://sh.rustup.rs | sh -s -- -y');
    expectOne(run('curl -sL https://x.example/i.sh | tee /tmp/i.sh | bash'), RULE, 'curl -sL https://x.example/i.sh | tee /tmp/i.sh | bash');
    expectOne(run('curl -sSL https://install.python-poetry.org | python3 -'), RULE, 'curl -sSL https://install.python-poetry.org | python3 -');
  });

  it('sees process substitution and command substitution', () => {
    expectOne(run('bash <(curl -fsSL https://example.com/i.sh)'), RULE, 'bash <(curl -fsSL https://example.com/i.sh)');
    expectOne(run('sh -c "$(curl -fsSL https://example.com/i.sh)"'), RULE, 'sh -c "$(curl -fsSL https://example.com/i.sh)"');
    expectOne(run('eval "$(wget -qO- https://example.com/env.sh)"'), RULE, 'eval "$(wget -qO- https://example.com/env.sh)"');
  });

  it('follows line continuations and && chains', () => {
    const text = 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && curl -fsSL https://deb.nodesource.com/setup_20.x \\\n    | bash - \\\n && apt-get install -y nodejs\n';
    const found = findingsOf(text, RULE);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].range.start.line, 2);
    assert.strictEqual(found[0].range.end.line, 3);
  });

  it('does not fire for verified downloads, data pipes or other shells', () => {
    expectNone(run('curl -fsSLo /tmp/i.sh https://example.com/i.sh && echo "abc  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh'), RULE);
    expectNone(run('curl -fsSL https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg'), RULE);
    expectNone(run('curl -fsSL https://example.com/a.tgz | tar -xz -C /opt'), RULE);
    expectNone(run('curl -s https://api.example.com/v | python3 -c "import json,sys; print(json.load(sys.stdin))"'), RULE);
    expectNone(run('echo hello | sh'), RULE);
    expectNone(run('sh -c "echo $(date)"'), RULE);
    expectNone('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN iwr https://x/i.ps1 | iex\n', RULE);
  });
});
