import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-unsafe-sysctls (unsafe-sysctls)', () => {
  it('points at the sysctl name', () => {
    const f = expectOne(deployment({ pod: 'securityContext:\n  sysctls:\n    - name: kernel.msgmax\n      value: "65536"' }), 'k8s-unsafe-sysctls', 'kernel.msgmax', opts());
    assert.deepStrictEqual(f.aliases, ['unsafe-sysctls']);
  });
  it('does not fire for the safe set', () => {
    expectNone(deployment({ pod: 'securityContext:\n  sysctls:\n    - {name: net.ipv4.ip_local_port_range, value: "1024 65000"}' }), 'k8s-unsafe-sysctls', opts());
  });
});
