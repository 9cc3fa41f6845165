import * as assert from 'assert';
import { expectNone, findingsOf, textAt, type LintOptions } from '../../helpers';

const R = 'inline-ignore-pragma';
const on: LintOptions = { config: (c) => c.rules.set(R, 'info') };

describe('inline-ignore-pragma (DL1001, opt-in)', () => {
  it('is off by default', () => {
    expectNone('FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n', R);
  });

  it('reports each inline hadolint or containment ignore comment, on the comment', () => {
    const text = 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n# containment ignore=pipe-to-shell\nRUN curl -fsS https://example.com/i.sh | sh\n';
    const found = findingsOf(text, R, on);
    assert.deepStrictEqual(found.map((f) => textAt(text, f.range)), ['# hadolint ignore=DL3008', '# containment ignore=pipe-to-shell']);
    assert.deepStrictEqual(found[0].aliases, ['DL1001']);
  });

  it('does not fire on other pragmas, global ignores or plain comments', () => {
    expectNone('# hadolint shell=powershell\nFROM debian:12\n# containment global ignore=DL3008\n# install curl\nRUN apt-get install -y curl\n', R, on);
  });
});
