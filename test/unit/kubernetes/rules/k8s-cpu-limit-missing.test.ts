import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-cpu-limit-missing (policy)', () => {
  const on = opts({ config: (c) => (c.policy.cpuLimits = true) });
  it('is silent unless the policy asks', () => {
    expectNone(deployment(), 'k8s-cpu-limit-missing', opts());
  });
  it('fires under the policy, not when a CPU limit is set', () => {
    expectOne(deployment(), 'k8s-cpu-limit-missing', 'web', on);
    expectNone(deployment({ container: 'resources: {limits: {cpu: "1"}}' }), 'k8s-cpu-limit-missing', on);
  });
});
