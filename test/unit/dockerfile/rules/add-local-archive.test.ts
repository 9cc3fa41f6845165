import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'add-local-archive';
describe('add-local-archive (DL3010)', () => {
  it('points at the archive that a later RUN extracts with tar', () => {
    const f = expectOne('FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n', R, 'app.tar.gz');
    assert.deepStrictEqual(f.aliases, ['DL3010']);
    assert.strictEqual(f.severity, 'info');
    expectOne('FROM debian:12\nCOPY dist/site.tgz /srv/\nWORKDIR /srv\nRUN tar xf site.tgz\n', R, 'dist/site.tgz');
    expectOne('FROM debian:12\nCOPY ["data.tar", "/d/"]\nRUN tar --extract --file=/d/data.tar\n', R, 'data.tar');
  });
  it('does not fire when nothing extracts it, for other stages, zip files or --from copies', () => {
    expectNone('FROM debian:12\nCOPY app.tar.gz /srv/downloads/\n', R);
    expectNone('FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip\n', R);
    expectNone('FROM debian:12 AS a\nCOPY app.tar.gz /tmp/\nFROM debian:12\nRUN tar -xzf /tmp/app.tar.gz\n', R);
    expectNone('FROM debian:12\nCOPY --from=build /out/app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n', R);
    expectNone('FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -czf /backup.tar.gz /tmp/app.tar.gz\n', R);
  });
  it('follows an archive copied under another name, and Windows paths', () => {
    expectOne('FROM debian:12\nCOPY build/out/release-1.4.tar /app.tar\nRUN tar -xf /app.tar -C /opt\n', R, 'build/out/release-1.4.tar');
    expectOne('FROM debian:12\nCOPY dist\\pkg\\tool.tar.gz "C:\\Tools\\x"\nRUN tar -xzf "C:\\Tools\\x\\tool.tar.gz"\n', R, 'dist\\pkg\\tool.tar.gz');
    expectNone('FROM debian:12\nCOPY build/out/release-1.4.tar /app.tar\nRUN tar -xf /other.tar\n', R);
  });
});
