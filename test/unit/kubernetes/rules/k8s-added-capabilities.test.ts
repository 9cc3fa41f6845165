import * as assert from 'assert';
import { localizedMessage } from '../../../../src/core/base/l10n/rule-text';
import { expectNone, expectOne, findingsOf } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-added-capabilities', () => {
  it('calls out SYS_ADMIN as an error at the capability', () => {
    const f = expectOne(deployment({ container: 'securityContext:\n  capabilities:\n    add: ["SYS_ADMIN"]' }), 'k8s-added-capabilities', '"SYS_ADMIN"', opts());
    assert.strictEqual(f.severity, 'error');
    assert.match(f.message, /SYS_ADMIN: mount/);
    assert.match(localizedMessage(f, 'ko'), /SYS_ADMIN을\(를\) 추가합니다: 마운트/);
  });
  it('warns for other non-baseline capabilities, CAP_ prefix or not', () => {
    const f = expectOne(deployment({ container: 'securityContext:\n  capabilities:\n    add:\n      - CAP_NET_ADMIN' }), 'k8s-added-capabilities', 'CAP_NET_ADMIN', opts());
    assert.strictEqual(f.severity, 'warning');
    assert.match(localizedMessage(f, 'ko'), /NET_ADMIN을\(를\) 추가합니다: 네트워크/);
  });
  it('ignores the baseline set', () => {
    expectNone(deployment({ container: 'securityContext:\n  capabilities: {add: [NET_BIND_SERVICE, CHOWN]}' }), 'k8s-added-capabilities', opts());
  });
  it('drops to info under a Kata runtime', () => {
    const found = findingsOf(deployment({ pod: 'runtimeClassName: kata-qemu', container: 'securityContext:\n  capabilities: {add: [SYS_ADMIN]}' }), 'k8s-added-capabilities', opts());
    assert.deepStrictEqual(found.map((f) => f.severity), ['info']);
  });
});
