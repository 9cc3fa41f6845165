import * as assert from 'assert';
import { expectNone, expectOne, findingsOf } from '../../helpers';

const RULE = 'add-url-without-checksum';
const SHA = 'a'.repeat(40);

describe('add-url-without-checksum', () => {
  it('points at the URL of ADD https://… without --checksum', () => {
    const f = expectOne('FROM alpine:3.20\nADD https://example.com/tool-1.2.tar.gz /opt/\n', RULE, 'https://example.com/tool-1.2.tar.gz');
    assert.strictEqual(f.severity, 'warning');
    assert.match(f.message, /--checksum/);
  });

  it('handles exec form, other flags and several sources', () => {
    expectOne('FROM alpine:3.20\nADD ["https://example.com/a.tgz", "/opt/"]\n', RULE, 'https://example.com/a.tgz');
    expectOne('FROM alpine:3.20\nADD --chown=1000:1000 http://example.com/a.tgz /opt/\n', RULE, 'http://example.com/a.tgz');
    assert.strictEqual(findingsOf('FROM alpine:3.20\nADD https://a.example/x https://b.example/y local.txt /opt/\n', RULE).length, 2);
  });

  it('reports Git sources not pinned to a commit', () => {
    const f = expectOne('FROM alpine:3.20\nADD https://github.com/org/repo.git#v1.2.0 /src\n', RULE, 'https://github.com/org/repo.git#v1.2.0');
    assert.match(f.message, /commit/);
    expectOne('FROM alpine:3.20\nADD git@github.com:org/repo.git /src\n', RULE, 'git@github.com:org/repo.git');
  });

  it('does not fire with --checksum, for pinned Git commits, local files or the destination', () => {
    expectNone(`FROM alpine:3.20\nADD --checksum=sha256:${'b'.repeat(64)} https://example.com/a.tgz /opt/\n`, RULE);
    expectNone(`FROM alpine:3.20\nADD https://github.com/org/repo.git#${SHA} /src\n`, RULE);
    expectNone(`FROM alpine:3.20\nADD https://github.com/org/repo.git#${SHA}:subdir /src\n`, RULE);
    expectNone('FROM alpine:3.20\nADD app.tar.gz /opt/\n', RULE);
    expectNone('FROM alpine:3.20\nCOPY https-notes.txt /opt/\n', RULE);
    expectNone('FROM alpine:3.20\nADD local.txt https://example.com/\n', RULE);
  });
});
