/**
 * Facts from outside one YAML document that change resource findings, applied after the per-document (cached) rules
 * (LimitRanges: limit-range.ts):
 *  - a kustomize patch (kustomization in the same folder, or an overlay that lists this folder/file) that sets the
 *    container's resources.
 * All reads go through the FileHost and are bounded.
 */
import { WeakCache } from '../../base/caches';
import type { Document } from 'yaml';
import type { FileHost } from '../../base/host/file-host';
import { parseYamlDocuments, type YamlDocument } from '../../base/yaml/documents';
import { asMap, getEntry, seqItems, stringValue } from '../../base/yaml/nodes';
import { workloadsOf, type ContainerResources, type ContainerType, type QosClass, type ResourceName } from './workloads';

/** `requests.cpu`, `limits.memory`… */
export type ResourceKey = `${'requests' | 'limits'}.${'cpu' | 'memory' | 'ephemeral-storage'}`;

/** What a "missing resource" finding needs: any one of `satisfiedBy` being set makes it go away. */
export interface ResourceNeed {
  satisfiedBy: ResourceKey[];
  /** A finding about the pod's QoS class as a whole (judged again once LimitRange defaults apply). */
  qosOnly?: boolean;
}

/** Where a resource finding belongs, kept next to the cached finding. */
export interface ResourceTag extends ResourceNeed {
  kind: string;
  name?: string;
  namespace?: string;
  containerName?: string;
  containerIndex: number;
  containerType: ContainerType;
  /** The pod's QoS class as written, and what it is computed from. */
  qos: QosClass;
  pod: Array<{ type: ContainerType; resources: ContainerResources }>;
}

export function needMetBy(need: ResourceNeed, provides: Map<ResourceKey, unknown> | Set<string>): ResourceKey | undefined {
  return need.satisfiedBy.find((k) => provides.has(k));
}

/**
 * The one definition of "missing" for container resources, read by the resource rules and the resources fix: a
 * request is satisfied by itself or by the limit it defaults to, a limit only by itself.
 */
export function satisfiedBy(resource: ResourceName, field: 'request' | 'limit'): ResourceKey[] {
  return field === 'limit' ? [`limits.${resource}`] : [`requests.${resource}`, `limits.${resource}`];
}

