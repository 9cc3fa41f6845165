import * as assert from 'assert';
import { expectNone, expectOne } from '../../helpers';

const R = 'copy-root-from-stage';
describe('copy-root-from-stage (DL3067)', () => {
  it('points at the / source', () => {
    const f = expectOne('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build / /\n', R, '/');
    assert.deepStrictEqual(f.aliases, ['DL3067']);
    assert.strictEqual(f.range.start.character, 18);
  });
  it('does not fire for specific paths or without --from', () => {
    expectNone('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /out/app /app\nCOPY / /\n', R);
    expectNone('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build / /rootfs/\n', R);
  });
  it('from an external image: a note that says image, not stage, and allows for artefact images', () => {
    const f = expectOne('FROM tonistiigi/xx:1.6.1 AS xx\nFROM alpine:3.22\nCOPY --from=ghcr.io/example/helpers:2.0 / /\n', R, '/');
    assert.strictEqual(f.severity, 'info');
    assert.match(f.message, /whole filesystem of the image 'ghcr\.io\/example\/helpers:2\.0'/);
    assert.doesNotMatch(f.message, /stage/);
    const staged = expectOne('FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=0 / /\n', R, '/');
    assert.strictEqual(staged.severity, 'warning');
    assert.match(staged.message, /other stage/);
    // a stage that only names an image (`FROM … AS xx`, nothing after) is that image
    const alias = expectOne('FROM tonistiigi/xx:1.6.1 AS xx\nFROM alpine:3.22\nCOPY --from=xx / /\n', R, '/');
    assert.strictEqual(alias.severity, 'info');
    assert.match(alias.message, /image 'tonistiigi\/xx:1\.6\.1'/);
  });
});
