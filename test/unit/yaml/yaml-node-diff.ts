/**
 * Structural difference between two `yaml` documents, as Containment sees them: node classes, ranges, scalar values,
 * types, sources and formats, flow style, errors. Comments are not compared (the fast parser does not attach them and
 * nothing in Containment reads them). Returns the first difference as a path, or undefined.
 */
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

const IGNORED = new Set(['comment', 'commentBefore', 'spaceBefore']);

export function yamlDocumentDiff(a: Document.Parsed, b: Document.Parsed): string | undefined {
  if (a.errors.length || b.errors.length) return `errors ${a.errors.length} vs ${b.errors.length}`;
  if (a.warnings.length !== b.warnings.length) return `warnings ${a.warnings.length} vs ${b.warnings.length}`;
  if (JSON.stringify(a.range) !== JSON.stringify(b.range)) return `document range ${JSON.stringify(a.range)} vs ${JSON.stringify(b.range)}`;
  return nodeDiff(a.contents, b.contents, '$');
}

function nodeDiff(a: unknown, b: unknown, path: string): string | undefined {
  if (a === null || b === null || a === undefined || b === undefined) return a === b ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  const ca = (a as object).constructor?.name;
  const cb = (b as object).constructor?.name;
  if (ca !== cb) return `${path}: ${ca} vs ${cb}`;
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)].filter((k) => !IGNORED.has(k)));
  for (const k of keys) {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    if (k === 'items') {
      const ia = va as unknown[];
      const ib = vb as unknown[];
      if (ia.length !== ib.length) return `${path}.items: ${ia.length} vs ${ib.length} items`;
      for (let i = 0; i < ia.length; i++) {
        const d = nodeDiff(ia[i], ib[i], `${path}[${i}]`);
        if (d) return d;
      }
    } else if (k === 'key' || k === 'value') {
      if (isPair(a) || isScalar(va) || isMap(va) || isSeq(va) || va === null) {
        if (isScalar(a) && k === 'value') {
          if (!Object.is(va, vb) && !(typeof va === 'number' && typeof vb === 'number' && Number.isNaN(va) && Number.isNaN(vb))) return `${path}.value: ${String(va)} vs ${String(vb)}`;
        } else {
          const d = nodeDiff(va, vb, `${path}.${k}`);
          if (d) return d;
        }
      } else if (!Object.is(va, vb)) return `${path}.${k}: ${String(va)} vs ${String(vb)}`;
    } else if (JSON.stringify(va) !== JSON.stringify(vb)) return `${path}.${k}: ${JSON.stringify(va)} vs ${JSON.stringify(vb)}`;
  }
  return undefined;
}
