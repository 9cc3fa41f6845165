import * as assert from 'assert';
import { secretLookingValue } from '../../../../src/core/base/text/secret-values';
import { expectNone, expectOne } from '../../helpers';
import { deployment, opts } from '../k8s';
import { opts as composeOpts, yaml } from '../../compose/util';

// built at run time: no credential-shaped literal in the repository
const github = 'ghp_' + 'A1b2C3d4E5'.repeat(4);
const aws = 'AKIA' + 'Q'.repeat(16);
const pem = '-----BEGIN ' + 'RSA PRIVATE KEY-----\nMIIB...';

describe('secret-looking environment values', () => {
  it('recognises prefixed tokens and PEM keys, not placeholders', () => {
    assert.strictEqual(secretLookingValue(github), 'a GitHub token');
    assert.strictEqual(secretLookingValue(aws), 'an AWS access key id');
    assert.strictEqual(secretLookingValue(pem), 'a PEM private key');
    assert.strictEqual(secretLookingValue('xoxb-' + '1234567890-abcdefghij'), 'a Slack token');
    assert.strictEqual(secretLookingValue('ghp_xxxxxxxx'), undefined);
    assert.strictEqual(secretLookingValue('AKIAEXAMPLE'), undefined);
    assert.strictEqual(secretLookingValue('-----BEGIN CERTIFICATE-----\nMIIB'), undefined);
  });

  it('k8s-secret-in-env fires on the value whatever the variable is called', () => {
    const text = deployment({ container: `env:\n  - name: GIT_CONFIG\n    value: ${github}` });
    const f = expectOne(text, 'k8s-secret-in-env', github, opts());
    assert.match(f.message, /looks like a GitHub token/);
    expectNone(deployment({ container: 'env:\n  - name: GIT_CONFIG\n    value: main' }), 'k8s-secret-in-env', opts());
  });

  it('compose-env-var-secret does too, in map and list syntax', () => {
    const map = yaml('services:', '  ci:', '    image: alpine:3.20', '    environment:', `      UPLOAD: ${aws}`);
    assert.match(expectOne(map, 'compose-env-var-secret', aws, composeOpts()).message, /AWS access key id/);
    const list = yaml('services:', '  ci:', '    image: alpine:3.20', '    environment:', `      - UPLOAD=${github}`);
    assert.strictEqual(expectOne(list, 'compose-env-var-secret', github, composeOpts()).rule, 'compose-env-var-secret');
  });
});
