import * as assert from 'assert';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { Finding } from '../../../src/core/base/model/finding';
import { interpolate, parseDotEnv } from '../../../src/core/formats/compose/interpolate';
import { textAt } from '../helpers';

function lintIn(files: Record<string, string>, path: string, rule: string): Finding[] {
  return analyzeFile({ path, text: files[path], kind: 'compose' }, defaultConfig(), memoryHost(files)).findings.filter((f) => f.rule === rule);
}

describe('compose interpolation from .env', () => {
  const env = parseDotEnv('# comment\nSOCK=/var/run/docker.sock\nexport ROOT="/"\nEMPTY=\nQUOTED=\'a b\' \nTRAIL=x # note\n');

  it('parses .env lines', () => {
    assert.deepStrictEqual([...env], [['SOCK', '/var/run/docker.sock'], ['ROOT', '/'], ['EMPTY', ''], ['QUOTED', 'a b'], ['TRAIL', 'x']]);
  });

  it('.env values refer to the variables above them; an unknown reference leaves the variable unknown, single quotes keep the text', () => {
    const dotEnv = parseDotEnv('BASE=/srv\nDATA=${BASE}/data\nQUOTED="$BASE/q"\nLITERAL=\'${BASE}\'\nLATER=${AFTER}/x\nAFTER=/a\n');
    assert.strictEqual(dotEnv.get('DATA'), '/srv/data');
    assert.strictEqual(dotEnv.get('QUOTED'), '/srv/q');
    assert.strictEqual(dotEnv.get('LITERAL'), '${BASE}');
    assert.strictEqual(dotEnv.has('LATER'), false, 'defined below it: not known when LATER is read');
    assert.strictEqual(interpolate('${LATER}:/data', dotEnv), undefined);
  });

  it('resolves every form, and leaves unknown variables unresolved', () => {
    assert.strictEqual(interpolate('${SOCK}:/x', env), '/var/run/docker.sock:/x');
    assert.strictEqual(interpolate('$ROOT', env), '/');
    assert.strictEqual(interpolate('$$HOME', env), '$HOME');
    assert.strictEqual(interpolate('${MISSING:-/srv}', env), '/srv');
    assert.strictEqual(interpolate('${EMPTY:-/srv}', env), '/srv');
    assert.strictEqual(interpolate('${EMPTY-/srv}', env), '');
    assert.strictEqual(interpolate('${MISSING-${ROOT}}', env), '/');
    assert.strictEqual(interpolate('${SOCK:?need it}', env), '/var/run/docker.sock');
    assert.strictEqual(interpolate('${MISSING:?need it}', env), undefined);
    assert.strictEqual(interpolate('${MISSING}', env), undefined);
    assert.strictEqual(interpolate('$MISSING/x', env), undefined);
    assert.strictEqual(interpolate('${ROOT:+set}', env), 'set');
    assert.strictEqual(interpolate('${unclosed', env), undefined);
  });

  const compose = 'services:\n  agent:\n    image: otel/collector:0.1\n    mem_limit: 1g\n    user: ${RUN_AS}\n    volumes:\n      - ${HOST_FS}:/hostfs:ro\n      - ${DOCKER_SOCK}:/var/run/docker.sock:ro\n      - ${CONFIG:-./otel.yaml}:/etc/otel.yaml\n';

  it('judges mounts and user after interpolation, showing both values on the written token', () => {
    const files = { '/p/compose.yaml': compose, '/p/.env': 'HOST_FS=/\nDOCKER_SOCK=/var/run/docker.sock\nRUN_AS=0:0\n' };
    const [sock] = lintIn(files, '/p/compose.yaml', 'compose-docker-socket');
    assert.match(sock.message, /mounts \$\{DOCKER_SOCK\} \(= \/var\/run\/docker\.sock\)/);
    assert.strictEqual(textAt(compose, sock.range), '${DOCKER_SOCK}');
    const [root] = lintIn(files, '/p/compose.yaml', 'compose-sensitive-host-mount');
    assert.match(root.message, /host path \$\{HOST_FS\} \(= \/\)/);
    const [user] = lintIn(files, '/p/compose.yaml', 'compose-user-root');
    assert.match(user.message, /user \$\{RUN_AS\} \(= 0:0\)/);
  });

  it('without .env the variables are unknown: no finding is guessed', () => {
    const files = { '/p/compose.yaml': compose };
    for (const rule of ['compose-docker-socket', 'compose-sensitive-host-mount', 'compose-user-root']) assert.deepStrictEqual(lintIn(files, '/p/compose.yaml', rule), [], rule);
  });

  it('a build dockerfile from .env is read: the service is judged by the Dockerfile it builds', () => {
    const text = 'services:\n  api:\n    build:\n      context: .\n      dockerfile: ${API_DOCKERFILE}\n';
    const files = { '/p/compose.yaml': text, '/p/.env': 'API_DOCKERFILE=api/Dockerfile\n', '/p/api/Dockerfile': 'FROM alpine:3.21\nCMD ["true"]\n' };
    assert.strictEqual(lintIn(files, '/p/compose.yaml', 'compose-service-runs-as-root').length, 1);
    const nonRoot = { ...files, '/p/api/Dockerfile': 'FROM alpine:3.21\nUSER 10001\nCMD ["true"]\n' };
    assert.deepStrictEqual(lintIn(nonRoot, '/p/compose.yaml', 'compose-service-runs-as-root'), []);
    assert.deepStrictEqual(lintIn({ '/p/compose.yaml': text, '/p/api/Dockerfile': files['/p/api/Dockerfile'] }, '/p/compose.yaml', 'compose-service-runs-as-root'), [], 'unset: not guessed');
  });

  it('images are judged after interpolation: the message shows both values, the finding covers the written value', () => {
    const text = 'services:\n  cache:\n    image: ${CACHE_IMAGE}\n    mem_limit: 64m\n';
    const files = { '/p/compose.yaml': text, '/p/.env': 'CACHE_IMAGE=redis:latest\n' };
    const [latest] = lintIn(files, '/p/compose.yaml', 'compose-image-latest-tag');
    assert.ok(latest);
    assert.strictEqual(textAt(text, latest.range), '${CACHE_IMAGE}');
    assert.match(latest.message, /\$\{CACHE_IMAGE\} \(= redis:latest\)/);
    assert.deepStrictEqual(lintIn({ ...files, '/p/.env': 'CACHE_IMAGE=redis:7.4.2\n' }, '/p/compose.yaml', 'compose-image-latest-tag'), []);
    assert.deepStrictEqual(lintIn({ '/p/compose.yaml': text }, '/p/compose.yaml', 'compose-image-latest-tag'), [], 'unset: not guessed');
  });

  it('a default with colons of its own (${SOCK:-/var/run/docker.sock}) is one source, not split at its colons', () => {
    const text = 'services:\n  ui:\n    image: nginx:1.27.3\n    volumes:\n      - ${SOCK:-/var/run/docker.sock}:/var/run/docker.sock:ro\n';
    const [sock] = lintIn({ '/p/compose.yaml': text }, '/p/compose.yaml', 'compose-docker-socket');
    assert.ok(sock);
    assert.strictEqual(textAt(text, sock.range), '${SOCK:-/var/run/docker.sock}');
  });
});
