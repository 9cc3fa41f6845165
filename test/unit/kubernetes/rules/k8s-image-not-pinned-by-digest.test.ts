import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-image-not-pinned-by-digest (off by default)', () => {
  const on = opts({ config: (c) => c.rules.set('k8s-image-not-pinned-by-digest', 'info') });
  it('is off by default', () => {
    expectNone(deployment(), 'k8s-image-not-pinned-by-digest', opts());
  });
  it('fires for a tag when switched on, not for a digest', () => {
    expectOne(deployment(), 'k8s-image-not-pinned-by-digest', 'nginx:1.30.0', on);
    expectNone(deployment({ image: 'nginx:1.30.0@sha256:' + 'b'.repeat(64) }), 'k8s-image-not-pinned-by-digest', on);
  });
});
