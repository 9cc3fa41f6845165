import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'pipe-without-pipefail';
describe('pipe-without-pipefail (DL4006)', () => {
  it('points at the pipe character', () => {
    const f = expectOne('FROM debian:12\nRUN curl -fsSL https://a/x.tgz | tar -xz\n', R, '|');
    assert.deepStrictEqual(f.aliases, ['DL4006']);
    assert.strictEqual(f.range.start.character, 31);
    assert.strictEqual(f.fix, undefined, 'no fix under /bin/sh (dash may lack pipefail)');
    expectOne('FROM debian:12\nRUN curl -fsSL https://a/x.tgz 2>/dev/null \\\n    | tar -xz\n', R, '|');
  });
  it('accepts SHELL with -o pipefail and set -o pipefail earlier in the RUN', () => {
    expectNone('FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://a/x | tar -xz\n', R);
    expectNone('FROM debian:12\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN a | b\n', R);
    expectNone('FROM debian:12\nRUN set -euxo pipefail; a | b\n', R);
    expectNone('FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN a | b\n', R);
    expectNone('FROM debian:12\nRUN a || b && echo "x | y"\n', R);
  });
  it('stays silent under PowerShell and for exec form', () => {
    expectNone('FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-Command"]\nRUN Get-Item x | Select-Object Name\n', R);
    expectNone('FROM debian:12\nRUN ["sh", "-c", "a | b"]\n', R);
  });
  it('resets per stage', () => {
    expectOne('FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN a | b\n', R, '|');
  });
  it('fixes with set -o pipefail when the stage already runs bash', () => {
    expectFix('FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN a | b\n', R, 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN set -o pipefail && a | b\n');
    expectFix(
      'FROM debian:12\r\nSHELL ["/bin/bash", "-c"]\r\nRUN --mount=type=cache,target=/x \\\r\n    a | b\r\n',
      R,
      'FROM debian:12\r\nSHELL ["/bin/bash", "-c"]\r\nRUN --mount=type=cache,target=/x \\\r\n    set -o pipefail && a | b\r\n',
    );
  });
  it('does not take case pattern alternatives for pipes, and points at the real pipe after a case', () => {
    const text = 'FROM debian:12\nRUN case "$(dpkg --print-architecture)" in amd64|x86_64) a=x64 ;; arm64 | aarch64) a=arm64 ;; esac\n';
    expectNone(text, 'pipe-without-pipefail');
    const piped = 'FROM debian:12\nRUN case "$x" in a|b) echo a ;; esac && curl -fsSL https://example.org/x | tar -x\n';
    const f = expectOne(piped, 'pipe-without-pipefail', '|');
    assert.strictEqual(f.range.start.character, piped.split('\n')[1].indexOf('| tar'));
  });
  it('skips pipes fed by echo or printf (they only print) and reports the next real one', () => {
    expectNone('FROM debian:12\nRUN echo "$SHA  redis.tar.gz" | sha256sum -c -\n', R);
    expectNone("FROM alpine:3.20\nRUN printf '%s\\n' a b | sort\n", R);
    const text = 'FROM debian:12\nRUN echo "$KEY" | base64 -d | gpg --import\n';
    const f = expectOne(text, R, '|');
    assert.strictEqual(f.range.start.character, text.split('\n')[1].indexOf('| gpg'));
    assert.match(f.message, /'base64'/);
  });
});
