import * as assert from 'assert';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { Finding } from '../../../src/core/base/model/finding';

function lintIn(files: Record<string, string>, path: string, rule: string): Finding[] {
  return analyzeFile({ path, text: files[path], kind: 'compose' }, defaultConfig(), memoryHost(files)).findings.filter((f) => f.rule === rule);
}

const base = 'services:\n  web:\n    image: nginx:1.30.0\n    mem_limit: 256m\n    security_opt:\n      - no-new-privileges:true\n  worker:\n    image: busybox:1.36\n';

describe('compose effective model: base, override and fragments', () => {
  it('an override fragment does not get "no memory limit" when the base sets it', () => {
    const files = { '/app/compose.yaml': base, '/app/compose.observability.yaml': 'services:\n  web:\n    environment:\n      OTEL: "1"\n' };
    assert.deepStrictEqual(lintIn(files, '/app/compose.observability.yaml', 'compose-memory-limit-missing'), []);
    assert.deepStrictEqual(lintIn(files, '/app/compose.observability.yaml', 'compose-no-new-privileges-missing'), []);
  });

  it('per service: one without image/build overrides the base\'s, one with an image or not in the base stands alone', () => {
    const files = {
      '/app/compose.yaml': base,
      '/app/compose.extra.yaml': 'services:\n  web:\n    ports: ["127.0.0.1:8080:80"]\n  worker:\n    image: busybox:1.37\n  cache:\n    environment: {A: "1"}\n',
    };
    assert.deepStrictEqual(lintIn(files, '/app/compose.extra.yaml', 'compose-memory-limit-missing').map((f) => f.message.split("'")[1]), ['worker', 'cache']);
  });

  it('a fragment named after another file is judged with that file\'s service (docker-compose.test.override.yml over docker-compose.test.yml)', () => {
    const files = {
      '/app/docker-compose.yml': 'services:\n  db:\n    image: postgres:17.2\n    mem_limit: 1g\n',
      '/app/docker-compose.test.yml': 'services:\n  web:\n    image: nginx:1.30.0\n    mem_limit: 128m\n',
      '/app/docker-compose.test.override.yml': 'services:\n  web:\n    ports: ["127.0.0.1:8000:80"]\n',
    };
    assert.deepStrictEqual(lintIn(files, '/app/docker-compose.test.override.yml', 'compose-memory-limit-missing'), []);
    const { ['/app/docker-compose.test.yml']: _dropped, ...withoutTestBase } = files;
    assert.strictEqual(lintIn(withoutTestBase, '/app/docker-compose.test.override.yml', 'compose-memory-limit-missing').length, 1, 'without it, web is a service of its own');
  });

  it('compose.override.yaml is merged over the base file by default, both ways', () => {
    const files = { '/app/docker-compose.yml': base, '/app/docker-compose.override.yml': 'services:\n  worker:\n    mem_limit: 128m\n    image: busybox:1.36\n  web:\n    ports: ["8080:80"]\n' };
    assert.deepStrictEqual(lintIn(files, '/app/docker-compose.yml', 'compose-memory-limit-missing'), []);
    assert.deepStrictEqual(lintIn(files, '/app/docker-compose.override.yml', 'compose-memory-limit-missing'), []);
    // without the override, the base's worker has none
    assert.strictEqual(lintIn({ '/app/docker-compose.yml': base }, '/app/docker-compose.yml', 'compose-memory-limit-missing').length, 1);
  });

  it('extends from another file inherits every key (security_opt as well as mem_limit)', () => {
    const files = {
      '/app/common.yaml': 'services:\n  hardened:\n    mem_limit: 256m\n    security_opt: [no-new-privileges:true]\n',
      '/app/compose.yaml': 'services:\n  api:\n    image: nginx:1.30.0\n    extends:\n      file: common.yaml\n      service: hardened\n',
    };
    assert.deepStrictEqual(lintIn(files, '/app/compose.yaml', 'compose-memory-limit-missing'), []);
    assert.deepStrictEqual(lintIn(files, '/app/compose.yaml', 'compose-no-new-privileges-missing'), []);
  });

  it('extends in the same file inherits security_opt', () => {
    const text = 'services:\n  base:\n    image: nginx:1.30.0\n    mem_limit: 1g\n    security_opt: [no-new-privileges:true]\n  api:\n    extends: base\n';
    assert.deepStrictEqual(lintIn({ '/app/compose.yaml': text }, '/app/compose.yaml', 'compose-no-new-privileges-missing'), []);
  });

  it('an extends file that cannot be read leaves the service unknown: no finding', () => {
    const files = { '/app/compose.yaml': 'services:\n  api:\n    image: nginx:1.30.0\n    extends: {file: missing.yaml, service: x}\n' };
    assert.deepStrictEqual(lintIn(files, '/app/compose.yaml', 'compose-memory-limit-missing'), []);
  });
});

describe('compose effective model: where a missing value is reported', () => {
  it('an override service that the base also leaves without the value: reported once, in the base file', () => {
    const files = { '/app/compose.yaml': 'services:\n  web:\n    image: nginx:1.30.0\n', '/app/compose.debug.yaml': 'services:\n  web:\n    environment: {DEBUG: "1"}\n' };
    assert.deepStrictEqual(lintIn(files, '/app/compose.debug.yaml', 'compose-no-new-privileges-missing'), []);
    assert.strictEqual(lintIn(files, '/app/compose.yaml', 'compose-no-new-privileges-missing').length, 1);
  });
});
