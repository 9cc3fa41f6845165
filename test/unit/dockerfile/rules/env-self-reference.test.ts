import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'env-self-reference';
describe('env-self-reference (DL3044)', () => {
  it('points at the reference', () => {
    const f = expectOne('FROM alpine:3.20\nENV DIR=/opt/app BIN=$DIR/bin\n', R, '$DIR');
    assert.deepStrictEqual(f.aliases, ['DL3044']);
    expectOne('FROM alpine:3.20\nENV JAVA_HOME=/opt/java \\\n    PATH=${JAVA_HOME}/bin:$PATH\n', R, '${JAVA_HOME}');
  });
  it('allows a variable on its own right side and ones defined earlier', () => {
    expectNone('FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\n', R);
    expectNone('FROM alpine:3.20\nENV DIR=/opt/app\nENV BIN=$DIR/bin\n', R);
    expectNone('FROM alpine:3.20\nARG DIR=/opt\nENV DIR=/srv BIN=$DIR/bin\n', R);
    expectNone('FROM alpine:3.20\nENV DIR=/opt/app BIN=$DIRECTORY/bin\n', R);
  });
});
