import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../../..');

function hasPreCommit(): boolean {
  return spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * The hook as a user's pre-commit runs it: `pre-commit try-repo` clones this repository, installs the hook with
 * `language: node` (npm install + npm pack + a global install of the tarball into its own environment) and runs it on
 * the files of a throw-away repository. Needs Debian's pre-commit (CI installs it) and the npm registry.
 */
describe('pre-commit hook (.pre-commit-hooks.yaml) through Debian pre-commit', function () {
  this.timeout(600_000);
  let home: string;
  before(function () {
    if (!hasPreCommit()) {
      if (process.env.CI) assert.fail('pre-commit is required in CI (.ci/run installs it)');
      this.skip();
    }
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-pre-commit-home-'));
  });

  function userRepo(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-pre-commit-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    spawnSync('git', ['init', '-q'], { cwd: dir });
    spawnSync('git', ['add', '.'], { cwd: dir });
    return dir;
  }

  function tryRepo(dir: string, files: string[]) {
    return spawnSync('pre-commit', ['try-repo', REPO, 'containment', '--files', ...files], { cwd: dir, encoding: 'utf8', env: { ...process.env, PRE_COMMIT_HOME: home } });
  }

  it('fails on a finding in a Dockerfile and a manifest, passes on clean files, ignores unrelated YAML', () => {
    const dir = userRepo({
      'api/Dockerfile': 'FROM node:latest\nUSER node\n',
      'web/Containerfile': 'FROM node:24.11-bookworm-slim\nUSER node\nCMD ["node", "server.js"]\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
    });
    const bad = tryRepo(dir, ['api/Dockerfile', '.github/workflows/ci.yml']);
    assert.strictEqual(bad.status, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /base-image-latest-tag/);
    const good = tryRepo(dir, ['web/Containerfile', '.github/workflows/ci.yml']);
    assert.strictEqual(good.status, 0, good.stdout + good.stderr);
    assert.match(good.stdout, /containment\.+Passed/);
  });

  it('selects Dockerfiles, Containerfiles, Compose and YAML files and nothing else', () => {
    const hooks = fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8');
    const files = new RegExp(/files: (.*)$/m.exec(hooks)![1].replace(/^\(\?i\)/, ''), 'i');
    for (const yes of ['Dockerfile', 'api/Dockerfile.prod', 'Containerfile', 'build/app.dockerfile', 'compose.yaml', 'docker-compose.override.yml', 'k8s/deploy.yaml']) assert.ok(files.test(yes), yes);
    for (const no of ['README.md', 'src/dockerfile.ts', 'Dockerfile/notes.txt', 'values.json']) assert.ok(!files.test(no), no);
  });
});
