import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'run-cd-instead-of-workdir';
describe('run-cd-instead-of-workdir (DL3003)', () => {
  it('points at the first cd of a RUN', () => {
    const f = expectOne('FROM debian:12\nRUN cd /app && make && cd / && rm -rf /app/build\n', R, 'cd');
    assert.deepStrictEqual(f.aliases, ['DL3003']);
    assert.strictEqual(f.range.start.character, 4);
    assert.match(f.message, /WORKDIR \/app/);
    expectOne('FROM debian:12\nRUN git clone https://x/r.git \\\n && cd r \\\n && make\n', R, 'cd');
  });
  it('leaves subshells, computed directories and other words alone', () => {
    expectNone('FROM debian:12\nRUN (cd /src && make) && make install\n', R);
    expectNone('FROM debian:12\nRUN cd "$(mktemp -d)" && curl -fsSLO https://x/a.tgz\n', R);
    expectNone('FROM debian:12\nWORKDIR /app\nRUN make && echo cd && cdrecord --version\n', R);
    expectNone('FROM debian:12\nRUN ["sh", "-c", "cd /app && make"]\n', R);
  });
});
