import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-host-path-volume', () => {
  it('points at the hostPath key', () => {
    expectOne(deployment({ pod: 'volumes:\n  - name: data\n    hostPath:\n      path: /data' }), 'k8s-host-path-volume', 'hostPath', opts());
  });
  it('leaves sockets and system directories to their own rules, and ignores other volume types', () => {
    expectNone(deployment({ pod: 'volumes:\n  - name: d\n    hostPath: {path: /var/run/docker.sock}' }), 'k8s-host-path-volume', opts());
    expectNone(deployment({ pod: 'volumes:\n  - name: d\n    hostPath: {path: /etc}' }), 'k8s-host-path-volume', opts());
    expectNone(deployment({ pod: 'volumes:\n  - name: d\n    emptyDir: {}' }), 'k8s-host-path-volume', opts());
  });
});
