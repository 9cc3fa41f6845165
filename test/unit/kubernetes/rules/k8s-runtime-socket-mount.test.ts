import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-runtime-socket-mount (docker-sock)', () => {
  it('points at the socket path, docker and containerd alike', () => {
    const f = expectOne(deployment({ pod: 'volumes:\n  - name: d\n    hostPath:\n      path: /var/run/docker.sock' }), 'k8s-runtime-socket-mount', '/var/run/docker.sock', opts());
    assert.deepStrictEqual(f.aliases, ['docker-sock']);
    assert.strictEqual(f.severity, 'error');
    expectOne(deployment({ pod: 'volumes:\n  - name: d\n    hostPath: {path: "/run/containerd/containerd.sock"}' }), 'k8s-runtime-socket-mount', '"/run/containerd/containerd.sock"', opts());
  });
  it('stays an error in a sandboxed runtime', () => {
    const f = expectOne(deployment({ pod: 'runtimeClassName: gvisor\nvolumes:\n  - name: d\n    hostPath: {path: /var/run/crio/crio.sock}' }), 'k8s-runtime-socket-mount', '/var/run/crio/crio.sock', opts());
    assert.strictEqual(f.severity, 'error');
  });
  it('does not fire for other paths', () => {
    expectNone(deployment({ pod: 'volumes:\n  - name: d\n    hostPath: {path: /data/docker.socks}' }), 'k8s-runtime-socket-mount', opts());
  });
});
