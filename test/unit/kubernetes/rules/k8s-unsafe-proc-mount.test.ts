import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-unsafe-proc-mount (unsafe-proc-mount)', () => {
  it('points at procMount: Unmasked', () => {
    const f = expectOne(deployment({ container: 'securityContext:\n  procMount: Unmasked' }), 'k8s-unsafe-proc-mount', 'procMount: Unmasked', opts());
    assert.deepStrictEqual(f.aliases, ['unsafe-proc-mount']);
  });
  it('does not fire for Default', () => {
    expectNone(deployment({ container: 'securityContext:\n  procMount: Default' }), 'k8s-unsafe-proc-mount', opts());
  });
});
