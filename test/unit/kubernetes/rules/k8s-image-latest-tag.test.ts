import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-image-latest-tag (latest-tag)', () => {
  it('points at the latest tag, also quoted', () => {
    const f = expectOne(deployment({ image: 'nginx:latest' }), 'k8s-image-latest-tag', 'latest', opts());
    assert.deepStrictEqual(f.aliases, ['latest-tag']);
    assert.deepStrictEqual(f.range.start, { line: 9, character: 23 });
    expectOne(deployment({ image: '"registry.example.com:5000/team/app:latest"' }), 'k8s-image-latest-tag', 'latest', opts());
  });
  it('points at the whole reference when untagged', () => {
    expectOne(deployment({ image: "'nginx'" }), 'k8s-image-latest-tag', 'nginx', opts());
  });
  it('does not fire for versions or digests', () => {
    expectNone(deployment({ image: 'nginx:1.30' }), 'k8s-image-latest-tag', opts());
    expectNone(deployment({ image: 'nginx@sha256:' + 'a'.repeat(64) }), 'k8s-image-latest-tag', opts());
  });
  it('does not take an image a build tool tags at deploy time for :latest', () => {
    const path = '/work/shop/kubernetes-manifests/cart.yaml';
    const skaffold = 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n    - image: cartservice\n      context: src/cartservice\n';
    const files = { '/work/shop/skaffold.yaml': skaffold };
    expectNone(deployment({ image: 'cartservice' }), 'k8s-image-latest-tag', opts({ path, files }));
    expectOne(deployment({ image: 'redis' }), 'k8s-image-latest-tag', 'redis', opts({ path, files }));
    expectOne(deployment({ image: 'cartservice' }), 'k8s-image-latest-tag', 'cartservice', opts({ path }));
    const profiles = { '/work/shop/skaffold.yml': 'apiVersion: skaffold/v4beta6\nkind: Config\nprofiles:\n  - name: dev\n    build:\n      artifacts:\n        - image: cartservice\n' };
    expectNone(deployment({ image: 'cartservice:dev' }), 'k8s-image-latest-tag', opts({ path, files: profiles }));
    expectNone(deployment({ image: 'ko://example.com/shop/cmd/cart' }), 'k8s-image-latest-tag', opts({ path }));
  });
});
