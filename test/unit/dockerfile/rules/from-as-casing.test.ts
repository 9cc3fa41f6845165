import * as assert from 'assert';
import { expectFix, expectNone, expectOne } from '../../helpers';

const R = 'from-as-casing';
describe('from-as-casing (FromAsCasing)', () => {
  it('points at a lower-case as after FROM', () => {
    const f = expectOne('FROM debian:12 as builder\n', R, 'as');
    assert.deepStrictEqual(f.aliases, ['FromAsCasing']);
    expectOne('from debian:12 AS builder\n', R, 'AS');
  });
  it('does not fire when the casing matches', () => {
    expectNone('FROM debian:12 AS builder\nfrom debian:12 as other\nFROM debian:12\n', R);
  });
  it('fixes the AS keyword, keeping CRLF', () => {
    expectFix('FROM debian:12 as builder\nRUN true\n', R, 'FROM debian:12 AS builder\nRUN true\n');
    expectFix('from debian:12 As b\r\nrun true\r\n', R, 'from debian:12 as b\r\nrun true\r\n');
  });
});
