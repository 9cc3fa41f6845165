import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'healthcheck-shell-form';
describe('healthcheck-shell-form (DL3025)', () => {
  it('points at a plain-word command in shell form, flags kept out', () => {
    const f = expectOne('FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD /srv/probe --quick\n', R, '/srv/probe --quick');
    assert.deepStrictEqual(f.aliases, ['DL3025']);
    assert.strictEqual(f.severity, 'info');
  });
  it('checks a fragment with no FROM', () => {
    expectOne('HEALTHCHECK CMD probe-status\n', R, 'probe-status');
  });
  it('does not fire for exec form, NONE, or commands written for the shell', () => {
    expectNone('FROM alpine:3.20\nHEALTHCHECK CMD ["/srv/probe", "--quick"]\n', R);
    expectNone('FROM alpine:3.20\nHEALTHCHECK NONE\n', R);
    expectNone('FROM alpine:3.20\nHEALTHCHECK CMD wget -q -O /dev/null http://127.0.0.1:9000/ || exit 1\n', R);
    expectNone('FROM alpine:3.20\nHEALTHCHECK CMD probe "$PORT"\n', R);
    expectNone('FROM alpine:3.20\nHEALTHCHECK CMD test -f /tmp/ready\n', R);
  });
  it('converts to exec form, keeping the flags', () => {
    expectFix('FROM alpine:3.20\nHEALTHCHECK --retries=2 CMD /srv/probe --quick\n', R, 'FROM alpine:3.20\nHEALTHCHECK --retries=2 CMD ["/srv/probe", "--quick"]\n');
  });
});
