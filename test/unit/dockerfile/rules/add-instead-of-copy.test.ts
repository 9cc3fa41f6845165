import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'add-instead-of-copy';
describe('add-instead-of-copy (DL3020)', () => {
  it('points at the local source', () => {
    const f = expectOne('FROM debian:12\nADD requirements.txt /app/\n', R, 'requirements.txt');
    assert.deepStrictEqual(f.aliases, ['DL3020']);
    assert.strictEqual(f.severity, 'error');
    const g = expectOne('FROM debian:12\nADD app.tar.gz config/ /opt/\n', R, 'config/');
    assert.strictEqual(g.fix, undefined);
    expectOne('FROM debian:12\nADD ["my file.txt", "/app/"]\n', R, 'my file.txt');
  });
  it('accepts URLs, git sources, archives, variables and heredocs', () => {
    expectNone('FROM debian:12\nADD https://example.com/a.txt /a.txt\nADD git@github.com:org/repo.git /src\n', R);
    expectNone('FROM debian:12\nADD rootfs.tar.xz / \nADD vendor.tgz /opt/\nADD $SRC /dst\n', R);
    expectNone('FROM debian:12\nADD <<EOF /etc/motd\nhello\nEOF\n', R);
    expectNone('FROM debian:12\nCOPY a.txt /a.txt\n', R);
  });
  it('fixes by turning ADD into COPY, keeping the case', () => {
    expectFix('FROM debian:12\nADD --chown=app:app src/ /app/src/\n', R, 'FROM debian:12\nCOPY --chown=app:app src/ /app/src/\n');
    expectFix('FROM debian:12\r\nadd \\\r\n  a.txt /a.txt\r\n', R, 'FROM debian:12\r\ncopy \\\r\n  a.txt /a.txt\r\n');
  });
});
