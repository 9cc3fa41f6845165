import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-memory-request-missing', () => {
  it('fires with the Burstable QoS class when only CPU is requested', () => {
    const f = expectOne(deployment({ container: 'resources:\n  requests: {cpu: 100m}' }), 'k8s-memory-request-missing', 'web', opts());
    assert.match(f.message, /QoS class: Burstable/);
  });
  it('a memory limit alone is enough', () => {
    expectNone(deployment({ container: 'resources:\n  limits: {memory: 1Gi}' }), 'k8s-memory-request-missing', opts());
  });
});
