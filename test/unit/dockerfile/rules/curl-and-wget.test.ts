import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'curl-and-wget';
describe('curl-and-wget (DL4001)', () => {
  it('points at the tool that came second in the stage', () => {
    const f = expectOne('FROM debian:12\nRUN curl -fsSLO https://a/x\nRUN wget -q https://a/y\n', R, 'wget');
    assert.deepStrictEqual(f.aliases, ['DL4001']);
    expectOne('FROM debian:12\nRUN wget -q https://a/y && sudo curl -fsSLO https://a/x\n', R, 'curl');
  });
  it('treats stages separately', () => {
    expectNone('FROM debian:12 AS a\nRUN curl -fsSLO https://a/x\nFROM debian:12\nRUN wget -q https://a/y\n', R);
    expectNone('FROM debian:12\nRUN curl -fsSLO https://a/x && curl -fsSLO https://a/y\n', R);
  });
});
