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
  it('in a sandboxed runtime says what privileged means there, not that escaping to the node is trivial', () => {
    const f = expectOne(deployment({ pod: 'runtimeClassName: kata-qemu', container: 'securityContext: {privileged: true}' }), 'k8s-privileged-container', 'privileged: true', opts());
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /devices the sandbox gives it, no longer the node's/);
    assert.doesNotMatch(f.message, /escaping to the node is trivial/);
    assert.match(f.message, /kata-qemu/);
  });
});
