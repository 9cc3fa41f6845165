import * as assert from 'assert';
import { findingsOf } from '../helpers';
import { opts as composeOpts, yaml } from '../compose/util';
import { deployment, opts as k8sOpts } from '../kubernetes/k8s';
import { composeReference, judgeEnvLiteral, kubernetesReference } from '../../../src/core/base/text/secret-env';

const PEM = '-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAx3d9';

/** Name, value (written the same in both formats), whether it is a literal secret. */
const CASES: Array<[string, string, boolean]> = [
  ['DB_PASSWORD', 'hunter2', true],
  ['DATABASE_URL', 'postgres://app:s3cr3t@db:5432/app', true],
  ['TLS_KEY', PEM, true],
  ['DB_PASSWORD', '/run/secrets/db_password', false],
  ['API_TOKEN', '/etc/creds/token', false],
  ['REDIS_PASSWORD', 'none', false],
  ['MYSQL_ALLOW_EMPTY_PASSWORD', 'yes', false],
  ['DATABASE_URL', 'postgres://db:5432/app', false],
  ['LOG_LEVEL', 'debug', false],
  ['SIGNING_KEY', 'abc', true],
];

describe('secret-looking environment values: one judgement for Compose and Kubernetes', () => {
  it('the kit: the same verdict whichever reference syntax applies', () => {
    for (const [name, value, secret] of CASES) {
      const text = value.replace(/\\n/g, '\n');
      assert.strictEqual(!!judgeEnvLiteral(name, text, composeReference), secret, `compose ${name}=${value}`);
      assert.strictEqual(!!judgeEnvLiteral(name, text, kubernetesReference), secret, `kubernetes ${name}=${value}`);
    }
  });

  it('references in each format\'s own syntax are not literals', () => {
    assert.strictEqual(judgeEnvLiteral('DB_PASSWORD', '${DB_PASSWORD}', composeReference), undefined);
    assert.strictEqual(judgeEnvLiteral('DATABASE_URL', 'postgres://app:$(DB_PASSWORD)@db/app', kubernetesReference), undefined);
    assert.ok(judgeEnvLiteral('DB_PASSWORD', '$$ecret', composeReference), '$$ is a literal dollar in Compose');
    assert.ok(judgeEnvLiteral('DB_PASSWORD', '$$(X)', kubernetesReference), '$$( is an escaped reference in Kubernetes');
  });

  it('the two rules agree on the same environment', () => {
    for (const [name, value, secret] of CASES) {
      const quoted = JSON.stringify(value);
      const compose = yaml('services:', '  app:', '    image: nginx:1.27.3', '    environment:', `      ${name}: ${quoted}`);
      const k8s = deployment({ container: `env:\n  - name: ${name}\n    value: ${quoted}` });
      assert.strictEqual(findingsOf(compose, 'compose-env-var-secret', composeOpts()).length, secret ? 1 : 0, `compose ${name}`);
      assert.strictEqual(findingsOf(k8s, 'k8s-secret-in-env', k8sOpts()).length, secret ? 1 : 0, `kubernetes ${name}`);
    }
  });
});
