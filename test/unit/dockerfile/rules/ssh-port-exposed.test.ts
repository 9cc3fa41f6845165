import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const RULE = 'ssh-port-exposed';

describe('ssh-port-exposed', () => {
  it('points at port 22 and suggests exec instead of sshd', () => {
    const f = expectOne('FROM debian:bookworm-slim\nEXPOSE 80 22\n', RULE, '22');
    assert.deepStrictEqual(f.aliases, ['ssh-port']);
    assert.match(f.message, /kubectl exec/);
  });

  it('accepts 22/tcp', () => {
    expectOne('FROM debian:bookworm-slim\nEXPOSE 22/tcp 8080/tcp\n', RULE, '22/tcp');
    expectOne('FROM debian:bookworm-slim\nEXPOSE 22/TCP\n', RULE, '22/TCP');
  });

  it('does not fire for other ports, udp, or variables', () => {
    expectNone('FROM debian:bookworm-slim\nEXPOSE 2222 220 8022\n', RULE);
    expectNone('FROM debian:bookworm-slim\nEXPOSE 22/udp\n', RULE);
    expectNone('FROM debian:bookworm-slim\nARG PORT=22\nEXPOSE ${PORT}\n', RULE);
  });

  it('honours the kube-linter alias in ignore pragmas', () => {
    expectNone('FROM debian:bookworm-slim\n# containment ignore=ssh-port\nEXPOSE 22\n', RULE);
  });
});
