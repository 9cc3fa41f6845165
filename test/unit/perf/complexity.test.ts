/**
 * Complexity, not speed (issue 6): growing the input must not grow the work faster than the input. Operation counts
 * where the engine exposes them, otherwise generous ratios of medians (a 4× input may cost at most 10× — linear is
 * 4×, quadratic 16×), so a loaded 2-core CI machine does not make these flaky. The numbers themselves come from
 * `npm run bench`.
 */
import * as assert from 'assert';
import { validate } from 'dockerfile-utils';
import 'dockerfile-ast';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { setAstMemo } from '../../../src/core/formats/dockerfile/ast-memo';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { memoryHost } from '../../../src/core/base/host/file-host';
import { kubernetesStats } from '../../../src/core/formats/kubernetes/analyze-kubernetes';
import type { FileKind } from '../../../src/core/base/model/finding';
import { documentStarts, kubernetesManifest, largeDockerfile } from '../../../bench/generate';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Instruction } = require('dockerfile-ast/lib/instruction') as { Instruction: { prototype: Record<string, (...a: unknown[]) => unknown> } };

const config = defaultConfig();
const host = memoryHost({});
let salt = 0;
const analyse = (text: string, path: string, kind: FileKind) => analyzeFile({ path, text, kind }, config, host);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median ms over `runs` runs of `fn` (after one warm-up). */
function timeMedian(fn: () => void, runs = 5): number {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

/** Calls of dockerfile-ast instruction accessors during `fn`. */
function countAstCalls(fn: () => void): number {
  const names = ['getRange', 'getRawArguments', 'getKeyword'];
  const saved = names.map((n) => Instruction.prototype[n]);
  let calls = 0;
  names.forEach((n, i) => {
    Instruction.prototype[n] = function (this: unknown, ...a: unknown[]) {
      calls++;
      return saved[i].apply(this, a);
    };
  });
  try {
    fn();
  } finally {
    names.forEach((n, i) => (Instruction.prototype[n] = saved[i]));
  }
  return calls;
}

describe('complexity (issue 6)', function () {
  this.timeout(120_000);

  it('Dockerfile: 4× the lines is at most ~4× the AST accesses (no per-finding scans of all instructions)', () => {
    const small = largeDockerfile(600, 7);
    const large = largeDockerfile(2400, 7);
    const a = countAstCalls(() => analyse(`${small}# ${salt++}\n`, '/w/Dockerfile', 'dockerfile'));
    const b = countAstCalls(() => analyse(`${large}# ${salt++}\n`, '/w/Dockerfile', 'dockerfile'));
    assert.ok(a > 0);
    assert.ok(b / a < 6, `AST accesses grew ${(b / a).toFixed(1)}× for 4× the lines (${a} → ${b})`);
  });

  it('Dockerfile: 4× the lines costs at most 10× the time (linear 4×, quadratic 16×)', () => {
    const small = largeDockerfile(500, 8);
    const large = largeDockerfile(2000, 8);
    const a = timeMedian(() => analyse(`${small}# ${salt++}\n`, '/w/Dockerfile', 'dockerfile'));
    const b = timeMedian(() => analyse(`${large}# ${salt++}\n`, '/w/Dockerfile', 'dockerfile'));
    assert.ok(b / a < 10, `${a.toFixed(1)} ms → ${b.toFixed(1)} ms (×${(b / a).toFixed(1)})`);
  });

  it('Kubernetes: a full analysis analyses each document once; a one-character edit re-analyses only that document', () => {
    const text = kubernetesManifest(300, 9).replace(/^# Source: (.*)$/gm, `# Source: $1 ${salt++}`);
    const before = kubernetesStats.documentsAnalysed;
    analyse(text, '/w/m.yaml', 'kubernetes');
    assert.strictEqual(kubernetesStats.documentsAnalysed - before, 300);
    const starts = documentStarts(text);
    for (const doc of [0, 150, 299]) {
      const at = text.indexOf('name: ', starts[doc]) + 'name: '.length;
      const edited = text.slice(0, at) + 'z' + text.slice(at);
      const n = kubernetesStats.documentsAnalysed;
      analyse(edited, '/w/m.yaml', 'kubernetes');
      assert.strictEqual(kubernetesStats.documentsAnalysed - n, 1, `edit in document ${doc}`);
    }
    // a document inserted at the front: the others are still recognised (aligned from the end / by text)
    const n = kubernetesStats.documentsAnalysed;
    analyse(`---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: new-${salt++}\n` + text, '/w/m.yaml', 'kubernetes');
    assert.strictEqual(kubernetesStats.documentsAnalysed - n, 1);
  });

  it('Kubernetes: the incremental edit costs far less than a full analysis', () => {
    const cost = (docs: number) => {
      const base = kubernetesManifest(docs, 10).replace(/^# Source: (.*)$/gm, `# Source: $1 ${salt++}`);
      const starts = documentStarts(base);
      analyse(base, `/w/inc-${docs}.yaml`, 'kubernetes');
      let i = 0;
      const incremental = timeMedian(() => {
        const at = base.indexOf('name: ', starts[(i++ * 7) % starts.length]) + 'name: '.length;
        analyse(base.slice(0, at) + `q${salt++}` + base.slice(at), `/w/inc-${docs}.yaml`, 'kubernetes');
      }, 7);
      const full = timeMedian(() => analyse(base.replace(/^# Source: (.*)$/gm, `# Source: $1 ${salt++}`), `/w/full-${docs}.yaml`, 'kubernetes'), 3);
      return { incremental, full };
    };
    // (the glue around the one re-analysed document — splitting, comparing, shifting findings — is linear by design,
    // so only the ratio to a full analysis of the same file is asserted)
    const large = cost(800);
    assert.ok(large.incremental < large.full / 3, `incremental ${large.incremental.toFixed(1)} ms vs full ${large.full.toFixed(1)} ms`);
  });

  it('the shared parse and argument memos are transparent: dockerfile-utils validate gives the same diagnostics', () => {
    const text = largeDockerfile(400, 11) + 'RUN --mount=type=cache,target=/root/.cache pip install x\nCOPY --chown=1:1 <<EOF /a\nhi\nEOF\nFROM ${UNDEFINED}\nEXPOSE http\n';
    setAstMemo(false);
    const plain = validate(text);
    setAstMemo(true);
    analyse(text, '/w/Dockerfile', 'dockerfile'); // parses and memoises
    const shared = validate(text);
    const again = validate(text);
    assert.deepStrictEqual(shared, plain);
    assert.deepStrictEqual(again, plain);
  });

  it('the memos are transparent to the whole engine: every Dockerfile fixture gives the same findings with and without', () => {
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    const dir = path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'dockerfiles');
    const texts = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    texts.push(largeDockerfile(600, 12), 'FROM --platform=$BUILDPLATFORM ghcr.io/o/a:1@sha256:' + 'a'.repeat(64) + ' AS b\nCOPY --from=b --chown=1:1 --chmod=755 a b /c/\nLABEL x=\'$y\' z=$w\nONBUILD RUN echo $HOME\n');
    let total = 0;
    for (const [i, raw] of texts.entries()) {
      const text = `${raw}\n# transparency ${salt++}\n`;
      setAstMemo(false);
      const plain = analyse(text, `/w/t${i}/Dockerfile`, 'dockerfile').findings;
      setAstMemo(true);
      const memoised = analyse(text, `/w/t${i}/Dockerfile`, 'dockerfile').findings;
      const again = analyse(text, `/w/t${i}/Dockerfile`, 'dockerfile').findings;
      total += plain.length;
      assert.deepStrictEqual(JSON.parse(JSON.stringify(memoised)), JSON.parse(JSON.stringify(plain)), `fixture ${i}`);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(again)), JSON.parse(JSON.stringify(plain)), `fixture ${i} (second run)`);
    }
    assert.ok(total > 50, `the fixtures give findings to compare (${total})`);
  });

  it('memoised arguments are copies: dockerfile-ast moving a range end does not leak into the next call', () => {
    const { DockerfileParser } = require('dockerfile-ast') as typeof import('dockerfile-ast');
    const from = DockerfileParser.parse(`FROM ghcr.io/org/app:1 AS x${salt++}\n`).getFROMs()[0];
    const before = JSON.stringify(from.getImageRange());
    from.getRegistryRange(); // mutates args[0]'s range in place
    from.getImageNameRange();
    assert.strictEqual(JSON.stringify(from.getImageRange()), before);
    assert.strictEqual(JSON.stringify(from.getArguments()[0].getRange()), before, 'the shared argument itself is untouched');
    const copy = from.getArguments();
    copy.shift(); // callers may reshape the array they get
    assert.strictEqual(from.getArguments().length, 3);
  });
});
