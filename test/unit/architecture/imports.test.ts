import * as assert from 'assert';
import { importGraph } from './source-graph';

/**
 * The layers of src/, lowest first (docs/ARCHITECTURE.md draws them). A module may import its own layer or lower
 * ones, never a higher one. The first matching prefix decides a file's layer.
 */
const LAYERS: Array<{ name: string; prefixes: string[] }> = [
  { name: 'base', prefixes: ['src/core/base/'] },
  { name: 'knowledge', prefixes: ['src/core/knowledge/'] },
  // the Format contract and the one pipeline every format runs through: built-in findings, severity overrides, policy
  // gating, suppression, sandbox down-grading; the model stores (one parse per file version, read by every consumer)
  {
    name: 'pipeline',
    prefixes: [
      'src/core/engine/format.ts',
      'src/core/engine/pipeline.ts',
      'src/core/engine/run-rules.ts',
      'src/core/engine/builtin-rules.ts',
      'src/core/engine/yaml-builtins.ts',
      'src/core/engine/models.ts',
    ],
  },
  { name: 'formats', prefixes: ['src/core/formats/'] },
  { name: 'engine', prefixes: ['src/core/engine/'] },
  { name: 'project', prefixes: ['src/core/project/'] },
  { name: 'report', prefixes: ['src/core/report/'] },
  { name: 'features', prefixes: ['src/core/features/'] },
  { name: 'adapters', prefixes: ['src/cli/', 'src/extension/', 'src/lsp/'] },
];

/**
 * Upward imports that are known and owned elsewhere, each with its way out. The test fails when one disappears, so
 * the list cannot go stale.
 */
const KNOWN_UPWARD = new Map<string, string>([]);

function layerOf(file: string): number {
  const i = LAYERS.findIndex((l) => l.prefixes.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)));
  assert.ok(i >= 0, `${file} belongs to no layer: add its folder to LAYERS and docs/ARCHITECTURE.md`);
  return i;
}

describe('architecture: the import graph', () => {
  const graph = importGraph();

  it('every source file belongs to a layer', () => {
    for (const file of graph.keys()) layerOf(file);
  });

  it('no import runs from a lower layer to a higher one', () => {
    const upward: string[] = [];
    for (const [file, { files }] of graph) {
      for (const target of files) {
        if (layerOf(target) > layerOf(file)) upward.push(`${file} -> ${target}`);
      }
    }
    const unknown = upward.filter((e) => !KNOWN_UPWARD.has(e));
    assert.deepStrictEqual(unknown, [], `upward imports (${LAYERS.map((l) => l.name).join(' < ')})`);
    for (const known of KNOWN_UPWARD.keys()) assert.ok(upward.includes(known), `${known} is gone: remove it from KNOWN_UPWARD`);
  });

  it('src/core never imports vscode (only the extension adapter does)', () => {
    for (const [file, { packages }] of graph) {
      if (file.startsWith('src/core/')) assert.ok(!packages.includes('vscode'), `${file} imports vscode`);
    }
  });

  /** Cycles among `files` (each edge kept when `keep` says so), as `a -> b -> a` paths. */
  const cyclesOf = (files: (file: string) => boolean, keep: (from: string, to: string) => boolean): string[] => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file)?.files ?? []) {
        if (!files(next) || !keep(file, next)) continue;
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (files(file) && !state.has(file)) visit(file);
    return cycles;
  };

  it('src/core has no import cycles, type-only imports included', () => {
    assert.deepStrictEqual(cyclesOf((f) => f.startsWith('src/core/'), () => true), []);
  });

  it('src has no run-time import cycles (the adapters share a few types both ways)', () => {
    assert.deepStrictEqual(cyclesOf(() => true, (from, to) => !graph.get(from)?.typeOnly.has(to)), []);
  });
});
