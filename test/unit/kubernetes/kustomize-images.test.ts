import * as assert from 'assert';
import { transformImage } from '../../../src/core/formats/kubernetes/kustomize';
import { expectNone, expectOne, findingsOf } from '../helpers';
import { deployment, opts } from './k8s';

describe('kustomize images: transformer', () => {
  const path = '/work/k8s/base/deploy.yaml';
  const kustomization = (images: string) => ({ '/work/k8s/base/kustomization.yaml': `resources:\n  - deploy.yaml\nimages:\n${images}` });

  it('rewrites name, tag and digest like kustomize', () => {
    const images = [{ name: 'nginx', newTag: '1.30.0' }, { name: 'app', newName: 'registry.example/app', digest: 'sha256:' + 'a'.repeat(64) }];
    assert.strictEqual(transformImage('nginx:latest', images), 'nginx:1.30.0');
    assert.strictEqual(transformImage('nginx', images), 'nginx:1.30.0');
    assert.strictEqual(transformImage('app:2', images), 'registry.example/app@sha256:' + 'a'.repeat(64));
    assert.strictEqual(transformImage('nginxx:1', images), undefined);
  });

  it('a :latest image the kustomization pins to a version is not "latest"; the finding stays on the written token otherwise', () => {
    const text = deployment({ image: 'nginx:latest' });
    expectOne(text, 'k8s-image-latest-tag', 'latest', opts({ path }));
    expectNone(text, 'k8s-image-latest-tag', opts({ path, files: kustomization('  - name: nginx\n    newTag: "1.30.0"\n') }));
  });

  it('a version the kustomization replaces by latest is reported on the image the manifest writes', () => {
    const text = deployment({ image: 'nginx:1.30.0' });
    const f = findingsOf(text, 'k8s-image-latest-tag', opts({ path, files: kustomization('  - name: nginx\n    newTag: latest\n') }));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /nginx:latest/);
  });

  it('only the kustomization that lists the file applies', () => {
    const text = deployment({ image: 'nginx:latest' });
    const files = { '/work/k8s/base/kustomization.yaml': 'resources:\n  - other.yaml\nimages:\n  - name: nginx\n    newTag: "1.30.0"\n' };
    expectOne(text, 'k8s-image-latest-tag', 'latest', opts({ path, files }));
  });
});
