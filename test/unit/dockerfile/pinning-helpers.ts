/** Assertions for the pinning rules: one finding per RUN, its exact range, and one related location per package. */
import * as assert from 'assert';
import type { Finding } from '../../../src/core/base/model/finding';
import { findingsOf, textAt, type LintOptions } from '../helpers';

/**
 * Asserts exactly one `rule` finding in `text`, covering `range` (the install from its package manager word to its
 * last unpinned package), with the unpinned `packages` as related locations in the same file, in document order.
 */
export function expectUnpinned(text: string, rule: string, range: string, packages: string[], options?: LintOptions): Finding {
  const found = findingsOf(text, rule, options);
  assert.strictEqual(found.length, 1, `expected one ${rule} finding, got ${found.length}: ${JSON.stringify(found.map((f) => f.message))}`);
  const finding = found[0];
  assert.strictEqual(textAt(text, finding.range), range);
  const related = finding.related ?? [];
  assert.deepStrictEqual(related.map((r) => textAt(text, r.range)), packages);
  for (const r of related) assert.strictEqual(r.path, options?.path ?? '/work/Dockerfile');
  return finding;
}
