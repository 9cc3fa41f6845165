import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-host-network (host-network)', () => {
  it('points at hostNetwork: true and says which namespace is shared', () => {
    const f = expectOne(deployment({ pod: 'hostNetwork: true' }), 'k8s-host-network', 'hostNetwork: true', opts());
    assert.deepStrictEqual(f.aliases, ['host-network']);
    assert.match(f.message, /network/);
  });
  it('drops to info in a sandboxed runtime and says why', () => {
    const f = expectOne(deployment({ pod: 'runtimeClassName: gvisor\nhostNetwork: true' }), 'k8s-host-network', 'hostNetwork: true', opts());
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /sandboxed runtime/);
  });
  it('does not fire when false or absent', () => {
    expectNone(deployment({ pod: 'hostNetwork: false' }), 'k8s-host-network', opts());
    expectNone(deployment(), 'k8s-host-network', opts());
  });
});
