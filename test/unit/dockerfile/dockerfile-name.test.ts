import * as assert from 'assert';
import { detectKind, isDockerfileName } from '../../../src/core/engine/detect-kind';

describe('isDockerfileName: the one definition of a Dockerfile name', () => {
  it('accepts Dockerfile, Containerfile and their variants in any case and folder', () => {
    for (const name of [
      'Dockerfile',
      'dockerfile',
      'Containerfile',
      'Dockerfile.alpine',
      'Dockerfile.dev',
      'dockerfile.prod',
      'Dockerfile.3.12',
      'Containerfile.rhel9',
      'api.Dockerfile',
      'web.dockerfile',
      'tools.Containerfile',
      'worker-dockerfile',
      '/repo/services/api/Dockerfile.build',
      'C:\\repo\\app\\Dockerfile',
    ]) {
      assert.strictEqual(isDockerfileName(name), true, name);
    }
  });

  it('rejects source code, docs, data and ignore files that only share the name', () => {
    for (const name of [
      'dockerfile.ts',
      'Dockerfile.py',
      'dockerfile.go',
      'dockerfile.test.js',
      'Dockerfile.md',
      'Dockerfile.json',
      'Dockerfile.yaml',
      'Dockerfile.sh',
      'Dockerfile.dockerignore',
      'api.Dockerfile.dockerignore',
      '/src/parsers/containerfile.rs',
      '-dockerfile',
      'dockerfiles',
      'my-dockerfile.ts',
      'notes.txt',
    ]) {
      assert.strictEqual(isDockerfileName(name), false, name);
    }
  });

  it('detectKind follows it: a dockerfile.ts source file is not linted as a Dockerfile', () => {
    assert.strictEqual(detectKind('/p/src/dockerfile.ts', 'FROM x\n'), undefined);
    assert.strictEqual(detectKind('/p/Dockerfile.alpine', 'FROM alpine:3.20\n'), 'dockerfile');
    assert.strictEqual(detectKind('/p/Dockerfile.yaml', 'services:\n  a:\n    image: x\n'), 'compose');
  });
});
