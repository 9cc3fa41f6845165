import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'run-irrelevant-command';
describe('run-irrelevant-command (DL3001)', () => {
  it('points at the command', () => {
    const f = expectOne('FROM debian:12\nRUN apt-get install -y nginx && service nginx start\n', R, 'service');
    assert.deepStrictEqual(f.aliases, ['DL3001']);
    assert.strictEqual(f.severity, 'info');
    expectOne('FROM debian:12\nRUN ps aux | grep java\n', R, 'ps');
    expectOne('FROM debian:12\nRUN sudo mount -t tmpfs none /mnt\n', R, 'mount');
    expectOne('FROM debian:12\nRUN vim -c wq /etc/hosts\n', R, 'vim');
    expectOne('FROM debian:12\nRUN ssh deploy@example.com uptime\n', R, 'ssh');
  });
  it('does not fire for installing those tools, lookups, look-alikes or ssh with an ssh mount', () => {
    expectNone('FROM debian:12\nRUN apt-get install -y vim procps openssh-client net-tools\n', R);
    expectNone('FROM debian:12\nRUN command -v ps && ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts && pkill -f x || true\n', R);
    expectNone('FROM debian:12\nRUN --mount=type=ssh ssh -T git@github.com || true\n', R);
    expectNone('FROM debian:12\nRUN echo kill top free\n', R);
  });
});
