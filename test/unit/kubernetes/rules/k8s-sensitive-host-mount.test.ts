import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-sensitive-host-mount (sensitive-host-mounts)', () => {
  for (const path of ['/', '/etc', '/proc', '/sys', '/var/run', '/root', '/var/lib/kubelet/pki', '/etc/kubernetes']) {
    it(`fires for ${path}`, () => {
      const f = expectOne(deployment({ pod: `volumes:\n  - name: h\n    hostPath:\n      path: ${path}` }), 'k8s-sensitive-host-mount', path, opts());
      assert.deepStrictEqual(f.aliases, ['sensitive-host-mounts']);
    });
  }
  it('does not fire for application directories', () => {
    expectNone(deployment({ pod: 'volumes:\n  - name: h\n    hostPath: {path: /srv/data}' }), 'k8s-sensitive-host-mount', opts());
    expectNone(deployment({ pod: 'volumes:\n  - name: h\n    hostPath: {path: /etc/ssl/certs}' }), 'k8s-sensitive-host-mount', opts());
  });
});
