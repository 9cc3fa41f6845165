import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'run-cd-instead-of-workdir';
describe('run-cd-instead-of-workdir (DL3003)', () => {
  it('points at the first cd of a RUN', () => {
    const f = expectOne('FROM debian:12\nRUN cd /app && make && cd / && rm -rf /app/build\n', R, 'cd');
    assert.deepStrictEqual(f.aliases, ['DL3003']);
    assert.strictEqual(f.range.start.character, 4);
    assert.match(f.message, /WORKDIR \/app/);
    expectOne('FROM debian:12\nRUN apt-get update \\\n && cd /opt/tool \\\n && make\n', R, 'cd');
  });
  it('leaves subshells, computed directories and other words alone', () => {
    expectNone('FROM debian:12\nRUN (cd /src && make) && make install\n', R);
    expectNone('FROM debian:12\nRUN cd "$(mktemp -d)" && curl -fsSLO https://x/a.tgz\n', R);
    expectNone('FROM debian:12\nWORKDIR /app\nRUN make && echo cd && cdrecord --version\n', R);
    expectNone('FROM debian:12\nRUN ["sh", "-c", "cd /app && make"]\n', R);
  });
  it('reports only literal absolute targets: not variables, relative paths or directories the RUN makes and removes', () => {
    expectNone('FROM debian:12\nRUN tmp="$(mktemp -d)" && cd "$tmp" && make && rm -rf "$tmp"\n', R);
    expectNone('FROM debian:12\nARG REV=1\nRUN cd ${REV} && make\n', R);
    expectNone('FROM debian:12\nRUN git clone https://example.org/r.git && cd r && make\n', R);
    expectNone('FROM debian:12\nRUN mkdir -p /usr/src/tool && cd /usr/src/tool && make install && cd / && rm -rf /usr/src/tool\n', R);
    expectNone('FROM debian:12\nRUN mkdir /tmp/b && cd /tmp/b/sub && make && rm -rf /tmp/b\n', R);
    expectNone('FROM debian:12\nRUN cd - && make\n', R);
  });
});
