import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-run-as-root (run-as-non-root)', () => {
  it('fires when nothing requires a non-root user', () => {
    const f = expectOne(deployment(), 'k8s-run-as-root', 'web', opts());
    assert.deepStrictEqual(f.aliases, ['run-as-non-root']);
    assert.ok(f.fix);
  });
  it('points at runAsUser: 0, even when set for the pod, without a fix', () => {
    const f = expectOne(deployment({ pod: 'securityContext:\n  runAsUser: 0' }), 'k8s-run-as-root', 'runAsUser: 0', opts());
    assert.match(f.message, /set for the whole pod/);
    assert.strictEqual(f.fix, undefined);
  });
  it('container runAsUser 0 wins over pod runAsNonRoot', () => {
    expectOne(deployment({ pod: 'securityContext:\n  runAsNonRoot: true', container: 'securityContext:\n  runAsUser: 0' }), 'k8s-run-as-root', 'runAsUser: 0', opts());
  });
  it('does not fire with pod-level runAsNonRoot or a non-zero uid', () => {
    expectNone(deployment({ pod: 'securityContext:\n  runAsNonRoot: true' }), 'k8s-run-as-root', opts());
    expectNone(deployment({ container: 'securityContext:\n  runAsUser: 1000' }), 'k8s-run-as-root', opts());
  });
});
