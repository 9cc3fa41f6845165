import * as assert from 'assert';
import { expectNone, expectOne, findingsOf, textAt, type LintOptions } from '../../helpers';

const R = 'apt-get-unpinned';
const on: LintOptions = { config: (c) => c.rules.set('dl3008', 'warning') };
describe('apt-get-unpinned (DL3008)', () => {
  it('is off by default', () => {
    expectNone('FROM debian:12\nRUN apt-get install -y curl\n', R);
  });
  it('reports each unpinned package when enabled', () => {
    const f = expectOne('FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10 git\n', R, 'git', on);
    assert.deepStrictEqual(f.aliases, ['DL3008']);
    assert.match(f.message, /Pin the version of 'git'/);
    const text = 'FROM debian:12\nRUN apt-get install -y \\\n    ca-certificates \\\n    -t bookworm-backports \\\n    curl/bookworm-backports\n';
    assert.deepStrictEqual(findingsOf(text, R, on).map((x) => textAt(text, x.range)), ['ca-certificates', 'curl/bookworm-backports']);
  });
  it('accepts versions, .deb files, variables and other subcommands', () => {
    expectNone('FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 ./pkg.deb /tmp/x.deb "git=${GIT_VERSION}"\n', R, on);
    expectNone('FROM debian:12\nRUN apt-get update && apt-get remove -y curl && apt-get install -f\n', R, on);
    expectNone('FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confnew install -y curl=7.88.1-10\n', R, on);
  });
});
