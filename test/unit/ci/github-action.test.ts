import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempProject } from '../temp-project';
import { parse } from 'yaml';

const REPO = path.resolve(__dirname, '../../../..');

interface ActionStep {
  name: string;
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Action;

/** Runs the composite action's steps as the runner would: `${{ inputs.x }}` substituted, bash, GITHUB_* set. */
function runAction(workspace: string, inputs: Record<string, string>): { code: number; stdout: string; outputs: Record<string, string> } {
  const outputFile = path.join(workspace, '.github-output');
  fs.writeFileSync(outputFile, '');
  const value = (name: string) => inputs[name] ?? action.inputs[name]?.default ?? '';
  let code = 0;
  let stdout = '';
  for (const step of action.runs.steps) {
    assert.strictEqual(step.shell, 'bash');
    const env: Record<string, string> = { ...process.env, GITHUB_ACTION_PATH: REPO, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace } as Record<string, string>;
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => value(name));
    const r = spawnSync('bash', ['-c', step.run], { cwd: workspace, env, encoding: 'utf8' });
    stdout += r.stdout;
    code = r.status ?? 1;
    if (code !== 0) break;
  }
  const outputs = Object.fromEntries(
    fs
      .readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code, stdout, outputs };
}

const workspace = (files: Record<string, string>) => tempProject(files, 'containment-action-');

describe('GitHub Action (action.yml), its steps run locally', () => {
  before(function () {
    if (!fs.existsSync(path.join(REPO, 'dist', 'cli.js'))) assert.fail('dist/cli.js is missing: run `npm run build` first (npm test does)');
  });

  it('declares the documented inputs and a composite run with the SARIF file as output', () => {
    assert.strictEqual(action.runs.using, 'composite');
    for (const input of ['path', 'format', 'failure-threshold', 'config', 'sarif-file']) assert.ok(action.inputs[input], input);
    assert.match(action.outputs['sarif-file'].value, /steps\.check\.outputs\.sarif-file/);
  });

  it('annotates findings, writes SARIF before failing, and reports the exit code', () => {
    const dir = workspace({ 'api/Dockerfile': 'FROM node:latest\nUSER node\n', 'deploy/app.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.30\n' });
    const r = runAction(dir, { path: 'api deploy' });
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /^::warning file=api\/Dockerfile,line=1,endLine=1,col=11,endColumn=17,title=base-image-latest-tag/m);
    assert.match(r.stdout, /^::\w+ file=deploy\/app\.yaml,/m);
    assert.deepStrictEqual(r.outputs, { 'sarif-file': 'containment.sarif', 'exit-code': '1' });
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'containment.sarif'), 'utf8'));
    assert.strictEqual(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'base-image-latest-tag'));
  });

  it('follows failure-threshold, config and a custom SARIF path', () => {
    const dir = workspace({ Dockerfile: 'FROM node:latest\nUSER node\n', 'ci/containment.yaml': 'rules:\n  base-image-latest-tag: off\n  base-image-heavy: off\n' });
    const none = runAction(dir, { 'failure-threshold': 'none', 'sarif-file': 'reports/c.sarif', format: 'text' });
    assert.strictEqual(none.code, 0);
    assert.ok(fs.existsSync(path.join(dir, 'reports/c.sarif')));
    const configured = runAction(dir, { config: 'ci/containment.yaml' });
    assert.strictEqual(configured.code, 0, configured.stdout);
    assert.doesNotMatch(configured.stdout, /base-image-latest-tag/);
  });
});
