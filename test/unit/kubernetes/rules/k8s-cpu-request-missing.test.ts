import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-cpu-request-missing (unset-cpu-requirements)', () => {
  it('points at the container name and says the QoS class', () => {
    const f = expectOne(deployment(), 'k8s-cpu-request-missing', 'web', opts());
    assert.deepStrictEqual(f.aliases, ['unset-cpu-requirements']);
    assert.strictEqual(f.range.start.line, 8);
    assert.match(f.message, /QoS class: BestEffort/);
    assert.ok(f.fix);
  });
  it('a CPU limit alone is enough (the request defaults to it)', () => {
    expectNone(deployment({ container: 'resources:\n  limits: {cpu: 500m}' }), 'k8s-cpu-request-missing', opts());
    expectNone(deployment({ container: 'resources:\n  requests:\n    cpu: 100m' }), 'k8s-cpu-request-missing', opts());
  });
  it('is switched off by the policy', () => {
    expectNone(deployment(), 'k8s-cpu-request-missing', opts({ config: (c) => (c.policy.cpuRequests = false) }));
  });
  it('checks init containers but not ephemeral ones', () => {
    const text = deployment({ container: 'resources: {requests: {cpu: 1}}', pod: 'initContainers:\n  - name: init\n    image: busybox:1.36\nephemeralContainers:\n  - name: dbg\n    image: busybox:1.36' });
    expectOne(text, 'k8s-cpu-request-missing', 'init', opts());
  });
});
