import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'copy-ignored-file';
const withIgnore = (ignore: string, name = '.dockerignore') => ({ files: { [`/work/${name}`]: ignore } });

describe('copy-ignored-file (CopyIgnoredFile)', () => {
  it('points at the excluded source', () => {
    const f = expectOne('FROM alpine\nCOPY dist/app.js src /app/\n', R, 'dist/app.js', withIgnore('# build output\ndist\n'));
    assert.deepStrictEqual(f.aliases, ['CopyIgnoredFile']);
    assert.match(f.message, /'dist'.*line 2/);
  });
  it('understands **, leading / and exceptions', () => {
    expectOne('FROM alpine\nADD ./a/b/secret.env /x\n', R, './a/b/secret.env', withIgnore('**/*.env\n'));
    expectOne('FROM alpine\nCOPY ["tmp/x", "/x"]\n', R, 'tmp/x', withIgnore('/tmp\n'));
    expectNone('FROM alpine\nCOPY docs/README.md /x\n', R, withIgnore('docs\n!docs/README.md\n'));
    expectNone('FROM alpine\nCOPY docs /x\n', R, withIgnore('docs\n!docs/README.md\n'));
  });
  it('prefers <Dockerfile>.dockerignore next to the Dockerfile', () => {
    const options = { files: { '/work/.dockerignore': 'dist\n', '/work/Dockerfile.dockerignore': 'build\n' } };
    expectNone('FROM alpine\nCOPY dist /x\n', R, options);
    expectOne('FROM alpine\nCOPY build /x\n', R, 'build', options);
  });
  it('does not fire for --from copies, URLs, the destination or without an ignore file', () => {
    const opts = withIgnore('dist\nhttps:\n*.txt\n');
    expectNone('FROM alpine AS b\nFROM alpine\nCOPY --from=b dist /x\nADD https://example.com/dist /dist\nCOPY src dist\n', R, opts);
    expectNone('FROM alpine\nCOPY dist /x\n', R);
    expectNone('FROM alpine\nCOPY . /x\n', R, opts);
  });
});
