/**
 * Property-based / fuzz tests over the engine (issue 7): for Dockerfiles, Kubernetes and Compose YAML generated from
 * structured generators and then mutated, `analyzeFile` never throws, no rule errors, every range (findings, fix edits,
 * related locations in the same file) lies inside the document, and it finishes within a bound proportional to the
 * input size, measured against a baseline taken in the same run (robust on a loaded CI machine).
 *
 * Fixed seed by default; `FUZZ_RUNS=10` multiplies the number of inputs, `FUZZ_SEED=n` explores another sequence.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import type { FileKind } from '../../../src/core/base/model/finding';
import { allRuleMetas } from '../../../src/core/engine/rules-registry';
import {
  aliasBomb,
  composeArb,
  deepBlock,
  deepBlockSeq,
  deepFlow,
  deepFlowMap,
  dockerfileArb,
  hugeAnchor,
  hugeLine,
  kubernetesArb,
  manyAliases,
  manyDocuments,
  manyInstructions,
  manyServices,
  mutations,
  recursiveAlias,
} from './generators';
import { analyzeChecked, count, fixAndReanalyze, fuzzConfig, runs, SEED, setAllOnConfig, tried } from './fuzz-util';

const KINDS: FileKind[] = ['dockerfile', 'kubernetes', 'compose'];
const ARBS: Record<FileKind, fc.Arbitrary<string>> = { dockerfile: dockerfileArb, kubernetes: kubernetesArb, compose: composeArb };

/** ms per KB for realistic input of each kind, measured in this run (median of three fresh, uncached texts). */
const baseline: Record<FileKind, number> = { dockerfile: 0, kubernetes: 0, compose: 0 };
/** Generous: a 2-core CI runner under load, GC pauses, and a pathological input may be slower per KB than the baseline. */
const FACTOR = 40;
const FLOOR_MS = 400;

function boundMs(kind: FileKind, chars: number): number {
  return Math.max(FLOOR_MS, FACTOR * baseline[kind] * (chars / 1024));
}

function assertWithinBound(kind: FileKind, text: string, ms: number, what: string): void {
  const bound = boundMs(kind, text.length);
  assert.ok(ms <= bound, `${what}: ${ms.toFixed(0)} ms for ${(text.length / 1024).toFixed(0)} KB exceeds ${bound.toFixed(0)} ms (baseline ${baseline[kind].toFixed(3)} ms/KB × ${FACTOR})`);
}

