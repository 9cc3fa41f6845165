import * as assert from 'assert';
import { localizedMessage } from '../../../../src/core/base/l10n/rule-text';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-qos-not-guaranteed (policy)', () => {
  const on = opts({ config: (c) => (c.policy.guaranteedQoS = true) });
  it('is silent unless the policy asks', () => {
    expectNone(deployment(), 'k8s-qos-not-guaranteed', opts());
  });
  it('names the class and the gap, at metadata.name', () => {
    const f = expectOne(deployment({ container: 'resources:\n  requests: {cpu: 100m, memory: 1Gi}\n  limits: {cpu: 200m, memory: 1Gi}' }), 'k8s-qos-not-guaranteed', 'web', on);
    assert.match(f.message, /Burstable, not Guaranteed \(web: cpu request 100m ≠ limit 200m\)/);
    assert.strictEqual(localizedMessage(f, 'ko'), 'Deployment "web"은(는) Guaranteed가 아니라 Burstable입니다(web: cpu 요청 100m ≠ 제한 200m).');
  });
  it('limits alone make the pod Guaranteed', () => {
    expectNone(deployment({ container: 'resources:\n  limits: {cpu: 200m, memory: 1Gi}' }), 'k8s-qos-not-guaranteed', on);
  });
});
