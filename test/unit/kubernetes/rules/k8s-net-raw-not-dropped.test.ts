import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-net-raw-not-dropped (drop-net-raw-capability)', () => {
  it('fires at the container with the hardening fix', () => {
    const f = expectOne(deployment(), 'k8s-net-raw-not-dropped', 'web', opts());
    assert.deepStrictEqual(f.aliases, ['drop-net-raw-capability']);
    assert.ok(f.fix);
  });
  it('does not fire when ALL or NET_RAW is dropped', () => {
    expectNone(deployment({ container: 'securityContext:\n  capabilities: {drop: [ALL]}' }), 'k8s-net-raw-not-dropped', opts());
    expectNone(deployment({ container: 'securityContext:\n  capabilities:\n    drop:\n      - NET_RAW' }), 'k8s-net-raw-not-dropped', opts());
  });
});