describe('fuzz: the engine on hostile input', function () {
  this.timeout(120_000);

  before(() => {
    const allOn = fuzzConfig();
    for (const meta of allRuleMetas()) if (meta.defaultOff) allOn.rules.set(meta.id.toLowerCase(), meta.severity);
    setAllOnConfig(allOn);
    const realistic: Record<FileKind, (run: number) => string> = {
      dockerfile: (run) => manyInstructions(600).replace(/pkg/g, `p${run}k`),
      kubernetes: (run) => manyDocuments(120).replace(/name: n/g, `name: r${run}n`),
      compose: (run) => manyServices(250).replace(/image: nginx/g, `image: nginx${run}`),
    };
    for (const kind of KINDS) {
      analyzeChecked(realistic[kind](99), kind); // warm up (module loading, JIT)
      const perKB: number[] = [];
      for (let run = 0; run < 3; run++) {
        const text = realistic[kind](run);
        const { ms } = analyzeChecked(text, kind);
        perKB.push(ms / (text.length / 1024));
      }
      baseline[kind] = perKB.sort((a, b) => a - b)[1];
    }
  });

  after(() => {
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    console.log(`      fuzz inputs tried: ${total} (${Object.entries(tried).map(([k, v]) => `${k} ${v}`).join(', ')}); seed ${SEED}; baseline ms/KB ${KINDS.map((k) => `${k} ${baseline[k].toFixed(3)}`).join(', ')}`);
  });

  for (const kind of KINDS) {
    it(`${kind}: generated and mutated files`, () => {
      fc.assert(
        fc.property(ARBS[kind], mutations, fc.boolean(), (base, muts, allOn) => {
          let text = base;
          for (const m of muts) text = m.apply(text);
          count(`${kind}-mutated`);
          const { result, ms } = analyzeChecked(text, kind, { allOn });
          assertWithinBound(kind, text, ms, `${kind} [${muts.map((m) => m.name).join(', ')}]`);
          fixAndReanalyze(text, kind, result);
        }),
        { seed: SEED, numRuns: runs(kind === 'kubernetes' ? 600 : 700) },
      );
    });
  }

  it('any kind: random bytes, random unicode and other kinds’ files', () => {
    const anyText = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b).toString('utf8')),
      fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b).toString('latin1')),
      fc.string({ unit: 'binary', maxLength: 1024 }),
      fc.string({ unit: fc.constantFrom(...'abc:- \n\t\r"\'[]{}#&*!|>\\$=<%@`,?'.split('')), maxLength: 400 }),
      dockerfileArb,
      kubernetesArb,
      composeArb,
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom(...KINDS), (text, kind) => {
        count('random');
        const { result, ms } = analyzeChecked(text, kind);
        assertWithinBound(kind, text, ms, `random as ${kind}`);
        fixAndReanalyze(text, kind, result);
      }),
      { seed: SEED + 1, numRuns: runs(1000) },
    );
  });

  it('kind detection: random names and contents never throw, analysis follows the detected kind', () => {
    const names = fc.constantFrom('Dockerfile', 'x.yaml', 'compose.yml', 'docker-compose.prod.yaml', 'Containerfile.dev', 'a.Dockerfile', 'README.md', 'values.yaml', '.yaml', 'Dockerfile/');
    fc.assert(
      fc.property(names, fc.oneof(kubernetesArb, composeArb, dockerfileArb, fc.string({ maxLength: 200 })), mutations, (name, base, muts) => {
        let text = base;
        for (const m of muts) text = m.apply(text);
        count('detect');
        const { analyzeFile } = require('../../../src/core/engine/analyze-file') as typeof import('../../../src/core/engine/analyze-file');
        const { memoryHost } = require('../../../src/core/base/host/file-host') as typeof import('../../../src/core/base/host/file-host');
        const result = analyzeFile({ path: `/fuzz/d/${name}`, text }, fuzzConfig(), memoryHost({}));
        if (!result.kind) assert.deepStrictEqual(result.findings, []);
        else analyzeChecked(text, result.kind, { path: `/fuzz/d/${name}` });
      }),
      { seed: SEED + 2, numRuns: runs(400) },
    );
  });

  describe('pathological inputs finish within a size-proportional bound', () => {
    const cases: Array<[string, FileKind, () => string]> = [
      ['Dockerfile with 200 kB lines', 'dockerfile', () => hugeLine('dockerfile')],
      ['Dockerfile: RUN with 5,000 && commands', 'dockerfile', () => 'FROM ubuntu\nRUN ' + Array.from({ length: 5000 }, (_, i) => `apt-get install -y p${i}`).join(' && ') + '\n'],
      ['Dockerfile: 5,000 continuation lines', 'dockerfile', () => 'FROM ubuntu\nRUN apt-get install -y \\\n' + Array.from({ length: 5000 }, (_, i) => `    pkg${i} \\`).join('\n') + '\n'],
      ['Dockerfile: 5,000-deep $( nesting', 'dockerfile', () => 'FROM ubuntu\nRUN ' + '$('.repeat(5000) + 'echo' + ')'.repeat(5000) + '\n'],
      ['Dockerfile: 5,000-deep unterminated $( and quotes', 'dockerfile', () => 'FROM ubuntu\nRUN ' + '"$(`'.repeat(5000) + '\n'],
      ['Dockerfile: 5,000-deep subshells and braces', 'dockerfile', () => 'FROM ubuntu\nRUN ' + '( { '.repeat(5000) + 'true' + ' ; } )'.repeat(5000) + '\n'],
      ['Dockerfile: 5,000-deep ${ } expansion', 'dockerfile', () => 'FROM ubuntu\nARG A=1\nENV B=' + '${A:-'.repeat(5000) + 'x' + '}'.repeat(5000) + '\nFROM ' + '${A:-'.repeat(5000) + '\n'],
      ['Dockerfile: 5,000-deep JSON array', 'dockerfile', () => 'FROM ubuntu\nCMD ' + '['.repeat(5000) + ']'.repeat(5000) + '\nENTRYPOINT ' + '["'.repeat(5000) + '\n'],
      ['Dockerfile: unterminated heredocs ×2,000', 'dockerfile', () => 'FROM ubuntu\n' + 'RUN <<EOF\necho hi\n'.repeat(2000)],
      ['Dockerfile: heredoc with 10,000 lines', 'dockerfile', () => 'FROM ubuntu\nRUN <<EOF\n' + 'apt-get install -y x\n'.repeat(10000) + 'EOF\n'],
      ['Dockerfile: 2,000 stages', 'dockerfile', () => Array.from({ length: 2000 }, (_, i) => `FROM s${i > 0 ? i - 1 : 'ubuntu'} AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} / /`).join('\n')],
      ['Dockerfile: 1,500 ARG/ENV chain', 'dockerfile', () => 'FROM ubuntu\n' + Array.from({ length: 1500 }, (_, i) => `ENV V${i}=\${V${Math.max(0, i - 1)}}\${V${Math.max(0, i - 1)}}`).join('\n') + '\nRUN echo $V1499\n'],
      ['Dockerfile: 50,000 backslashes', 'dockerfile', () => 'FROM ubuntu\nRUN ' + '\\'.repeat(50000)],
      ['Dockerfile: 20,000 empty continuation lines', 'dockerfile', () => 'FROM ubuntu\nRUN echo \\\n' + '\n'.repeat(20000) + 'x\n'],
      ['Dockerfile: CRLF and BOM, 100 kB', 'dockerfile', () => '\ufeff' + manyInstructions(2300).replace(/\n/g, '\r\n')],
      ['Kubernetes: 200 kB lines', 'kubernetes', () => hugeLine('yaml')],
      ['Kubernetes: 5,000-deep flow sequence', 'kubernetes', () => deepFlow(5000)],
      ['Kubernetes: 5,000-deep unterminated flow sequence', 'kubernetes', () => deepFlow(5000, false)],
      ['Kubernetes: 5,000-deep block mapping', 'kubernetes', () => deepBlock(5000)],
      ['Kubernetes: 5,000-deep block sequence', 'kubernetes', () => deepBlockSeq(5000)],
      ['Kubernetes: billion laughs', 'kubernetes', () => aliasBomb('k8s')],
      ['Kubernetes: billion laughs under the alias limit (6 × 9)', 'kubernetes', () => aliasBomb('k8s', 6, 9)],
      ['Kubernetes: billion laughs, 4 levels × 20', 'kubernetes', () => aliasBomb('k8s', 4, 20)],
      ['Kubernetes: 5,000 aliases', 'kubernetes', () => manyAliases('k8s')],
      ['Kubernetes: huge anchor', 'kubernetes', () => hugeAnchor('k8s', 5000)],
      ['Kubernetes: recursive alias', 'kubernetes', () => recursiveAlias.k8s],
      ['Kubernetes: 500 documents', 'kubernetes', () => manyDocuments(500)],
      ['Kubernetes: 100,000 document markers', 'kubernetes', () => 'apiVersion: v1\nkind: Pod\n' + '---\n'.repeat(100000)],
      ['Kubernetes: 1,000 containers in one pod', 'kubernetes', () => 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n' + Array.from({ length: 1000 }, (_, i) => `    - {name: c${i}, image: "nginx", securityContext: {privileged: true}}\n`).join('')],
      ['Kubernetes: CRLF and BOM, 100 kB', 'kubernetes', () => '\ufeff' + manyDocuments(300).replace(/\n/g, '\r\n')],
      ['Compose: 200 kB lines', 'compose', () => `services:\n  a:\n    image: "${'x'.repeat(200 * 1024)}"\n    command: [${'a, '.repeat(60000)}]\n`],
      ['Compose: 5,000-deep flow mapping', 'compose', () => deepFlowMap(5000)],
      ['Compose: 5,000-deep flow sequence', 'compose', () => `services:\n  a:\n    image: x\n    command: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
      ['Compose: 5,000-deep unterminated flow', 'compose', () => `services:\n  a:\n    image: x\n    command: ${'[{a: '.repeat(2500)}\n`],
      ['Compose: 5,000-deep block mapping', 'compose', () => deepBlock(5000, 'compose')],
      ['Compose: billion laughs', 'compose', () => aliasBomb('compose')],
      ['Compose: billion laughs, 4 levels × 20', 'compose', () => aliasBomb('compose', 4, 20)],
      ['Compose: 5,000 aliases', 'compose', () => manyAliases('compose')],
      ['Compose: huge anchor merged', 'compose', () => hugeAnchor('compose', 5000)],
      ['Compose: recursive alias and merge', 'compose', () => recursiveAlias.compose],
      ['Compose: 1,000 services', 'compose', () => manyServices(1000)],
      ['Compose: 10,000 merge keys', 'compose', () => 'x-a: &a {privileged: true}\nservices:\n  w:\n    image: x\n' + Array.from({ length: 10000 }, () => '    <<: *a\n').join('')],
    ];
    for (const [name, kind, make] of cases) {
      it(name, () => {
        const text = make();
        count('pathological');
        const { result, ms } = analyzeChecked(text, kind, { allOn: true });
        assertWithinBound(kind, text, ms, name);
        fixAndReanalyze(text, kind, result);
      });
    }
  });
});
