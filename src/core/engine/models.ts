/**
 * Where parsed models live, so that everything read about one version of a file — the rules' findings, the project's
 * facts, the editor's hover and code lens — comes from one parse of it:
 *
 *   ModelStore       one pass over a set of files (a project scan): keyed by format, path and text; lives as long as
 *                    the pass, so what a parse reads from outside the text (a kustomization's images, `.env`) cannot go
 *                    stale in it, and drops a file's models once its facts are read.
 *   DocumentModels   the open documents of an editor session: per document the parts of its latest text only. A
 *                    new text starts afresh (a model may hold what its parse read from other files, such as a
 *                    kustomization's images, which can have changed since); `invalidate()` when files outside the
 *                    texts change, `close(path)` when a document closes.
 */
import type { FileHost } from '../base/host/file-host';
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

/** How many documents keep models (an editor has a few dozen open; closed ones are dropped at once). */
const OPEN_DOCUMENT_LIMIT = 64;

export class DocumentModels {
  /** Parses made (misses), for tests and benchmarks. */
  parses = 0;
  /** Per format and path: the latest text and its parts' models. */
  private readonly documents = new Map<string, { text: string; parts: Map<string, Parsed<unknown>> }>();

  /**
   * The store for this text of the document: the analysis passes it to the engine; the hover and the code lens read
   * the same models through `modelParts`.
   */
  versionOf(format: AnyFormat, path: string, text: string): ModelCache {
    const key = `${format.kind}\0${path}`;
    let entry = this.documents.get(key);
    if (!entry || entry.text !== text) {
      this.documents.delete(key);
      if (this.documents.size >= OPEN_DOCUMENT_LIMIT) this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(key, (entry = { text, parts: new Map() }));
    }
    const { parts } = entry;
    return {
      parse: <Model>(f: AnyFormat, partText: string, partPath: string, host: FileHost): Parsed<Model> => {
        if (f !== format || partPath !== path) return f.parse(partText, partPath, host) as Parsed<Model>;
        if (parts.has(partText)) return parts.get(partText) as Parsed<Model>;
        this.parses++;
        const parsed = format.parse(partText, path, host) as Parsed<Model>;
        parts.set(partText, parsed);
        return parsed;
      },
    };
  }

  /** Files outside the documents' texts changed (a `.env`, a kustomization, a Dockerfile a service builds). */
  invalidate(): void {
    this.documents.clear();
  }

  /** The document closed. */
  close(path: string): void {
    for (const key of [...this.documents.keys()]) if (key.endsWith(`\0${path}`)) this.documents.delete(key);
  }
}

/** One parsed part of a file (the whole file unless the format has parts): its model and the line it starts on. */
export interface ModelPart<Model> {
  model: Model;
  startLine: number;
  /** The line the next part starts on (the part's lines are startLine ≤ line < endLine). */
  endLine: number;
  number: number;
}

/** Every part of a text that has a model (a part whose parse gives a built-in finding or nothing has none). */
export function modelParts<Model>(format: AnyFormat, text: string, path: string, host: FileHost, store: ModelCache): ModelPart<Model>[] {
  const out: ModelPart<Model>[] = [];
  const parts = format.parts?.(text) ?? [{ text, startLine: 0 }];
  for (let number = 0; number < parts.length; number++) {
    let parsed: Parsed<Model>;
    try {
      parsed = store.parse<Model>(format, parts[number].text, path, host);
    } catch {
      continue; // bad input never stops a reader
    }
    if (parsed?.model) out.push({ model: parsed.model, startLine: parts[number].startLine, endLine: parts[number + 1]?.startLine ?? Number.MAX_SAFE_INTEGER, number });
  }
  return out;
}

/**
 * The facts of a file: every part the format parses, each model taken from the store (parsed there at most once). A
 * part whose parse or facts throw gives none: bad input never stops a scan.
 */
export function factsOfText(format: AnyFormat, text: string, store: ModelCache, place: Omit<FactsPlace, 'part'>): FileFacts {
  const out: FileFacts = {};
  for (const { model, startLine, number } of modelParts(format, text, place.abs, place.host, store)) {
    let facts: FileFacts;
    try {
      facts = format.facts(model, format.parts ? { ...place, part: { number, startLine } } : place);
    } catch {
      continue;
    }
    if (facts.workloads) (out.workloads ??= []).push(...facts.workloads);
    if (facts.dockerfile) out.dockerfile = facts.dockerfile;
    if (facts.stages) out.stages = facts.stages;
  }
  return out;
}
