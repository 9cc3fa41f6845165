import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-ssh-port (ssh-port)', () => {
  it('points at containerPort 22', () => {
    const f = expectOne(deployment({ container: 'ports:\n  - containerPort: 22' }), 'k8s-ssh-port', '22', opts());
    assert.deepStrictEqual(f.aliases, ['ssh-port']);
  });
  it('does not fire for other ports or UDP', () => {
    expectNone(deployment({ container: 'ports:\n  - containerPort: 2222\n  - {containerPort: 22, protocol: UDP}' }), 'k8s-ssh-port', opts());
  });
});
