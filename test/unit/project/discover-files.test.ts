import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { minimatch } from 'minimatch';
import {
  discoverFiles,
  isProjectFileName,
  PROJECT_FILES_GLOB,
  SKIPPED_FOLDERS_GLOB,
} from '../../../src/core/project/discover-files';
import { tempProject } from '../temp-project';

/** Case-sensitive, as an editor's file search is on Linux. */
const matches = (glob: string, file: string) => minimatch(file, glob, { dot: true, nocase: false });

const PROJECT_FILES = [
  'Dockerfile',
  'dockerfile',
  'DOCKERFILE',
  'DockerFile',
  'Containerfile',
  'api/Dockerfile.prod',
  'api/prod.Dockerfile',
  'api/web.containerfile',
  'api/Web.Containerfile',
  'api/backend-dockerfile',
  'deploy/app.yaml',
  'deploy/app.yml',
  'deploy/APP.YAML',
  'compose.yaml',
  '.github/workflows/ci.yml',
];

describe('project: file discovery and its editor glob', () => {
  it('the editor glob finds every name the scan reads, in any case', () => {
    for (const file of PROJECT_FILES) {
      assert.ok(isProjectFileName(file), `${file} is a project file`);
      assert.ok(matches(PROJECT_FILES_GLOB, file), `${PROJECT_FILES_GLOB} finds ${file}`);
    }
  });

  it('what the glob finds beyond the scan is filtered out by the name test', () => {
    for (const file of ['Dockerfile.md', 'docs/dockerfile-guide.txt', 'src/dockerfile.ts']) {
      assert.ok(matches(PROJECT_FILES_GLOB, file), `${file} is in the superset`);
      assert.ok(!isProjectFileName(file), `${file} is not read`);
    }
    for (const file of ['README.md', 'src/main.go', 'package.json']) assert.ok(!matches(PROJECT_FILES_GLOB, file), file);
  });

  it('the editor exclusion skips the folders the scan skips, and only those', () => {
    assert.ok(matches(SKIPPED_FOLDERS_GLOB, 'web/node_modules/pkg/Dockerfile'));
    assert.ok(matches(SKIPPED_FOLDERS_GLOB, '.git/hooks/x.yaml'));
    assert.ok(matches(SKIPPED_FOLDERS_GLOB, 'infra/.terraform/modules/a.yml'));
    assert.ok(!matches(SKIPPED_FOLDERS_GLOB, 'web/Dockerfile'));
    assert.ok(!matches(SKIPPED_FOLDERS_GLOB, 'vendored/Dockerfile'));
  });

  it('on disk: the scan reads exactly the files the glob finds and the exclusion keeps', () => {
    const files = [...PROJECT_FILES, 'README.md', 'Dockerfile.md', 'node_modules/x/Dockerfile', 'vendor/y/app.yaml'];
    const dir = tempProject(Object.fromEntries(files.map((f) => [f, 'FROM alpine\n'])));
    try {
      const scanned = discoverFiles(dir).map((f) => path.relative(dir, f.path).split(path.sep).join('/'));
      const editor = files.filter((f) => matches(PROJECT_FILES_GLOB, f) && !matches(SKIPPED_FOLDERS_GLOB, f) && isProjectFileName(f));
      assert.deepStrictEqual(scanned, [...editor].sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
