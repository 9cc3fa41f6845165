import * as assert from 'assert';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { ProjectModel, Workload } from '../../../src/core/project/model';
import { scanProject } from '../../../src/core/project/scan-project';

/** A small in-memory project: file name → text. */
function project(files: Record<string, string>): ProjectModel {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [`/p/${k}`, v]));
  return scanProject('/p', { host: memoryHost(abs), files: Object.keys(abs).map((path) => ({ path })) });
}

const named = (m: ProjectModel, name: string): Workload => {
  const w = m.workloads.find((x) => x.name === name && x.platform === 'compose');
  assert.ok(w, `${name} in ${m.workloads.map((x) => x.name).join(', ')}`);
  return w;
};

const ROOT_DOCKERFILE = 'FROM alpine:3.21\nCMD ["sleep", "infinity"]\n';
const NONROOT_DOCKERFILE = 'FROM alpine:3.21\nUSER 10001\nCMD ["sleep", "infinity"]\n';

describe('project model: Compose evidence as docker compose resolves it', () => {
  it('build.dockerfile from .env links each service to its own Dockerfile (one image repository, a tag per service)', () => {
    const compose = [
      'services:',
      '  api:',
      '    image: ${REPO}:${VERSION}-api',
      '    build:',
      '      context: .',
      '      dockerfile: ${API_DOCKERFILE}',
      '  worker:',
      '    image: ${REPO}:${VERSION}-worker',
      '    build:',
      '      context: .',
      '      dockerfile: ${WORKER_DOCKERFILE}',
      '',
    ].join('\n');
    const m = project({
      'compose.yaml': compose,
      '.env': 'REPO=registry.example/shop\nVERSION=1.4\nAPI_DOCKERFILE=./api/Dockerfile\nWORKER_DOCKERFILE=./worker/Dockerfile\n',
      'api/Dockerfile': NONROOT_DOCKERFILE,
      'worker/Dockerfile': ROOT_DOCKERFILE,
    });
    const api = named(m, 'api');
    const worker = named(m, 'worker');
    assert.deepStrictEqual(api.dockerfiles, ['api/Dockerfile']);
    assert.deepStrictEqual(worker.dockerfiles, ['worker/Dockerfile']);
    assert.strictEqual(api.containers[0].image, 'registry.example/shop:1.4-api', 'the image as docker compose names it');
    assert.strictEqual(api.isolation.privileges.root, 'no');
    assert.strictEqual(worker.isolation.privileges.root, 'yes');
  });

  it('an image still holding an unset variable is linked to no Dockerfile, rather than to whichever was built last', () => {
    const compose = ['services:', '  api:', '    image: ${REPO}:api', '    build: ./api', '  worker:', '    image: ${REPO}:worker', '    build: ./worker', '  extra:', '    image: ${REPO}:extra', ''].join('\n');
    const m = project({ 'compose.yaml': compose, 'api/Dockerfile': NONROOT_DOCKERFILE, 'worker/Dockerfile': ROOT_DOCKERFILE });
    assert.deepStrictEqual(named(m, 'api').dockerfiles, ['api/Dockerfile']);
    assert.deepStrictEqual(named(m, 'extra').dockerfiles, []);
  });

  it('one repository built from two Dockerfiles: a service using a tag gets that tag\'s Dockerfile, never the other', () => {
    const compose = ['services:', '  api:', '    image: shop:api', '    build: ./api', '  worker:', '    image: shop:worker', '    build: ./worker', ''].join('\n');
    const k8s = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: w\nspec:\n  containers:\n    - name: w\n      image: shop:api\n';
    const m = project({ 'compose.yaml': compose, 'pod.yaml': k8s, 'api/Dockerfile': NONROOT_DOCKERFILE, 'worker/Dockerfile': ROOT_DOCKERFILE });
    const pod = m.workloads.find((w) => w.platform === 'kubernetes');
    assert.deepStrictEqual(pod?.dockerfiles, ['api/Dockerfile']);
  });

  it('bash\'s /dev/tcp in a healthcheck is not a host device', () => {
    const compose = ['services:', '  ad:', '    image: alpine:3.21', '    mem_limit: 64m', '    healthcheck:', '      test: ["CMD-SHELL", "bash -c \'echo > /dev/tcp/localhost/8080\'"]', ''].join('\n');
    const w = named(project({ 'compose.yaml': compose }), 'ad');
    assert.ok(!w.reasons.some((r) => r.code === 'host-devices'), w.reasons.map((r) => r.code).join(', '));
    const withDevice = named(project({ 'compose.yaml': compose.replace('/dev/tcp/localhost/8080', '/dev/ttyUSB0') }), 'ad');
    assert.ok(withDevice.reasons.some((r) => r.code === 'host-devices'), 'a real device still counts');
  });
});
