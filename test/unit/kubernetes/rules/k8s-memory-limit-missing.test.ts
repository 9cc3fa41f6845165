import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-memory-limit-missing (unset-memory-requirements)', () => {
  it('fires when only requests are set', () => {
    const f = expectOne(deployment({ container: 'resources:\n  requests: {cpu: 100m, memory: 128Mi}' }), 'k8s-memory-limit-missing', 'web', opts());
    assert.deepStrictEqual(f.aliases, ['unset-memory-requirements']);
    assert.match(f.message, /memory limit \(pod QoS class: Burstable\)/);
  });
  it('does not fire with a memory limit', () => {
    expectNone(deployment({ container: 'resources:\n  limits:\n    memory: 256Mi' }), 'k8s-memory-limit-missing', opts());
  });
});
