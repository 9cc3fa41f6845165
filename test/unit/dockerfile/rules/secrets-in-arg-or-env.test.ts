import * as assert from 'assert';
import { isSecretName } from '../../../../src/core/dockerfile/rules/secrets-in-arg-or-env';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'secrets-in-arg-or-env';
describe('secrets-in-arg-or-env (DL3064, SecretsUsedInArgOrEnv)', () => {
  it('points at the key', () => {
    const f = expectOne('FROM alpine\nARG GITHUB_TOKEN\n', R, 'GITHUB_TOKEN');
    assert.deepStrictEqual(f.aliases, ['DL3064', 'SecretsUsedInArgOrEnv']);
    assert.deepStrictEqual(findingsOf('FROM alpine\nENV passwd=x secret=y\n', R).length, 2);
  });
  it('matches whole words only', () => {
    for (const n of ['api_key', 'DATABASE_PASSWORD', 'secret_MESSAGE', 'AUTH', 'AWS_SECRET_ACCESS_KEY', 'APIKEY', 'db_credentials']) assert.ok(isSecretName(n), n);
    for (const n of ['TOKENIZER', 'AUTHOR', 'KEYBOARD_LAYOUT', 'PUBLIC_KEY', 'SSH_KEY_FILE', 'TOKEN_VERSION', 'MONKEY']) assert.ok(!isSecretName(n), n);
  });
  it('hadolint ignores by its DL3064 id work', () => {
    expectNone('FROM alpine\n# hadolint ignore=DL3064\nARG GITHUB_TOKEN\n', R);
  });
  it('does not fire for ordinary names', () => {
    expectNone('FROM alpine\nARG VERSION=1\nENV AUTHOR=me PUBLIC_KEY=x\n', R);
  });
});
