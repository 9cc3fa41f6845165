import type { AnyFormat } from '../../src/core/engine/format';
import { formatFor } from '../../src/core/engine/formats';
import type { FileKind } from '../../src/core/base/model/finding';

/**
 * Counts every parse of a format while `run` runs, by format, path and the parsed text's first line naming something
 * (`name:` or `FROM`): a YAML document or a Dockerfile.
 */
export function countParses(run: () => void): Map<string, number> {
  const counts = new Map<string, number>();
  const formats = (['dockerfile', 'compose', 'kubernetes'] as FileKind[]).map((k) => formatFor(k));
  const originals = formats.map((f) => f.parse);
  formats.forEach((f: AnyFormat, i) => {
    f.parse = (text: string, path: string, host) => {
      const key = `${f.kind} ${path} ${text.split('\n').find((l) => /name:|FROM/.test(l))?.trim()}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return originals[i].call(f, text, path, host);
    };
  });
  try {
    run();
  } finally {
    formats.forEach((f, i) => (f.parse = originals[i]));
  }
  return counts;
}
