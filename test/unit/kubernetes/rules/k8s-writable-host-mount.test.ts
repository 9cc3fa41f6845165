import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-writable-host-mount (writable-host-mount)', () => {
  const pod = 'volumes:\n  - name: logs\n    hostPath: {path: /var/log}';
  it('points at the volumeMount name', () => {
    const f = expectOne(deployment({ pod, container: 'volumeMounts:\n  - name: logs\n    mountPath: /host-logs' }), 'k8s-writable-host-mount', 'logs', opts());
    assert.match(f.message, /"\/var\/log" writable at \/host-logs/);
  });
  it('does not fire for readOnly mounts or non-host volumes', () => {
    expectNone(deployment({ pod, container: 'volumeMounts:\n  - {name: logs, mountPath: /l, readOnly: true}' }), 'k8s-writable-host-mount', opts());
    expectNone(deployment({ pod: 'volumes:\n  - name: logs\n    emptyDir: {}', container: 'volumeMounts:\n  - {name: logs, mountPath: /l}' }), 'k8s-writable-host-mount', opts());
  });
});
