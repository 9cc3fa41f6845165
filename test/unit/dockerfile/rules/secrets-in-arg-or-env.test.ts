import * as assert from 'assert';
import { isSecretName, secretAssignment } from '../../../../src/core/formats/dockerfile/rules/secrets-in-arg-or-env';
import { nameWords } from '../../../../src/core/base/text/secret-judgement';
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
  it('splits names on underscores, dashes, dots, colons and camelCase', () => {
    assert.deepStrictEqual(nameWords('Logging__Filters__0__Key'), ['logging', 'filters', '0', 'key']);
    assert.deepStrictEqual(nameWords('dbPassword'), ['db', 'password']);
    assert.deepStrictEqual(nameWords('APIKey.name'), ['api', 'key', 'name']);
  });
  it('does not take public key fingerprints, key ids, key servers or key files for secrets', () => {
    for (const n of ['GPG_KEY', 'GPG_KEYS', 'PGP_KEY', 'SIGNING_KEY_ID', 'KEYSERVER', 'REPO_PUBLIC_KEY', 'NODE_KEY_URL', 'TLS_KEY_FILE', 'CERT_KEY_PATH']) {
      assert.ok(!isSecretName(n), n);
    }
    expectNone('FROM alpine\nENV GPG_KEY 0123456789ABCDEF0123456789ABCDEF01234567\nENV GPG_KEYS="1111222233334444 AAAA5555BBBB6666"\n', R);
    expectNone('FROM alpine\nENV RELEASE_KEY="1234 5678 9ABC DEF0 1234  5678 9ABC DEF0 1234 5678"\n', R);
    expectNone('FROM alpine\nENV VENDOR_KEY=ABCDEF0123456789\n', R);
  });
  it('does not take a configuration path ending in a Key segment for a secret', () => {
    expectNone('FROM alpine\nENV App__Filters__0__Key=ProcessName \\\n    App__Filters__0__Value=1\n', R);
  });
  it('judges values: paths, plain URLs, references, public keys, switches and empty ENV are not secrets', () => {
    const text = [
      'FROM alpine',
      'ENV SSH_KEY=/run/keys/id_ed25519',
      'ENV SERVICE_KEY=https://keys.example.org/service.asc',
      'ENV DB_PASSWORD=$DB_PASSWORD_FROM_BASE',
      'ENV DEPLOY_KEY="ssh-ed25519 AAAAC3Nza example"',
      'ENV USE_TOKEN=true',
      'ENV API_TOKEN=',
      '',
    ].join('\n');
    expectNone(text, R);
  });
  it('still reports secret names with literal values, bare ARGs and key-like names holding key material', () => {
    expectOne('FROM alpine\nENV DB_PASSWORD=hunter22\n', R, 'DB_PASSWORD');
    expectOne('FROM alpine\nARG NPM_TOKEN\n', R, 'NPM_TOKEN');
    expectOne('FROM alpine\nENV STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n', R, 'STRIPE_KEY');
    expectOne('FROM alpine\nARG AWS_ACCESS_KEY_ID\n', R, 'AWS_ACCESS_KEY_ID');
    expectOne('FROM alpine\nARG openai_api_key\n', R, 'openai_api_key');
    assert.strictEqual(secretAssignment('PGPASSWORD', 'abc123'), 'name');
    assert.strictEqual(secretAssignment('MYSQL_ALLOW_EMPTY_PASSWORD', 'yes'), undefined);
  });
  it('reports credentials written into a URL at the value', () => {
    const text = 'FROM alpine\nENV DATABASE_URL=postgres://app:s3cret@db/app\n';
    const f = expectOne(text, R, 'postgres://app:s3cret@db/app');
    assert.match(f.message, /literal password/);
    expectNone('FROM alpine\nENV DATABASE_URL=postgres://app@db/app\n', R);
  });
});
