import * as assert from 'assert';
import { isWorldWritableMode } from '../../../../src/core/formats/dockerfile/rules/world-writable-permissions';
import { expectNone, expectOne } from '../../helpers';

const RULE = 'world-writable-permissions';
const run = (script: string) => `FROM debian:bookworm-slim\nRUN ${script}\n`;

describe('world-writable-permissions', () => {
  it('points at the mode word of chmod 777', () => {
    const f = expectOne(run('chmod 777 /app'), RULE, '777');
    assert.strictEqual(f.category, 'isolation');
  });

  it('sees -R, 0777, symbolic modes and sudo', () => {
    expectOne(run('chmod -R 777 /app'), RULE, '777');
    expectOne(run('chmod 0777 /data'), RULE, '0777');
    expectOne(run('chmod a+rwx /data'), RULE, 'a+rwx');
    expectOne(run('mkdir -p /data && chmod -R o+w /data'), RULE, 'o+w');
    expectOne(run('sudo chmod --recursive ugo=rwx /srv'), RULE, 'ugo=rwx');
    expectOne(run('chmod 666 /app/config.yml'), RULE, '666');
  });

  it('sees mkdir -m and install -m', () => {
    expectOne(run('mkdir -m 777 /cache'), RULE, '777');
    expectOne(run('install -d -m0777 /cache'), RULE, '0777');
  });

  it('points at the value of COPY/ADD --chmod', () => {
    expectOne('FROM alpine:3.20\nCOPY --chmod=777 entrypoint.sh /\n', RULE, '777');
    expectOne('FROM alpine:3.20\nADD --chmod=a+w app.tgz /opt/\n', RULE, 'a+w');
  });

  it('does not fire on a mktemp -d directory the same RUN deletes (nothing of it stays in the layer)', () => {
    expectNone(run('scratch="$(mktemp -d)"; chmod 777 "$scratch"; (cd "$scratch" && make); rm -rf "$scratch"'), RULE);
    expectNone(run('export WORK="$(mktemp -d -t build.XXXX)" && chmod -R a+rwx "${WORK}/out" && rm -rf "$WORK"'), RULE);
  });

  it('still fires when the temp directory stays, or for a path outside it', () => {
    expectOne(run('scratch="$(mktemp -d)"; chmod 777 "$scratch"'), RULE, '777');
    expectOne(run('scratch="$(mktemp -d)"; chmod 777 "$scratch" /srv; rm -rf "$scratch"'), RULE, '777');
    expectOne(run('scratch="$(mktemp)"; chmod 666 "$scratch"; rm -f "$scratch/x"'), RULE, '666');
    expectOne(run('dir=/srv/data; chmod 777 "$dir"; rm -rf "$dir"'), RULE, '777');
  });

  it('does not fire for tight modes, the sticky bit, bare +w or variables', () => {
    expectNone(run('chmod 755 /app && chmod 644 /app/config.yml && chmod +x /entrypoint.sh'), RULE);
    expectNone(run('chmod 1777 /tmp/shared'), RULE);
    expectNone(run('chmod a+rwxt /tmp/shared'), RULE);
    expectNone(run('chmod +w /app/data'), RULE);
    expectNone(run('chmod 775 /app/data'), RULE);
    expectNone(run('chmod o-w /app'), RULE);
    expectNone(run('chmod "$MODE" /app'), RULE);
    expectNone(run('chmod --reference=/etc/hosts /app'), RULE);
    expectNone('FROM alpine:3.20\nCOPY --chmod=755 entrypoint.sh /\n', RULE);
  });

  it('classifies modes', () => {
    for (const m of ['777', '0777', '2777', '0666', '002', 'a+w', 'o+w', 'ugo+rwx', 'u+x,o+w', 'o=rwx']) assert.ok(isWorldWritableMode(m), m);
    for (const m of ['755', '0755', '1777', '644', '+w', 'u+w', 'g+w', 'o-w', 'a+rx', 'a+rwxt', 'abc', '9']) assert.ok(!isWorldWritableMode(m), m);
  });
});
