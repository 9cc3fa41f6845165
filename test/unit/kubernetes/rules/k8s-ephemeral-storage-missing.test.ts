import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-ephemeral-storage-missing (policy)', () => {
  const on = opts({ config: (c) => (c.policy.ephemeralStorage = true) });
  it('is silent unless the policy asks', () => {
    expectNone(deployment(), 'k8s-ephemeral-storage-missing', opts());
  });
  it('fires under the policy, not with a limit', () => {
    expectOne(deployment(), 'k8s-ephemeral-storage-missing', 'web', on);
    expectNone(deployment({ container: 'resources:\n  limits:\n    ephemeral-storage: 1Gi' }), 'k8s-ephemeral-storage-missing', on);
  });
});
