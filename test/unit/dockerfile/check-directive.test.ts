import * as assert from 'assert';
import { expectNone, findingsOf } from '../helpers';

describe('BuildKit # check= directive on BuildKit-aliased rules', () => {
  const body = 'FROM node:20\nCMD node server.js\n';
  it('skip=JSONArgsRecommended suppresses the rule', () => {
    assert.strictEqual(findingsOf(body, 'json-args-recommended').length, 1);
    expectNone('# check=skip=JSONArgsRecommended\n' + body, 'json-args-recommended');
    expectNone('# check=skip=all\n' + body, 'json-args-recommended');
  });
  it('error=true raises BuildKit checks to error but leaves other rules alone', () => {
    const text = '# check=error=true\nFROM node:20\nMAINTAINER me\nCMD node server.js\n';
    assert.deepStrictEqual(findingsOf(text, 'json-args-recommended').map((f) => f.severity), ['error']);
    assert.deepStrictEqual(findingsOf(text, 'maintainer-deprecated').map((f) => f.severity), ['error']);
    assert.deepStrictEqual(findingsOf(body, 'json-args-recommended').map((f) => f.severity), ['warning']);
  });
  it('skip keeps the other checks running', () => {
    const text = '# check=skip=JSONArgsRecommended,FromAsCasing\nFROM node:20 as b\nMAINTAINER me\nCMD node server.js\n';
    expectNone(text, 'from-as-casing');
    assert.strictEqual(findingsOf(text, 'maintainer-deprecated').length, 1);
  });
});
