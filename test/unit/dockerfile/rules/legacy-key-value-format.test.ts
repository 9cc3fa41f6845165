import * as assert from 'assert';
import { expectFix, expectNone, expectOne, findingsOf } from '../../helpers';

const R = 'legacy-key-value-format';
describe('legacy-key-value-format (LegacyKeyValueFormat)', () => {
  it('points at the key of ENV key value', () => {
    const f = expectOne('FROM alpine\nENV NODE_ENV production\n', R, 'NODE_ENV');
    assert.deepStrictEqual(f.aliases, ['LegacyKeyValueFormat']);
    expectOne('FROM alpine\nLABEL maintainer someone\n', R, 'maintainer');
  });
  it('does not fire for key=value', () => {
    expectNone('FROM alpine\nENV A=1 B="2 3"\nLABEL a=b\n', R);
  });
  it('rewrites to key="value", keeping CRLF and inner spaces', () => {
    expectFix('FROM alpine\nENV A b  c\n', R, 'FROM alpine\nENV A="b  c"\n');
    expectFix('FROM alpine\r\nENV A 1\r\nRUN true\r\n', R, 'FROM alpine\r\nENV A="1"\r\nRUN true\r\n');
  });
  it('offers no fix when quoting would be ambiguous', () => {
    const [f] = findingsOf('FROM alpine\nENV A "x y"\n', R);
    assert.ok(f && !f.fix);
  });
});
