import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'instruction-before-from';
describe('instruction-before-from (DL3061)', () => {
  it('points at the keyword of an instruction before FROM', () => {
    const f = expectOne('# syntax=docker/dockerfile:1\nLABEL team=web\nFROM nginx:1.30\n', R, 'LABEL');
    assert.deepStrictEqual(f.aliases, ['DL3061']);
    assert.strictEqual(f.severity, 'error');
  });
  it('allows ARG and comments before FROM', () => {
    expectNone('# comment\nARG BASE=nginx:1.30\nFROM ${BASE}\nLABEL team=web\n', R);
  });
});
