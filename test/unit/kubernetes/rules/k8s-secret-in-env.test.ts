import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';

describe('k8s-secret-in-env (env-var-secret)', () => {
  it('points at the literal value', () => {
    const f = expectOne(deployment({ container: 'env:\n  - name: DB_PASSWORD\n    value: "hunter2"' }), 'k8s-secret-in-env', '"hunter2"', opts());
    assert.deepStrictEqual(f.aliases, ['env-var-secret']);
  });
  it('does not fire for secretKeyRef, file paths or harmless names', () => {
    expectNone(deployment({ container: 'env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef: {name: s, key: t}' }), 'k8s-secret-in-env', opts());
    expectNone(deployment({ container: 'env:\n  - {name: TOKEN_FILE, value: /run/secrets/t}\n  - {name: LOG_LEVEL, value: debug}' }), 'k8s-secret-in-env', opts());
  });
  it('judges names by whole words: a tokenizer or a secret name is not a secret', () => {
    expectNone(deployment({ container: 'env:\n  - {name: TOKENIZER_MODEL, value: bert-base}\n  - {name: TLS_SECRET_NAME, value: web-tls}' }), 'k8s-secret-in-env', opts());
    expectOne(deployment({ container: 'env:\n  - {name: githubToken, value: abc123}' }), 'k8s-secret-in-env', 'abc123', opts());
  });
});
