import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-privileged-container (privileged-container)', () => {
  it('points at the privileged: true pair, offers no fix', () => {
    const f = expectOne(deployment({ container: 'securityContext:\n  privileged: true' }), 'k8s-privileged-container', 'privileged: true', opts());
    assert.deepStrictEqual(f.aliases, ['privileged-container']);
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.fix, undefined);
  });
  it('works in flow style and with yes', () => {
    expectOne(deployment({ container: 'securityContext: {privileged: yes}' }), 'k8s-privileged-container', 'privileged: yes', opts());
  });
  it('does not fire for privileged: false', () => {
    expectNone(deployment({ container: 'securityContext:\n  privileged: false' }), 'k8s-privileged-container', opts());
  });
});
