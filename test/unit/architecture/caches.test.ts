import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cacheMap, cacheStats, clearCaches, WeakCache } from '../../../src/core/base/caches';
import { analyzeFile } from '../../../src/core/engine/analyze-file';
import { defaultConfig } from '../../../src/core/knowledge/config/config';
import { memoryHost } from '../../../src/core/base/host/file-host';

const CORE = path.resolve(__dirname, '../../../../src/core');

/**
 * Module-level Maps that are not caches: indexes built once from static tables, and the originals of the functions
 * ast-memo wraps. Anything else at module level must be created through src/core/base/caches.ts.
 */
const NOT_CACHES = new Set([
  'formats/dockerfile/ast-memo.ts originals',
  'formats/kubernetes/removed-apis.ts byKey',
  'features/docs/instruction-docs.ts BY_KEYWORD',
]);

function moduleLevelMaps(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) moduleLevelMaps(full, out);
    else if (entry.name.endsWith('.ts')) {
      const text = fs.readFileSync(full, 'utf8');
      for (const m of text.matchAll(/^(?:export )?(?:const|let) (\w+)\s*(?::[^=\n]+)?=[ \t]*new (?:Weak)?Map\b/gm)) {
        out.push(`${path.relative(CORE, full).split(path.sep).join('/')} ${m[1]}`);
      }
    }
  }
  return out;
}

describe('architecture: caches', () => {
  it('every module-level Map/WeakMap in src/core is a registered cache or a listed static index', () => {
    const stray = moduleLevelMaps(CORE).filter((name) => !NOT_CACHES.has(name));
    assert.deepStrictEqual(stray, [], 'create module-level caches with cacheMap / WeakCache from src/core/base/caches.ts');
  });

  it('the analysers fill registered caches and clearCaches empties them', () => {
    const config = defaultConfig();
    const host = memoryHost({});
    analyzeFile({ path: '/p/Dockerfile', text: 'FROM alpine:3.20\nRUN apk add curl\n' }, config, host);
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: a\n      image: nginx:1.30\n';
    analyzeFile({ path: '/p/deploy.yaml', text: pod }, config, host);
    const filled = cacheStats().filter((c) => (c.size ?? 0) > 0).map((c) => c.name);
    for (const name of ['yaml/documents parseCache', 'kubernetes/analyze-kubernetes docCache', 'dockerfile/model last']) {
      assert.ok(filled.includes(name), `${name} filled (filled: ${filled.join(', ')})`);
    }
    clearCaches();
    assert.deepStrictEqual(cacheStats().filter((c) => (c.size ?? 0) > 0), []);
  });

  it('a WeakCache forgets its entries on clearCaches', () => {
    const weak = new WeakCache<object, number>('test weak');
    const map = cacheMap<string, number>('test map');
    const key = {};
    weak.set(key, 1);
    map.set('a', 1);
    assert.strictEqual(weak.get(key), 1);
    clearCaches();
    assert.strictEqual(weak.get(key), undefined);
    assert.strictEqual(map.size, 0);
  });
});
