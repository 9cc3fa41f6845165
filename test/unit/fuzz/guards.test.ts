/**
 * Engine guards (issue 7): alias bombs are bounded and reported as `yaml-alias-limit` for Kubernetes and Compose,
 * files above `maxFileBytes` give exactly one `file-skipped` info, binary files are detected and skipped — through
 * the engine and through the CLI bundle. Regression tests for the crashes the fuzz suite found are at the end.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { analyzeFile, looksBinary } from '../../../src/core/engine/analyze-file';
import { memoryHost } from '../../../src/core/base/host/file-host';
import type { FileKind } from '../../../src/core/base/model/finding';
import { LineIndex } from '../../../src/core/base/text/line-index';
import { suggestName } from '../../../src/core/formats/dockerfile/variable-refs';
import { aliasBomb, manyAliases } from './generators';
import { analyzeChecked } from './fuzz-util';

const CLI = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

describe('guards: alias bombs, size limit, binary files', function () {
  this.timeout(60_000);

  for (const [kind, k] of [['kubernetes', 'k8s'], ['compose', 'compose']] as const) {
    it(`${kind}: billion laughs is reported once as yaml-alias-limit, not expanded, and fast`, () => {
      for (const [levels, width] of [[9, 9], [6, 9], [4, 20], [20, 2]]) {
        const text = aliasBomb(k, levels, width);
        const { result, ms } = analyzeChecked(text, kind);
        assert.deepStrictEqual(result.findings.map((f) => f.rule), ['yaml-alias-limit'], `${levels}×${width}`);
        assert.strictEqual(result.findings[0].severity, 'warning');
        assert.ok(ms < 5000, `${ms} ms`);
      }
    });
    it(`${kind}: thousands of aliases are reported as yaml-alias-limit`, () => {
      const { result } = analyzeChecked(manyAliases(k, 5000), kind);
      assert.deepStrictEqual(result.findings.map((f) => f.rule), ['yaml-alias-limit']);
    });
    it(`${kind}: a few harmless aliases are analysed normally`, () => {
      const text =
        kind === 'compose'
          ? 'x-base: &base\n  image: nginx:1.30\n  privileged: true\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n'
          : 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: a\n      image: nginx:1.30\n      securityContext: &sc {privileged: true}\n    - name: b\n      image: nginx:1.30\n      securityContext: *sc\n';
      const { result } = analyzeChecked(text, kind);
      assert.ok(!result.findings.some((f) => f.rule === 'yaml-alias-limit'));
      assert.ok(result.findings.some((f) => f.rule.endsWith('privileged-container')), result.findings.map((f) => f.rule).join());
    });
  }

  const samples: Record<FileKind, string> = {
    dockerfile: 'FROM ubuntu:latest\nRUN apt-get install -y curl\n',
    kubernetes: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: a\n      image: nginx\n',
    compose: 'services:\n  a:\n    image: nginx\n    privileged: true\n',
  };
  for (const kind of Object.keys(samples) as FileKind[]) {
    it(`${kind}: a file above maxFileBytes gives exactly one file-skipped info`, () => {
      const config = defaultConfig();
      config.maxFileBytes = 1000;
      const text = samples[kind] + '#'.repeat(2000) + '\n';
      const result = analyzeFile({ path: `/g/${kind === 'dockerfile' ? 'Dockerfile' : 'x.yaml'}`, text, kind }, config, memoryHost({}));
      assert.deepStrictEqual(result.findings.map((f) => [f.rule, f.severity]), [['file-skipped', 'info']]);
      assert.match(result.findings[0].message, /larger than/);
      assert.deepStrictEqual(result.ruleErrors, []);
      // the default limit is a few MB: a 5 MB file is skipped quickly
      const big = samples[kind] + ('# ' + 'x'.repeat(98) + '\n').repeat(50_000);
      const started = performance.now();
      const skipped = analyzeFile({ path: '/g/f', text: big, kind }, defaultConfig(), memoryHost({}));
      assert.deepStrictEqual(skipped.findings.map((f) => f.rule), ['file-skipped']);
      assert.ok(performance.now() - started < 1000);
    });
    it(`${kind}: binary content is detected and skipped`, () => {
      for (const junk of ['\u0000\u0001\u0002ELF', '\x7fELF\x02\x01\x01' + '\u0003'.repeat(50), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).toString('utf8'), '\ufffd\ufffd\ufffd\u0001'.repeat(40)]) {
        const result = analyzeFile({ path: '/g/b', text: samples[kind] + junk, kind }, defaultConfig(), memoryHost({}));
        assert.deepStrictEqual(result.findings.map((f) => [f.rule, f.severity]), [['file-skipped', 'info']], JSON.stringify(junk));
        assert.match(result.findings[0].message, /binary/);
      }
    });
  }

  it('text with tabs, form feeds, CRLF, emoji and Korean is not taken for binary', () => {
    assert.strictEqual(looksBinary('FROM ubuntu\r\n\tRUN echo "안녕 🚀"\f\n'), false);
    assert.strictEqual(looksBinary(''), false);
    assert.strictEqual(looksBinary('a\u0000b'), true);
  });

  describe('through the CLI bundle', () => {
    let dir: string;
    before(function () {
      if (!fs.existsSync(CLI)) assert.fail(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'containment-guards-'));
      fs.writeFileSync(path.join(dir, 'bomb.yaml'), aliasBomb('k8s'));
      fs.writeFileSync(path.join(dir, 'compose.yaml'), aliasBomb('compose'));
      fs.mkdirSync(path.join(dir, 'big'));
      fs.writeFileSync(path.join(dir, 'big', 'Dockerfile'), 'FROM ubuntu:latest\n' + ('# ' + 'x'.repeat(98) + '\n').repeat(50_000));
      fs.mkdirSync(path.join(dir, 'bin'));
      fs.writeFileSync(path.join(dir, 'bin', 'Dockerfile'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0xff, 0xfe, 0x00, 0x10]));
    });
    after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

    it('reports alias bombs, skips the big and the binary file, in JSON and SARIF', () => {
      const json = spawnSync(process.execPath, [CLI, 'check', '--no-shellcheck', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      assert.ok(json.status === 0 || json.status === 1, `exit ${json.status}: ${json.stderr}`);
      assert.strictEqual(json.stderr, '');
      const files = JSON.parse(json.stdout).files as Array<{ path: string; findings: Array<{ rule: string; severity: string }> }>;
      const rules = (p: string) => files.find((f) => f.path === p)?.findings.map((f) => f.rule);
      assert.deepStrictEqual(rules('bomb.yaml'), ['yaml-alias-limit']);
      assert.deepStrictEqual(rules('compose.yaml'), ['yaml-alias-limit']);
      assert.deepStrictEqual(rules(path.join('big', 'Dockerfile')), ['file-skipped']);
      assert.deepStrictEqual(rules(path.join('bin', 'Dockerfile')), ['file-skipped']);
      const sarif = spawnSync(process.execPath, [CLI, 'check', '--no-shellcheck', '--format', 'sarif', '.'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      const log = JSON.parse(sarif.stdout);
      assert.strictEqual(log.version, '2.1.0');
      const ids = log.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort();
      assert.deepStrictEqual(ids, ['file-skipped', 'file-skipped', 'yaml-alias-limit', 'yaml-alias-limit']);
    });
  });
});

describe('regressions found by the fuzz suite', function () {
  this.timeout(60_000);
  it('dockerfile-ast: an indented instruction before FROM with ${X//a/b} or ${#X} no longer overflows the stack (dockerfile-syntax)', () => {
    for (const text of ['\ufeffRUN echo ${VAR:-default} ${#X} ${X//a/b}\r\n', ' RUN echo ${X//a/b}\n', '  ENV A=${#X}\n', ' FROM a\n RUN ${#X}\n']) {
      const { result } = analyzeChecked(text, 'dockerfile');
      assert.deepStrictEqual(result.ruleErrors, []);
    }
  });
  it('YAML syntax errors ending between \\r and \\n have ranges inside the line (Kubernetes and Compose)', () => {
    analyzeChecked('services:\r\n  "app":\r\n    image: "unterminated\r\n    deploy: {}\r\n', 'compose');
    analyzeChecked('apiVersion: v1\r\nkind: Pod\r\nspec:\r\n\r\n `', 'kubernetes');
    const index = new LineIndex('ab\r\ncd');
    assert.deepStrictEqual(index.positionAt(3), { line: 0, character: 2 }, 'the offset of \\n after \\r is the end of the line');
    assert.deepStrictEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepStrictEqual(index.positionAt(4), { line: 1, character: 0 });
    assert.deepStrictEqual(index.positionAt(6), { line: 1, character: 2 });
  });
  it('apt-get-install-recommends and pip-cache-not-disabled stay linear with thousands of instructions', () => {
    const lines = ['FROM ubuntu:22.04'];
    for (let i = 0; i < 3000; i++) lines.push(`RUN apt-get install -y p${i} && pip install q${i}`, `LABEL l${i}=x`, `COPY /a${i} /b${i}`); // no $VAR: dockerfile-ast resolves each variable in O(instructions)
    const small = lines.slice(0, 301).join('\n') + '\n';
    const big = lines.join('\n') + '\n';
    // dockerfile-syntax off: dockerfile-utils' own variable check is quadratic in ENV × references (reported, not ours)
    const config = defaultConfig();
    config.rules.set('dockerfile-syntax', 'off');
    const time = (text: string) => {
      const started = performance.now();
      const result = analyzeFile({ path: '/g/Dockerfile', text, kind: 'dockerfile' }, config, memoryHost({}));
      assert.deepStrictEqual(result.ruleErrors, []);
      return performance.now() - started;
    };
    time(small);
    const t1 = Math.min(time(small + '#1\n'), time(small + '#2\n'));
    const t20 = time(big);
    // 20× the input: linear is ~20× (~60× measured, GC and caches), quadratic would be ~400×
    assert.ok(t20 < 150 * Math.max(t1, 5), `${t20.toFixed(0)} ms for 20× the input of ${t1.toFixed(0)} ms`);
  });
  it('suggestName: typo suggestions are unchanged, and a shared budget bounds the comparisons', () => {
    assert.strictEqual(suggestName('VERSOIN', ['VERSION', 'PATH']), 'VERSION');
    assert.strictEqual(suggestName('A', ['ABCDEFGH']), undefined);
    const names = Array.from({ length: 5000 }, (_, i) => `NAME${i}`);
    const budget = { left: 1000 };
    for (let i = 0; i < 100; i++) suggestName(`NAMX${i}`, names, budget);
    assert.ok(budget.left <= 0);
    assert.strictEqual(suggestName('NAME1x', names, budget), undefined, 'no comparisons left');
  });
});
