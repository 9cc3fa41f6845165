import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-host-ipc (host-ipc)', () => {
  it('points at hostIPC: true and says which namespace is shared', () => {
    const f = expectOne(deployment({ pod: 'hostIPC: true' }), 'k8s-host-ipc', 'hostIPC: true', opts());
    assert.deepStrictEqual(f.aliases, ['host-ipc']);
    assert.match(f.message, /IPC/);
  });
  it('drops to info in a sandboxed runtime and says why', () => {
    const f = expectOne(deployment({ pod: 'runtimeClassName: gvisor\nhostIPC: true' }), 'k8s-host-ipc', 'hostIPC: true', opts());
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /sandboxed runtime/);
  });
  it('does not fire when false or absent', () => {
    expectNone(deployment({ pod: 'hostIPC: false' }), 'k8s-host-ipc', opts());
    expectNone(deployment(), 'k8s-host-ipc', opts());
  });
});
