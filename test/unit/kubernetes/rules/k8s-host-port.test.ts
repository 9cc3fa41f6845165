import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-host-port', () => {
  it('points at the hostPort value', () => {
    expectOne(deployment({ container: 'ports:\n  - containerPort: 8080\n    hostPort: 80' }), 'k8s-host-port', '80', opts());
  });
  it('does not fire without hostPort or with 0', () => {
    expectNone(deployment({ container: 'ports:\n  - containerPort: 8080' }), 'k8s-host-port', opts());
    expectNone(deployment({ container: 'ports:\n  - {containerPort: 8080, hostPort: 0}' }), 'k8s-host-port', opts());
  });
});
