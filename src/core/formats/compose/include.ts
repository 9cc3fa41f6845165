/**
 * Compose's top-level `include:`. Each entry is loaded as a Compose application of its own and its services are copied
 * into the including project (a name conflict is a warning and nothing is merged), so an included file is judged on
 * its own with two things the including file decides:
 *
 *  - the variables it is interpolated with: the entry's `env_file` (default: `.env` in its `project_directory`, which
 *    defaults to the included file's folder), with the including project's own variables winning, as `docker compose`
 *    does;
 *  - in the long syntax, `path:` may list several files that are merged like `-f a -f b`: a service of a later file is
 *    merged over the same-named service of an earlier one.
 *
 * Relative `path`, `project_directory` and `env_file` values resolve against the including file's folder. The files
 * that include a given file are looked for in its own folder and its ancestors (bounded), which covers the usual
 * layout of a root `compose.yaml` including `./team/compose.yaml`.
 */
import type { Document } from 'yaml';
import { WeakCache } from '../../base/caches';
import type { FileHost } from '../../base/host/file-host';
import { parseYamlDocuments } from '../../base/yaml/documents';
import { getEntry, isMap, isSeq, resolve, seqItems, stringValue } from '../../base/yaml/nodes';
import { joinPath, splitPath } from './paths';

export interface IncludeEntry {
  /** The including file. */
  from: string;
  /** The files of the entry, in merge order (absolute or host paths). */
  paths: string[];
  projectDirectory: string;
  /** Environment files, in order (a later one wins). */
  envFiles: string[];
}

const MAX_CHARS = 1_000_000;
const MAX_ANCESTORS = 4;
const MAX_CANDIDATES = 48;
const COMPOSE_NAME = /compose[^/]*\.ya?ml$/i;

function readText(path: string, host: FileHost): string | undefined {
  try {
    const text = host.readFile(path);
    return text !== undefined && text.length <= MAX_CHARS ? text : undefined;
  } catch {
    return undefined;
  }
}

function stringList(node: unknown, doc: Document): string[] {
  const n = resolve(node, doc);
  if (n && isSeq(n)) return seqItems(n, doc).map((i) => stringValue(i, doc)).filter((s): s is string => !!s);
  const s = stringValue(n, doc);
  return s ? [s] : [];
}

/** The `include:` entries of a Compose file's text, with every path resolved. */
export function readIncludes(text: string, path: string): IncludeEntry[] {
  if (!/^include\s*:/m.test(text)) return [];
  const dir = splitPath(path).dir;
  const out: IncludeEntry[] = [];
  for (const ydoc of parseYamlDocuments(text)) {
    if (ydoc.errors.length) continue;
    const doc = ydoc.doc as Document;
    const list = resolve(getEntry(doc.contents, 'include', doc)?.value, doc);
    if (!list || !isSeq(list)) continue;
    for (const item of seqItems(list, doc)) {
      const entry = isMap(item) ? readLongEntry(item, doc, dir) : readShortEntry(stringValue(item, doc), dir);
      if (entry) out.push({ from: path, ...entry });
    }
  }
  return out;
}

function readShortEntry(value: string | undefined, dir: string): Omit<IncludeEntry, 'from'> | undefined {
  if (!value) return undefined;
  const file = joinPath(dir, value);
  const projectDirectory = splitPath(file).dir;
  return { paths: [file], projectDirectory, envFiles: [joinPath(projectDirectory, '.env')] };
}

function readLongEntry(map: unknown, doc: Document, dir: string): Omit<IncludeEntry, 'from'> | undefined {
  const paths = stringList(getEntry(map, 'path', doc)?.value, doc).map((p) => joinPath(dir, p));
  if (!paths.length) return undefined;
  const projectDir = stringValue(getEntry(map, 'project_directory', doc)?.value, doc);
  const projectDirectory = projectDir ? joinPath(dir, projectDir) : splitPath(paths[0]).dir;
  const envFiles = stringList(getEntry(map, 'env_file', doc)?.value, doc).map((p) => joinPath(dir, p));
  return { paths, projectDirectory, envFiles: envFiles.length ? envFiles : [joinPath(projectDirectory, '.env')] };
}

/** Parsed `include:` entries per file text, per host. */
const cache = new WeakCache<FileHost, Map<string, { text: string; entries: IncludeEntry[] }>>('compose/include cache');

function includesOf(path: string, host: FileHost): IncludeEntry[] {
  const text = readText(path, host);
  if (text === undefined) return [];
  let map = cache.get(host);
  if (!map) cache.set(host, (map = new Map()));
  const hit = map.get(path);
  if (hit && hit.text === text) return hit.entries;
  const entries = readIncludes(text, path);
  if (map.size > 256) map.clear();
  map.set(path, { text, entries });
  return entries;
}

function withinRoots(dir: string, host: FileHost): boolean {
  const roots = host.roots;
  if (!roots?.length) return true;
  return roots.some((r) => {
    const root = r.replace(/\\/g, '/').replace(/\/+$/, '');
    return dir === root || dir.startsWith(`${root}/`);
  });
}

/** The include entries, in files of this file's folder and its ancestors, that name this file. */
export function includersOf(path: string, host: FileHost): IncludeEntry[] {
  const target = joinPath('.', path);
  const out: IncludeEntry[] = [];
  let dir = splitPath(target).dir;
  let candidates = 0;
  for (let level = 0; level <= MAX_ANCESTORS && candidates < MAX_CANDIDATES; level++) {
    if (level > 0 && !withinRoots(dir, host)) break;
    const names = safeList(dir, host) ?? [];
    for (const name of names) {
      if (!COMPOSE_NAME.test(name) || candidates >= MAX_CANDIDATES) continue;
      const file = joinPath(dir, name);
      if (file === target) continue;
      candidates++;
      for (const entry of includesOf(file, host)) if (entry.paths.includes(target)) out.push(entry);
    }
    const parent = splitPath(dir).dir;
    if (parent === dir || dir === '.' || dir === '/') break;
    dir = parent;
  }
  return out;
}

function safeList(dir: string, host: FileHost): string[] | undefined {
  try {
    return host.listDir(dir);
  } catch {
    return undefined;
  }
}
