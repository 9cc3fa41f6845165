import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-writable-root-fs (no-read-only-root-fs)', () => {
  it('fires at the container, info', () => {
    const f = expectOne(deployment(), 'k8s-writable-root-fs', 'web', opts());
    assert.strictEqual(f.severity, 'info');
    assert.deepStrictEqual(f.aliases, ['no-read-only-root-fs']);
  });
  it('points at an explicit false', () => {
    expectOne(deployment({ container: 'securityContext:\n  readOnlyRootFilesystem: false' }), 'k8s-writable-root-fs', 'readOnlyRootFilesystem: false', opts());
  });
  it('does not fire when read-only', () => {
    expectNone(deployment({ container: 'securityContext:\n  readOnlyRootFilesystem: true' }), 'k8s-writable-root-fs', opts());
  });
});
