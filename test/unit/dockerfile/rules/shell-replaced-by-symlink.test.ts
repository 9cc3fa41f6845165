import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'shell-replaced-by-symlink';
describe('shell-replaced-by-symlink (DL4005)', () => {
  it('points at /bin/sh in ln', () => {
    const f = expectOne('FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n', R, '/bin/sh');
    assert.deepStrictEqual(f.aliases, ['DL4005']);
  });
  it('does not fire for other links', () => {
    expectNone('FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python\nSHELL ["/bin/bash", "-c"]\n', R);
  });
});
