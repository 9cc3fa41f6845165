/**
 * The models of one pass over a set of files (a project scan): each format's parse of a text, kept so that everything
 * the pass reads about a file — the rules' findings and the project's facts — comes from one parse of each version.
 * Keyed by format, path and text (a new text is a new version). A store lives as long as its pass, so what a parse
 * reads from outside the text (a kustomization's images, `.env`) cannot go stale in it; the editor's per-keystroke
 * analysis keeps its own caches (docs/ARCHITECTURE.md, Caches) and passes no store.
 */
import type { FileHost } from '../host/file-host';
import type { AnyFormat, FactsPlace, FileFacts, ModelCache, Parsed } from './format';

export class ModelStore implements ModelCache {
  /** Parses made (the store's misses), for tests and benchmarks. */
  parses = 0;
  private readonly byFile = new Map<string, Map<string, Parsed<unknown>>>();

  /** The format's model of this text, parsed on first use. A parse that throws is not kept. */
  parse<Model>(format: AnyFormat, text: string, path: string, host: FileHost): Parsed<Model> {
    const key = `${format.kind}\0${path}`;
    let versions = this.byFile.get(key);
    if (!versions) this.byFile.set(key, (versions = new Map()));
    if (versions.has(text)) return versions.get(text) as Parsed<Model>;
    this.parses++;
    const parsed = format.parse(text, path, host) as Parsed<Model>;
    versions.set(text, parsed);
    return parsed;
  }

  /** Drops a file's models once the pass has read all it needs from them. */
  forget(format: AnyFormat, path: string): void {
    this.byFile.delete(`${format.kind}\0${path}`);
  }
}

/**
 * The facts of a file: every part the format parses, each model taken from the store (parsed there at most once). A
 * part whose parse or facts throw gives none: bad input never stops a scan.
 */
export function factsOfText(format: AnyFormat, text: string, store: ModelCache, place: Omit<FactsPlace, 'part'>): FileFacts {
  const out: FileFacts = {};
  const parts = format.parts?.(text) ?? [{ text, startLine: 0 }];
  for (let number = 0; number < parts.length; number++) {
    const part = parts[number];
    let facts: FileFacts;
    try {
      const parsed = store.parse(format, part.text, place.abs, place.host);
      if (!parsed?.model) continue;
      facts = format.facts(parsed.model, format.parts ? { ...place, part: { number, startLine: part.startLine } } : place);
    } catch {
      continue;
    }
    if (facts.workloads) (out.workloads ??= []).push(...facts.workloads);
    if (facts.dockerfile) out.dockerfile = facts.dockerfile;
    if (facts.stages) out.stages = facts.stages;
  }
  return out;
}
