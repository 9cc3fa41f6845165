import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-no-seccomp-profile', () => {
  it('missing: info at the container, with the hardening fix', () => {
    const f = expectOne(deployment(), 'k8s-no-seccomp-profile', 'web', opts());
    assert.strictEqual(f.severity, 'info');
    assert.ok(f.fix);
  });
  it('Unconfined: warning at the type, once for a pod-level setting', () => {
    const f = expectOne(deployment({ container: 'securityContext:\n  seccompProfile:\n    type: Unconfined' }), 'k8s-no-seccomp-profile', 'type: Unconfined', opts());
    assert.strictEqual(f.severity, 'warning');
    const text = deployment({ pod: 'securityContext:\n  seccompProfile: {type: Unconfined}\ninitContainers:\n  - name: i\n    image: busybox:1.36' });
    expectOne(text, 'k8s-no-seccomp-profile', 'type: Unconfined', opts());
  });
  it('does not fire for RuntimeDefault at pod level or Localhost', () => {
    expectNone(deployment({ pod: 'securityContext:\n  seccompProfile: {type: RuntimeDefault}' }), 'k8s-no-seccomp-profile', opts());
    expectNone(deployment({ container: 'securityContext:\n  seccompProfile: {type: Localhost, localhostProfile: p.json}' }), 'k8s-no-seccomp-profile', opts());
  });
});
