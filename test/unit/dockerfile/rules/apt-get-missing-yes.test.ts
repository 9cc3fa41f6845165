import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'apt-get-missing-yes';
describe('apt-get-missing-yes (DL3014)', () => {
  it('points at install', () => {
    const f = expectOne('FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3014']);
    assert.strictEqual(f.severity, 'warning');
    expectOne('FROM debian:12\nRUN if true; then sudo apt-get install curl; fi\n', R, 'install');
    expectOne('FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n', R, 'install');
    expectOne('FROM debian:12\nONBUILD RUN apt-get install curl\n', R, 'install');
    expectOne('FROM debian:12\nRUN apt-get -q install curl\n', R, 'install');
  });
  it('accepts -y, --yes, --assume-yes, -qq, clusters and the config option', () => {
    expectNone('FROM debian:12\nRUN apt-get install -y curl && apt-get install --yes git\n', R);
    expectNone('FROM debian:12\nRUN apt-get install --assume-yes curl && apt-get -qq install git && apt-get install -yq vim\n', R);
    expectNone('FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n', R);
    expectNone('FROM debian:12\nRUN apt-get update && apt-get remove curl\n', R);
    expectNone('FROM debian:12\nSHELL ["pwsh", "-c"]\nRUN apt-get install curl\n', R);
    expectNone('FROM debian:12\nRUN ["apt-get", "install", "curl"]\n', R);
  });
  it('fixes by adding -y after install, across continuations and CRLF', () => {
    expectFix('FROM debian:12\nRUN apt-get install curl\n', R, 'FROM debian:12\nRUN apt-get install -y curl\n');
    expectFix(
      'FROM debian:12\r\nRUN apt-get update \\\r\n && apt-get install \\\r\n      curl\r\n',
      R,
      'FROM debian:12\r\nRUN apt-get update \\\r\n && apt-get install -y \\\r\n      curl\r\n',
    );
  });
});
