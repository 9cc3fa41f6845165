import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-privilege-escalation (privilege-escalation-container)', () => {
  it('fires at the container when unset, with the hardening fix', () => {
    const f = expectOne(deployment(), 'k8s-privilege-escalation', 'web', opts());
    assert.deepStrictEqual(f.aliases, ['privilege-escalation-container']);
    assert.ok(f.fix);
  });
  it('fires at an explicit true', () => {
    const f = expectOne(deployment({ container: 'securityContext:\n  allowPrivilegeEscalation: true' }), 'k8s-privilege-escalation', 'allowPrivilegeEscalation: true', opts());
    assert.strictEqual(f.fix, undefined); // never flips an explicit value
  });
  it('does not fire when false', () => {
    expectNone(deployment({ container: 'securityContext: {allowPrivilegeEscalation: false}' }), 'k8s-privilege-escalation', opts());
  });
});
