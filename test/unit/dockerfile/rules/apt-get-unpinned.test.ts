import * as assert from 'assert';
import { expectNone, findingsOf, type LintOptions } from '../../helpers';
import { expectUnpinned } from '../pinning-helpers';

const R = 'apt-get-unpinned';
const off: LintOptions = { config: (c) => c.rules.set('dl3008', 'off') };
describe('apt-get-unpinned (DL3008)', () => {
  it('is on by default as a warning, like every pinning rule', () => {
    const f = expectUnpinned('FROM debian:12\nRUN apt-get install -y curl\n', R, 'apt-get install -y curl', ['curl']);
    assert.strictEqual(f.severity, 'warning');
    assert.deepStrictEqual(findingsOf('FROM debian:12\nRUN apt-get install -y curl\n', R, off), []);
  });
  it('reports once per RUN with each unpinned package as a related location', () => {
    const f = expectUnpinned('FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10 git\n', R, 'apt-get install -y --no-install-recommends curl=7.88.1-10 git', ['git']);
    assert.deepStrictEqual(f.aliases, ['DL3008']);
    assert.match(f.message, /'apt-get install' installs 'git' without a pinned version; pin it: 'git=<version>'/);
    const text = 'FROM debian:12\nRUN apt-get install -y \\\n    ca-certificates \\\n    -t bookworm-backports \\\n    curl/bookworm-backports\n';
    expectUnpinned(text, R, text.slice(text.indexOf('apt-get'), -1), ['ca-certificates', 'curl/bookworm-backports']);
  });
  it('accepts versions, .deb files, variables and other subcommands', () => {
    expectNone('FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 ./pkg.deb /tmp/x.deb "git=${GIT_VERSION}"\n', R);
    expectNone('FROM debian:12\nRUN apt-get update && apt-get remove -y curl && apt-get install -f\n', R);
    expectNone('FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confnew install -y curl=7.88.1-10\n', R);
  });
});
