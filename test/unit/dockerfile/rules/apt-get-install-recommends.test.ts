import * as assert from 'assert';
import { expectFix, expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'apt-get-install-recommends';
describe('apt-get-install-recommends (DL3015)', () => {
  it('points at install', () => {
    const f = expectOne('FROM debian:12\nRUN apt-get update && apt-get install -y curl\n', R, 'install');
    assert.deepStrictEqual(f.aliases, ['DL3015']);
    assert.strictEqual(f.severity, 'info');
    assert.strictEqual(f.category, 'efficiency');
    expectOne('FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive sudo apt-get -y install curl\n', R, 'install');
    assert.strictEqual(findingsOf('FROM debian:12\nRUN apt-get install -y a && apt-get install -y b\n', R).length, 2);
  });
  it('accepts --no-install-recommends, the -o option and an apt.conf written earlier', () => {
    expectNone('FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n', R);
    expectNone('FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n', R);
    expectNone('FROM debian:12\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/99norec\nRUN apt-get install -y curl\n', R);
    expectNone('FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n', R);
  });
  it('fixes by adding --no-install-recommends after install', () => {
    expectFix('FROM debian:12\nRUN apt-get install -y curl\n', R, 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n');
    expectFix(
      'FROM debian:12\nRUN apt-get update \\\n    && apt-get install \\\n        -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
      R,
      'FROM debian:12\nRUN apt-get update \\\n    && apt-get install --no-install-recommends \\\n        -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
    );
    expectFix('FROM debian:12\r\nRUN apt-get install -y curl\r\n', R, 'FROM debian:12\r\nRUN apt-get install --no-install-recommends -y curl\r\n');
  });
});

describe('apt-get install simulations (-s, --simulate, --dry-run …)', () => {
  it('install nothing, so no apt install finding is reported for them', () => {
    const text = 'FROM debian:12\nRUN apt-get install -s curl \\\n && apt-get install --dry-run wget && apt-get install -sy git\n';
    for (const rule of ['apt-get-install-recommends', 'apt-get-missing-yes', 'apt-get-unpinned', 'apt-lists-not-cleaned']) {
      expectNone(text, rule, { config: (c) => c.rules.set('dl3008', 'warning') });
    }
  });
});
