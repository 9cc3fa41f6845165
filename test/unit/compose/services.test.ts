import * as assert from 'assert';
import { cpuLimitOf, memoryLimitOf, pidsLimitOf, splitShortVolume } from '../../../src/core/formats/compose/services';
import { composeCpus, composeMemory } from '../../../src/core/formats/compose/fixes';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { textAt } from '../helpers';
import { COMPOSE_PATH, yaml } from './util';
import { composeServices } from '../readers';

describe('compose/services model', () => {
  const text = yaml(
    'x-defaults: &defaults',
    '  restart: always',
    '  mem_limit: 512m',
    'services:',
    '  web:',
    '    <<: *defaults',
    '    image: "nginx:1.30"',
    '    build:',
    '      context: ./web',
    '      dockerfile: Dockerfile.dev',
    '    user: "1000"',
    '    privileged: false',
    '    network_mode: bridge',
    '    pid: host',
    '    cap_add: [NET_ADMIN]',
    '    cap_drop: [all]',
    '    security_opt: [no-new-privileges]',
    '    read_only: true',
    '    runtime: runsc',
    '    volumes:',
    '      - ./static:/srv:ro',
    '      - data:/data',
    '      - type: bind',
    '        source: /var/log',
    '        target: /logs',
    '        read_only: true',
    '    environment:',
    '      A: "1"',
    '    deploy:',
    '      resources:',
    '        limits: {cpus: "0.5", pids: 100}',
    '        reservations: {memory: 64M}',
  );
  const host = memoryHost({ '/work/app/web/Dockerfile.dev': 'FROM node:20-slim\nUSER node\n' });
  const [web] = composeServices(text, COMPOSE_PATH, host);

  it('reads names, values and exact ranges, through merge keys', () => {
    assert.strictEqual(web.name, 'web');
    assert.strictEqual(textAt(text, web.nameRange), 'web');
    assert.strictEqual(web.image?.value, 'nginx:1.30');
    assert.strictEqual(textAt(text, web.image!.range), '"nginx:1.30"');
    assert.strictEqual(textAt(text, web.image!.tagRange!), '1.30');
    assert.strictEqual(web.user?.value, '1000');
    assert.strictEqual(web.privileged?.value, false);
    assert.strictEqual(textAt(text, web.pid!.pairRange), 'pid: host');
    assert.deepStrictEqual(web.capAdd.map((c) => c.value), ['NET_ADMIN']);
    assert.deepStrictEqual(web.capDrop.map((c) => c.value), ['ALL']);
    assert.strictEqual(web.readOnly?.value, true);
    assert.strictEqual(web.runtime?.value, 'runsc');
    assert.strictEqual(web.resources.memLimit?.merged, true);
    assert.strictEqual(textAt(text, memoryLimitOf(web)!.pairRange), 'mem_limit: 512m');
    assert.strictEqual(cpuLimitOf(web)?.value, '0.5');
    assert.strictEqual(pidsLimitOf(web)?.value, '100');
    assert.strictEqual(web.resources.reservations.memory?.value, '64M');
    assert.deepStrictEqual(web.environment.map((e) => [e.name, e.value]), [['A', '1']]);
  });

  it('classifies volumes', () => {
    assert.deepStrictEqual(
      web.volumes.map((v) => [v.type, v.source, v.target, v.readOnly, v.hostPath]),
      [
        ['bind', './static', '/srv', true, true],
        ['volume', 'data', '/data', false, false],
        ['bind', '/var/log', '/logs', true, true],
      ],
    );
    assert.strictEqual(textAt(text, web.volumes[0].sourceRange!), './static');
    assert.strictEqual(textAt(text, web.volumes[2].readOnlyRange!), 'read_only: true');
    assert.deepStrictEqual(splitShortVolume('C:\\data:/data:ro,z'), { source: 'C:\\data', target: '/data', modes: ['ro', 'z'], modeStart: 14 });
  });

  it('resolves the build to its Dockerfile and who the built stage runs as', () => {
    assert.strictEqual(web.build?.dockerfilePath, '/work/app/web/Dockerfile.dev');
    assert.strictEqual(web.build?.stage?.runsAsRoot, 'no');
    assert.strictEqual(web.build?.stage?.user, 'node');
  });

  it('returns [] for broken YAML', () => {
    assert.deepStrictEqual(composeServices('services:\n  web: [\n', COMPOSE_PATH, host), []);
  });

  it('converts Kubernetes quantities to Compose notation', () => {
    assert.strictEqual(composeMemory('256Mi'), '256M');
    assert.strictEqual(composeMemory('1Gi'), '1G');
    assert.strictEqual(composeMemory('512m'), '512m');
    assert.strictEqual(composeMemory('1G'), '954M');
    assert.strictEqual(composeCpus('500m'), '0.5');
    assert.strictEqual(composeCpus('2'), '2');
  });
});
