import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-service-account-token-mounted', () => {
  it('points at the pod spec key when unset, at the pair when true', () => {
    expectOne(deployment(), 'k8s-service-account-token-mounted', 'spec', opts());
    expectOne(deployment({ pod: 'automountServiceAccountToken: true' }), 'k8s-service-account-token-mounted', 'automountServiceAccountToken: true', opts());
  });
  it('does not fire when false', () => {
    expectNone(deployment({ pod: 'automountServiceAccountToken: false' }), 'k8s-service-account-token-mounted', opts());
  });
});
