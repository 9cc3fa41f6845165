import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'run-uses-sudo';
describe('run-uses-sudo (DL3004)', () => {
  it('points at sudo', () => {
    const f = expectOne('FROM debian:12\nUSER app\nRUN sudo apt-get install -y curl\n', R, 'sudo');
    assert.deepStrictEqual(f.aliases, ['DL3004']);
    assert.strictEqual(f.severity, 'error');
    expectOne('FROM debian:12\nRUN make && env FOO=1 sudo -u app make install\n', R, 'sudo');
    expectOne('FROM debian:12\nRUN /usr/bin/sudo -E chown app /srv\n', R, '/usr/bin/sudo');
  });
  it('does not fire for installing or configuring sudo, or the word in arguments', () => {
    expectNone('FROM debian:12\nRUN apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\n', R);
    expectNone('FROM debian:12\nRUN usermod -aG sudo app && echo sudo\n', R);
    expectNone('FROM debian:12\nSHELL ["cmd", "/S", "/C"]\nRUN sudo x\n', R);
  });
});