/** True when none of `keys` is set in the container's resources. */
export function isMissing(resources: ContainerResources, keys: readonly ResourceKey[]): boolean {
  return keys.every((k) => {
    const [field, resource] = k.split('.') as ['requests' | 'limits', ResourceName];
    return !resources[field][resource];
  });
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Paths                                                                                                              */

export function normPath(p: string): string {
  const s = p.replace(/\\/g, '/');
  const parts: string[] = [];
  const abs = s.startsWith('/');
  for (const part of s.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return (abs ? '/' : '') + parts.join('/');
}

export function dirName(p: string): string {
  const n = normPath(p);
  const i = n.lastIndexOf('/');
  return i <= 0 ? (n.startsWith('/') ? '/' : '.') : n.slice(0, i);
}

export function joinPath(dir: string, rel: string): string {
  return normPath(/^(\/|[A-Za-z]:[\\/])/.test(rel) ? rel : `${dir}/${rel}`);
}

const MAX_FILE_CHARS = 1_000_000;

export function readBounded(host: FileHost, path: string): string | undefined {
  try {
    const text = host.readFile(path);
    return text !== undefined && text.length <= MAX_FILE_CHARS ? text : undefined;
  } catch {
    return undefined;
  }
}

export function listBounded(host: FileHost, dir: string): string[] {
  try {
    return host.listDir(dir) ?? [];
  } catch {
    return [];
  }
}

/**
 * Folder-level facts are read at most once per host every couple of seconds: the CLI reuses one host for a run, the
 * editor re-analyses on every keystroke and must not walk the folder each time.
 */
const FACT_TTL_MS = 2000;
const factCache = new WeakCache<FileHost, Map<string, { at: number; value: unknown }>>('kubernetes/file-facts factCache');

export function cached<T>(host: FileHost, key: string, compute: () => T): T {
  let map = factCache.get(host);
  if (!map) factCache.set(host, (map = new Map()));
  const now = Date.now();
  const hit = map.get(key);
  if (hit && now - hit.at < FACT_TTL_MS) return hit.value as T;
  const value = compute();
  if (map.size > 512) map.clear();
  map.set(key, { at: now, value });
  return value;
}

/** Helm: Go template actions that only make sense before rendering (values, includes, control flow at line start). */
const HELM = /\{\{-?\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\$\.Values|include\s|template\s|toYaml\s|tpl\s|required\s)|^[ \t]*\{\{-?\s*(?:if|else|end|range|with|define)\b/m;

export function isHelmTemplate(text: string): boolean {
  return text.includes('{{') && HELM.test(text);
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* The project's YAML files                                                                                           */

const MAX_YAML_FILES = 400;
const MAX_DEPTH = 8;
const SKIP_DIRS = new Set(['node_modules', 'vendor', 'dist', 'out', 'target']);

/**
 * Visits the YAML files under `root` in a stable order (`read` reads one, bounded), skipping hidden and build folders.
 * False when the walk stopped at its bound of files: facts read from it may be incomplete.
 */
export function walkProjectYaml(root: string, host: FileHost, visit: (path: string, name: string, read: () => string | undefined) => void): boolean {
  let files = 0;
  let complete = true;
  const walk = (dir: string, depth: number) => {
    const names = listBounded(host, dir).sort();
    for (const n of names) {
      if (files >= MAX_YAML_FILES) return void (complete = false);
      const full = joinPath(dir, n);
      if (/\.ya?ml$/i.test(n) || n === 'Kustomization') {
        files++;
        visit(full, n, () => readBounded(host, full));
      } else if (depth < MAX_DEPTH && !n.startsWith('.') && !SKIP_DIRS.has(n) && !/\.[A-Za-z0-9]{1,5}$/.test(n)) {
        walk(full, depth + 1);
      }
    }
  };
  walk(root, 0);
  return complete;
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Kustomize                                                                                                          */

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const MAX_DIRS = 120;

export interface Kustomization {
  dir: string;
  ydoc: YamlDocument;
  resources: string[];
  namespace?: string;
}

function readKustomization(host: FileHost, dir: string): Kustomization | undefined {
  for (const n of KUSTOMIZATION_NAMES) {
    const text = readBounded(host, joinPath(dir, n));
    if (text === undefined) continue;
    const ydoc = parseYamlDocuments(text)[0];
    if (!ydoc || ydoc.errors.length) return undefined;
    const doc = ydoc.doc as Document;
    const resources: string[] = [];
    for (const key of ['resources', 'bases']) {
      for (const item of seqItems(getEntry(ydoc.doc.contents, key, doc)?.value, doc)) {
        const v = stringValue(item, doc);
        if (v && !/^[a-z]+:\/\//i.test(v)) resources.push(joinPath(dir, v));
      }
    }
    return { dir, ydoc, resources, namespace: stringValue(getEntry(ydoc.doc.contents, 'namespace', doc)?.value, doc) };
  }
  return undefined;
}

/** The kustomization in the file's folder that lists the file, if any. */
export function owningKustomization(path: string, host: FileHost): Kustomization | undefined {
  const k = readKustomization(host, dirName(path));
  return k && k.resources.includes(normPath(path)) ? k : undefined;
}

/** The `namespace:` of the kustomization in the file's folder that lists the file, if any. */
export function kustomizationNamespace(path: string, host: FileHost): string | undefined {
  return cached(host, 'kustomize-ns\u0000' + normPath(path), () => {
    const k = readKustomization(host, dirName(path));
    return k && k.resources.includes(normPath(path)) ? k.namespace : undefined;
  });
}

/**
 * Container resource keys set by kustomize patches that apply to the manifest at `path`:
 * `Kind/name/container-name` (or `Kind/name/#index` for JSON patches by index) → keys.
 */
export function kustomizeCoverage(path: string, host: FileHost): Map<string, Set<ResourceKey>> {
  return cached(host, 'kustomize\u0000' + normPath(path), () => readKustomizeCoverage(path, host));
}

function readKustomizeCoverage(path: string, host: FileHost): Map<string, Set<ResourceKey>> {
  const coverage = new Map<string, Set<ResourceKey>>();
  const file = normPath(path);
  const dir = dirName(path);
  const own = readKustomization(host, dir);
  const kustomizations: Kustomization[] = [];
  const ownListsFile = !!own && own.resources.includes(file);
  if (ownListsFile) kustomizations.push(own!);
  // overlays: folders up to two levels below the parent (k8s/base ← k8s/overlays/prod), and below our own folder
  const parent = dirName(dir);
  const candidates: string[] = [];
  const walk = (d: string, depth: number) => {
    if (candidates.length >= MAX_DIRS) return;
    for (const n of listBounded(host, d)) {
      if (n.startsWith('.') || n === 'node_modules' || /\.[A-Za-z0-9]+$/.test(n)) continue;
      const sub = joinPath(d, n);
      if (sub === dir) continue;
      candidates.push(sub);
      if (depth > 1) walk(sub, depth - 1);
      if (candidates.length >= MAX_DIRS) return;
    }
  };
  if (parent !== dir) walk(parent, 2);
  for (const d of candidates) {
    const k = readKustomization(host, d);
    if (!k) continue;
    if (k.resources.includes(file) || (ownListsFile && k.resources.includes(dir))) kustomizations.push(k);
  }
  for (const k of kustomizations) collectPatches(k, host, coverage);
  return coverage;
}

function addCoverage(coverage: Map<string, Set<ResourceKey>>, key: string, keys: Iterable<ResourceKey>): void {
  let set = coverage.get(key);
  if (!set) coverage.set(key, (set = new Set()));
  for (const k of keys) set.add(k);
}

function collectPatches(k: Kustomization, host: FileHost, coverage: Map<string, Set<ResourceKey>>): void {
  const doc = k.ydoc.doc as Document;
  const root = k.ydoc.doc.contents;
  const texts: Array<{ text: string; target?: { kind?: string; name?: string } }> = [];
  for (const item of seqItems(getEntry(root, 'patchesStrategicMerge', doc)?.value, doc)) {
    const v = stringValue(item, doc);
    if (!v) continue;
    const text = v.includes('\n') ? v : readBounded(host, joinPath(k.dir, v));
    if (text) texts.push({ text });
  }
  for (const key of ['patches', 'patchesJson6902']) {
    for (const item of seqItems(getEntry(root, key, doc)?.value, doc)) {
      const m = asMap(item, doc);
      if (!m) {
        const v = stringValue(item, doc); // old-style `patches: [file.yaml]`
        const text = v && readBounded(host, joinPath(k.dir, v));
        if (text) texts.push({ text });
        continue;
      }
      const targetNode = getEntry(m, 'target', doc)?.value;
      const target = targetNode
        ? { kind: stringValue(getEntry(targetNode, 'kind', doc)?.value, doc), name: stringValue(getEntry(targetNode, 'name', doc)?.value, doc) }
        : undefined;
      const inline = stringValue(getEntry(m, 'patch', doc)?.value, doc);
      const p = stringValue(getEntry(m, 'path', doc)?.value, doc);
      const text = inline ?? (p ? readBounded(host, joinPath(k.dir, p)) : undefined);
      if (text) texts.push({ text, target });
    }
  }
  for (const { text, target } of texts) {
    for (const ydoc of parseYamlDocuments(text)) {
      if (ydoc.errors.length) continue;
      const pdoc = ydoc.doc as Document;
      const ops = seqItems(ydoc.doc.contents, pdoc);
      if (ops.length && target?.kind && target.name) {
        jsonPatchCoverage(ydoc, ops, `${target.kind}/${target.name}`, coverage);
        continue;
      }
      for (const w of workloadsOf(ydoc)) {
        w.containers.forEach((c) => {
          const keys: ResourceKey[] = [];
          for (const f of ['requests', 'limits'] as const) for (const r of ['cpu', 'memory', 'ephemeral-storage'] as const) if (c.resources[f][r]) keys.push(`${f}.${r}`);
          if (keys.length && c.name) addCoverage(coverage, `${w.kind}/${w.name}/${c.name}`, keys);
        });
      }
    }
  }
}

const JSON_PATCH_PATH = /\/(containers|initContainers)\/(\d+)\/resources(?:\/(requests|limits)(?:\/(cpu|memory|ephemeral-storage))?)?$/;

function jsonPatchCoverage(ydoc: YamlDocument, ops: unknown[], target: string, coverage: Map<string, Set<ResourceKey>>): void {
  const doc = ydoc.doc as Document;
  for (const op of ops) {
    const verb = stringValue(getEntry(op, 'op', doc)?.value, doc);
    const path = stringValue(getEntry(op, 'path', doc)?.value, doc);
    if ((verb !== 'add' && verb !== 'replace') || !path) continue;
    const m = JSON_PATCH_PATH.exec(path);
    if (!m) continue;
    const value = getEntry(op, 'value', doc)?.value;
    const keys: ResourceKey[] = [];
    const fields = m[3] ? [m[3] as 'requests' | 'limits'] : (['requests', 'limits'] as const);
    for (const f of fields) {
      const holder = m[3] ? value : getEntry(value, f, doc)?.value;
      for (const r of ['cpu', 'memory', 'ephemeral-storage'] as const) {
        if (m[4] ? m[4] === r : getEntry(holder, r, doc)) keys.push(`${f}.${r}`);
      }
    }
    const type = m[1] === 'containers' ? 'container' : 'initContainer';
    if (keys.length) addCoverage(coverage, `${target}/#${type}:${m[2]}`, keys);
  }
}

/** Coverage keys under which a container's patched resources are found. */
export function coverageKeys(tag: ResourceTag): string[] {
  const base = `${tag.kind}/${tag.name}`;
  const keys = [`${base}/#${tag.containerType}:${tag.containerIndex}`];
  if (tag.containerName) keys.push(`${base}/${tag.containerName}`);
  return keys;
}
