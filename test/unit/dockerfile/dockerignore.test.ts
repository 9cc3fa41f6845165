import * as assert from 'assert';
import { cleanPath, DockerIgnore } from '../../../src/core/formats/dockerfile/dockerignore';

describe('dockerignore matching', () => {
  const excluded = (patterns: string, path: string) => DockerIgnore.parse(patterns).isExcluded(path);
  it('matches names, folders and their contents', () => {
    assert.ok(excluded('node_modules', 'node_modules'));
    assert.ok(excluded('node_modules', 'node_modules/x/y.js'));
    assert.ok(!excluded('node_modules', 'src/node_modules'));
    assert.ok(excluded('/build/', 'build/out'));
    assert.ok(excluded('./build', 'build'));
  });
  it('handles * ? [] and escapes within one segment', () => {
    assert.ok(excluded('*.log', 'a.log'));
    assert.ok(!excluded('*.log', 'logs/a.log'));
    assert.ok(excluded('*/*.log', 'logs/a.log'));
    assert.ok(excluded('file?.txt', 'file1.txt'));
    assert.ok(!excluded('file?.txt', 'file10.txt'));
    assert.ok(excluded('[ab].txt', 'a.txt'));
    assert.ok(!excluded('[!ab].txt', 'a.txt'));
    assert.ok(excluded('\\*.txt', '*.txt'));
    assert.ok(!excluded('\\*.txt', 'a.txt'));
  });
  it('handles ** across folders, including none', () => {
    assert.ok(excluded('**/*.env', '.env'.replace('.env', 'x.env')));
    assert.ok(excluded('**/*.env', 'a/b/c.env'));
    assert.ok(excluded('a/**/z', 'a/z'));
    assert.ok(excluded('a/**/z', 'a/b/c/z'));
    assert.ok(excluded('**', 'anything/at/all'));
  });
  it('lets the last matching pattern win, with ! exceptions', () => {
    const ignore = DockerIgnore.parse('*.md\n!README.md\n');
    assert.ok(ignore.isExcluded('CHANGES.md'));
    assert.ok(!ignore.isExcluded('README.md'));
    assert.ok(DockerIgnore.parse('!README.md\n*.md\n').isExcluded('README.md'));
    assert.ok(ignore.hasExclusions);
    assert.ok(DockerIgnore.parse('docs\n!docs/keep\n').mayReincludeBelow('docs'));
    assert.ok(!DockerIgnore.parse('docs\n!other/keep\n').mayReincludeBelow('docs'));
  });
  it('skips comments and blank lines and reports the deciding line', () => {
    const ignore = DockerIgnore.parse('# comment\n\n  dist  \r\n');
    assert.strictEqual(ignore.patterns.length, 1);
    assert.strictEqual(ignore.excludedBy('dist/a')?.line, 2);
  });
  it('cleans paths like path.Clean', () => {
    assert.strictEqual(cleanPath('/a/./b/../c/'), 'a/c');
    assert.strictEqual(cleanPath('./'), '');
  });
});
