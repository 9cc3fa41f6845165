import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'consecutive-run-instructions';
describe('consecutive-run-instructions (DL3059)', () => {
  it('points at the second RUN keyword, comments in between do not matter', () => {
    const f = expectOne('FROM debian:12\nRUN apt-get update\n# then\nRUN apt-get install -y curl\n', R, 'RUN');
    assert.deepStrictEqual(f.aliases, ['DL3059']);
    assert.strictEqual(f.range.start.line, 3);
    assert.strictEqual(f.severity, 'info');
    assert.strictEqual(findingsOf('FROM debian:12\nRUN a\nRUN b\nRUN c\n', R).length, 2);
  });
  it('does not fire across other instructions, different flags, or for longer scripts', () => {
    expectNone('FROM debian:12\nRUN a\nENV X=1\nRUN b\n', R);
    expectNone('FROM debian:12\nRUN a\nRUN --mount=type=cache,target=/root/.cache b\n', R);
    expectNone('FROM debian:12\nRUN a && b && c\nRUN d\n', R);
    expectNone('FROM debian:12 AS a\nRUN a\nFROM debian:12\nRUN b\n', R);
  });
  it('a multi-line PowerShell script is not a short RUN; two one-line PowerShell RUNs are', () => {
    const ps = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\n';
    const long = ps + 'RUN $ErrorActionPreference = \'Stop\'; \\\n    Invoke-WebRequest -Uri $env:URL -OutFile app.zip; \\\n    Expand-Archive app.zip -DestinationPath C:\\app; \\\n    Remove-Item app.zip -Force\nRUN Write-Host done\n';
    expectNone(long, R);
    expectOne(ps + 'RUN Write-Host one\nRUN Write-Host two\n', R, 'RUN', );
  });
});
