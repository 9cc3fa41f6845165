import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-host-pid (host-pid)', () => {
  it('points at hostPID: true and says which namespace is shared', () => {
    const f = expectOne(deployment({ pod: 'hostPID: true' }), 'k8s-host-pid', 'hostPID: true', opts());
    assert.deepStrictEqual(f.aliases, ['host-pid']);
    assert.match(f.message, /process/);
  });
  it('drops to info in a sandboxed runtime and says why', () => {
    const f = expectOne(deployment({ pod: 'runtimeClassName: gvisor\nhostPID: true' }), 'k8s-host-pid', 'hostPID: true', opts());
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /sandboxed runtime/);
  });
  it('does not fire when false or absent', () => {
    expectNone(deployment({ pod: 'hostPID: false' }), 'k8s-host-pid', opts());
    expectNone(deployment(), 'k8s-host-pid', opts());
  });
});
