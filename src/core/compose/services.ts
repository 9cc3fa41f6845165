/**
 * The Compose service model: what each service under `services:` asks of the host, with the exact range of every
 * key and value, read from the YAML AST through aliases and merge keys (`<<: *defaults`) without ever converting the
 * document to JS (alias bombs). Shared by the Compose rules, hovers and the trade-off panel.
 *
 * Ranges are file ranges (0-based, UTF-16), like every finding. A value found through a merge key points into the
 * anchored map where it is written (`merged: true`).
 */
import * as path from 'path';
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseDockerfile, type Stage } from '../dockerfile/model';
import type { FileHost } from '../host/file-host';
import { describeImage } from '../knowledge';
import type { Range } from '../model/finding';
import { parseImageRef, type ImageRef } from '../model/image-ref';
import { parseYamlDocuments, type YamlDocument } from '../yaml/documents';
import { entries, getEntry, resolve, scalarValue, type Entry } from '../yaml/nodes';

export interface ComposeField<T> {
  value: T;
  /** The value as written (an alias token when the value is an alias), or the key when the value is empty. */
  range: Range;
  keyRange: Range;
  /** From the key to the end of the value: the whole `privileged: true` pair (for list items: the item). */
  pairRange: Range;
  /** Found through a merge key: the ranges point into the anchored map. */
  merged: boolean;
  /** As written, when `value` is the result of interpolating `.env` variables (compose/interpolate.ts). */
  written?: string;
}

export interface ComposeImage extends ComposeField<string> {
  ref: ImageRef;
  /** The tag text inside the value (`latest` of `nginx:latest`), when there is one. */
  tagRange?: Range;
}

export type RootVerdict = 'yes' | 'no' | 'unknown';

/** The stage a `build:` produces (final stage, or `target:`), and who it runs as. */
export interface BuiltStage {
  /** Path of the Dockerfile as given to the host. */
  path: string;
  stageName?: string;
  /** The base image as written (global ARGs expanded). */
  baseImage: string;
  /** Range of the FROM line's image in the Dockerfile. */
  fromRange: Range;
  /** The effective USER (last USER of the stage or of the stage it builds on). */
  user?: string;
  userRange?: Range;
  /** User the base image runs as when no USER is set (knowledge table), when known. */
  baseDefaultUser?: string;
  runsAsRoot: RootVerdict;
  /** Why, in words: "USER root on line 12", "no USER; python runs as root by default". */
  reason: string;
}

export interface ComposeBuild {
  keyRange: Range;
  /** The build value (string or map). */
  range: Range;
  context: string;
  dockerfile: string;
  target?: string;
  /** Uses `dockerfile_inline`: there is no file to read. */
  inline: boolean;
  /** Remote context (git URL, http): nothing to read locally. */
  remote: boolean;
  /** The Dockerfile's path, resolved against the Compose file's folder; undefined for inline or remote builds. */
  dockerfilePath?: string;
  /** What the built stage runs as; undefined when the Dockerfile cannot be read. */
  stage?: BuiltStage;
}

export type VolumeType = 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'anonymous' | 'other';

export interface ComposeVolume {
  type: VolumeType;
  /** Host path (bind), volume name (volume) or pipe; undefined for anonymous volumes and tmpfs. */
  source?: string;
  target?: string;
  readOnly: boolean;
  /** True when the source is a path on the host (bind mount, or npipe). */
  hostPath: boolean;
  /** The list item (short syntax scalar or long syntax map). */
  range: Range;
  sourceRange?: Range;
  /** `:ro` / `read_only: true`, when written. */
  readOnlyRange?: Range;
  syntax: 'short' | 'long';
  merged: boolean;
  /** The source as written, when `source` is the result of interpolating `.env` variables. */
  written?: string;
}

export interface ComposeEnvVar {
  name: string;
  /** Undefined when passed through from the shell (`- NAME` or `NAME:` with no value). */
  value?: string;
  nameRange: Range;
  valueRange?: Range;
  /** The list item or the pair. */
  range: Range;
  syntax: 'map' | 'list';
  merged: boolean;
}

export interface ComposeResources {
  /** `deploy.resources.limits` */
  limits: { memory?: ComposeField<string>; cpus?: ComposeField<string>; pids?: ComposeField<string> };
  /** `deploy.resources.reservations` */
  reservations: { memory?: ComposeField<string>; cpus?: ComposeField<string> };
  /** Legacy service-level keys. */
  memLimit?: ComposeField<string>;
  memswapLimit?: ComposeField<string>;
  memReservation?: ComposeField<string>;
  cpus?: ComposeField<string>;
  cpuQuota?: ComposeField<string>;
  cpuShares?: ComposeField<string>;
  pidsLimit?: ComposeField<string>;
}

export interface ComposeService {
  name: string;
  /** The service's key under `services:`: where "missing" findings point. */
  nameRange: Range;
  /** The whole service definition. */
  range: Range;
  /** The YAML document and map node, for fixes (`src/core/yaml/edit.ts`). */
  document: YamlDocument;
  node: YAMLMap;
  image?: ComposeImage;
  build?: ComposeBuild;
  user?: ComposeField<string>;
  privileged?: ComposeField<boolean>;
  networkMode?: ComposeField<string>;
  pid?: ComposeField<string>;
  ipc?: ComposeField<string>;
  usernsMode?: ComposeField<string>;
  /** Upper case, `CAP_` prefix removed. */
  capAdd: Array<ComposeField<string>>;
  capDrop: Array<ComposeField<string>>;
  volumes: ComposeVolume[];
  securityOpt: Array<ComposeField<string>>;
  readOnly?: ComposeField<boolean>;
  runtime?: ComposeField<string>;
  isolation?: ComposeField<string>;
  resources: ComposeResources;
  environment: ComposeEnvVar[];
  /** `extends:` (string or `{service, file}`): the service inherits from another one. */
  extends?: { service: string; file?: string; range: Range };
}

export interface ComposeFile {
  documents: YamlDocument[];
  /** The document holding `services:` (Compose reads one document). */
  document?: YamlDocument;
  services: ComposeService[];
}

/** The services of a Compose file. Broken YAML, no `services:` map or a `services:` that is not a map of maps give []. */
export function composeServices(text: string, filePath: string, host: FileHost): ComposeService[] {
  const documents = parseYamlDocuments(text);
  if (documents.some((d) => d.errors.length)) return [];
  return readComposeFile(documents, filePath, host).services;
}

/** Reads the services of already-parsed documents (the analyser shares its parse). */
export function readComposeFile(documents: YamlDocument[], filePath: string, host: FileHost): ComposeFile {
  for (const ydoc of documents) {
    const doc = ydoc.doc as Document;
    const services = resolve(getEntry(ydoc.doc.contents, 'services', doc)?.value, doc);
    if (!services || !isMap(services)) continue;
    const list = entries(services, doc).filter((e) => !(keyText(e.pair) ?? '').startsWith('x-'));
    if (!list.length || !list.every((e) => e.value === null || isMap(e.value))) return { documents, services: [] };
    const out: ComposeService[] = [];
    for (const e of list) {
      const name = keyText(e.pair);
      if (name === undefined || !e.value || !isMap(e.value)) continue;
      out.push(readService(name, e, e.value, ydoc, filePath, host));
    }
    return { documents, document: ydoc, services: out };
  }
  return { documents, services: [] };
}

function keyText(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) && pair.key.value !== null ? String(pair.key.value) : undefined;
}

function nodeRange(node: unknown): [number, number] | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** Start/end offsets of a scalar's text inside its source token (skips the opening quote). */
function scalarTextStart(ydoc: YamlDocument, node: Node): number {
  const start = node.range![0];
  const c = ydoc.text[start];
  return c === '"' || c === "'" ? start + 1 : start;
}

function readService(name: string, serviceEntry: Entry, svc: YAMLMap, ydoc: YamlDocument, filePath: string, host: FileHost): ComposeService {
  const doc = ydoc.doc as Document;
  const range = (node: unknown) => ydoc.range(node as Node);

  const fieldOf = <T>(e: Entry, value: T): ComposeField<T> => {
    const raw = e.pair.value as Node | null;
    const valueRange = nodeRange(raw);
    const keyR = nodeRange(e.key)!;
    return {
      value,
      range: valueRange && valueRange[1] > valueRange[0] ? ydoc.offsetRange(valueRange[0], valueRange[1]) : ydoc.offsetRange(keyR[0], keyR[1]),
      keyRange: ydoc.offsetRange(keyR[0], keyR[1]),
      pairRange: ydoc.offsetRange(keyR[0], Math.max(keyR[1], valueRange?.[1] ?? keyR[1])),
      merged: e.merged,
    };
  };
  const itemField = (node: Node, value: string, merged: boolean): ComposeField<string> => {
    const r = range(node);
    return { value, range: r, keyRange: r, pairRange: r, merged };
  };
  const str = (map: unknown, key: string): ComposeField<string> | undefined => {
    const e = getEntry(map, key, doc);
    if (!e) return undefined;
    const v = scalarValue(e.value, doc);
    return v === undefined || v === null ? undefined : fieldOf(e, String(v));
  };
  const bool = (map: unknown, key: string): ComposeField<boolean> | undefined => {
    const e = getEntry(map, key, doc);
    if (!e) return undefined;
    const v = scalarValue(e.value, doc);
    if (v === true || (typeof v === 'string' && /^(true|yes|on)$/i.test(v))) return fieldOf(e, true);
    if (v === false || (typeof v === 'string' && /^(false|no|off)$/i.test(v))) return fieldOf(e, false);
    return undefined;
  };
  const list = (map: unknown, key: string, normalise: (s: string) => string = (s) => s): Array<ComposeField<string>> => {
    const e = getEntry(map, key, doc);
    const seq = e?.value;
    if (!e || !seq || !isSeq(seq)) return [];
    const out: Array<ComposeField<string>> = [];
    for (const item of seq.items) {
      const v = scalarValue(item, doc);
      if (v === undefined || v === null) continue;
      out.push(itemField(item as Node, normalise(String(v)), e.merged));
    }
    return out;
  };

  const service: ComposeService = {
    name,
    nameRange: range(serviceEntry.key),
    range: ydoc.offsetRange(nodeRange(serviceEntry.key)![0], nodeRange(svc)?.[1] ?? nodeRange(serviceEntry.key)![1]),
    document: ydoc,
    node: svc,
    user: str(svc, 'user'),
    privileged: bool(svc, 'privileged'),
    networkMode: str(svc, 'network_mode'),
    pid: str(svc, 'pid'),
    ipc: str(svc, 'ipc'),
    usernsMode: str(svc, 'userns_mode'),
    capAdd: list(svc, 'cap_add', normaliseCap),
    capDrop: list(svc, 'cap_drop', normaliseCap),
    volumes: readVolumes(svc, ydoc),
    securityOpt: list(svc, 'security_opt'),
    readOnly: bool(svc, 'read_only'),
    runtime: str(svc, 'runtime'),
    isolation: str(svc, 'isolation'),
    resources: {
      limits: {},
      reservations: {},
      memLimit: str(svc, 'mem_limit'),
      memswapLimit: str(svc, 'memswap_limit'),
      memReservation: str(svc, 'mem_reservation'),
      cpus: str(svc, 'cpus'),
      cpuQuota: str(svc, 'cpu_quota'),
      cpuShares: str(svc, 'cpu_shares'),
      pidsLimit: str(svc, 'pids_limit'),
    },
    environment: readEnvironment(svc, ydoc),
  };
  const resources = getEntry(getEntry(svc, 'deploy', doc)?.value, 'resources', doc)?.value;
  const limits = getEntry(resources, 'limits', doc)?.value;
  const reservations = getEntry(resources, 'reservations', doc)?.value;
  service.resources.limits = { memory: str(limits, 'memory'), cpus: str(limits, 'cpus'), pids: str(limits, 'pids') };
  service.resources.reservations = { memory: str(reservations, 'memory'), cpus: str(reservations, 'cpus') };

  const imageEntry = getEntry(svc, 'image', doc);
  const imageValue = imageEntry ? scalarValue(imageEntry.value, doc) : undefined;
  if (imageEntry && typeof imageValue === 'string' && imageValue.trim()) {
    const ref = parseImageRef(imageValue.trim());
    const image: ComposeImage = { ...fieldOf(imageEntry, imageValue), ref };
    const raw = imageEntry.pair.value as Node | null;
    if (ref.tagOffset !== undefined && raw && isScalar(raw) && imageEntry.value === raw) {
      const start = scalarTextStart(ydoc, raw) + (imageValue.length - imageValue.trimStart().length) + ref.tagOffset;
      image.tagRange = ydoc.offsetRange(start, start + (ref.tag?.length ?? 0));
    }
    service.image = image;
  }

  const extendsEntry = getEntry(svc, 'extends', doc);
  if (extendsEntry) {
    const v = extendsEntry.value;
    const base = isMap(v) ? scalarValue(getEntry(v, 'service', doc)?.value, doc) : scalarValue(v, doc);
    const file = isMap(v) ? scalarValue(getEntry(v, 'file', doc)?.value, doc) : undefined;
    if (base !== undefined && base !== null) {
      service.extends = { service: String(base), file: file === undefined || file === null ? undefined : String(file), range: fieldOf(extendsEntry, null).range };
    }
  }

  const buildEntry = getEntry(svc, 'build', doc);
  if (buildEntry) service.build = readBuild(buildEntry, ydoc, filePath, host, fieldOf);
  return service;
}

function normaliseCap(cap: string): string {
  return cap.trim().toUpperCase().replace(/^CAP_/, '');
}

const REMOTE_CONTEXT = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

function readBuild(
  e: Entry,
  ydoc: YamlDocument,
  filePath: string,
  host: FileHost,
  fieldOf: <T>(e: Entry, value: T) => ComposeField<T>,
): ComposeBuild | undefined {
  const doc = ydoc.doc as Document;
  const value = e.value;
  let context = '.';
  let dockerfile = 'Dockerfile';
  let target: string | undefined;
  let inline = false;
  if (value && isMap(value)) {
    const get = (key: string) => {
      const v = scalarValue(getEntry(value, key, doc)?.value, doc);
      return v === undefined || v === null ? undefined : String(v);
    };
    context = get('context') ?? '.';
    dockerfile = get('dockerfile') ?? 'Dockerfile';
    target = get('target');
    inline = getEntry(value, 'dockerfile_inline', doc) !== undefined;
  } else {
    const v = scalarValue(value, doc);
    if (v === undefined) return undefined;
    if (v !== null) context = String(v);
  }
  const f = fieldOf(e, null);
  const build: ComposeBuild = {
    keyRange: f.keyRange,
    range: f.range,
    context,
    dockerfile,
    target,
    inline,
    remote: REMOTE_CONTEXT.test(context),
  };
  if (inline || build.remote || /\$\{?[A-Za-z_]/.test(context + dockerfile)) return build;
  const dir = path.resolve(path.dirname(filePath), context);
  build.dockerfilePath = path.isAbsolute(dockerfile) ? dockerfile : path.resolve(dir, dockerfile);
  const text = host.readFile(build.dockerfilePath);
  if (text !== undefined) build.stage = builtStage(text, build.dockerfilePath, target);
  return build;
}

/** Who the stage a build produces runs as: USER, or the base image's default user from the knowledge table. */
export function builtStage(text: string, dockerfilePath: string, target?: string): BuiltStage | undefined {
  const model = parseDockerfile(text);
  const stage: Stage | undefined = target
    ? model.stages.find((s) => s.name?.toLowerCase() === target.toLowerCase())
    : model.finalStage;
  if (!stage) return undefined;
  let root: Stage = stage;
  for (let guard = 0; root.parent && guard < 64; guard++) root = root.parent;
  const base: BuiltStage = {
    path: dockerfilePath,
    stageName: stage.name,
    baseImage: root.image.raw,
    fromRange: stage.imageRange,
    runsAsRoot: 'unknown',
    reason: '',
  };
  if (stage.user) {
    const user = stage.user.name.trim();
    const name = user.split(':')[0];
    base.user = user;
    base.userRange = stage.user.instruction.getRange();
    const line = base.userRange.start.line + 1;
    if (/\$/.test(name)) {
      base.reason = `USER ${user} on line ${line} depends on a build argument`;
    } else if (name === 'root' || /^0+$/.test(name)) {
      base.runsAsRoot = 'yes';
      base.reason = `USER ${user} on line ${line} is root`;
    } else {
      base.runsAsRoot = 'no';
      base.reason = `USER ${user} on line ${line}`;
    }
    return base;
  }
  if (stage.isWindows) {
    base.reason = 'Windows image: users are ContainerUser / ContainerAdministrator, not root';
    return base;
  }
  const facts = describeImage(root.image);
  base.baseDefaultUser = facts.defaultUser;
  if (root.image.hasVariables) {
    base.reason = `no USER, and the base image '${root.image.raw}' depends on a build argument`;
  } else if (facts.runsAsNonRootByDefault) {
    base.runsAsRoot = 'no';
    base.reason = `no USER, but ${facts.image} runs as ${facts.defaultUser ?? 'a non-root user'} by default`;
  } else {
    // Docker runs a container as uid 0 unless something says otherwise; an unknown base image is treated the same.
    base.runsAsRoot = 'yes';
    base.reason = facts.known
      ? `no USER, and ${facts.image} runs as ${facts.defaultUser ?? 'root'} by default`
      : `no USER in the Dockerfile, and '${root.image.raw}' is not known to set one`;
  }
  return base;
}

function readVolumes(svc: YAMLMap, ydoc: YamlDocument): ComposeVolume[] {
  const doc = ydoc.doc as Document;
  const e = getEntry(svc, 'volumes', doc);
  const seq = e?.value;
  if (!e || !seq || !isSeq(seq)) return [];
  const out: ComposeVolume[] = [];
  for (const rawItem of seq.items) {
    const item = resolve(rawItem, doc);
    if (!item) continue;
    const itemRange = ydoc.range(rawItem as Node);
    if (isMap(item)) {
      const get = (key: string) => getEntry(item, key, doc);
      const sv = (key: string) => {
        const v = scalarValue(get(key)?.value, doc);
        return v === undefined || v === null ? undefined : String(v);
      };
      const typeText = (sv('type') ?? 'volume').toLowerCase();
      const source = sv('source') ?? sv('src');
      const type: VolumeType = ['bind', 'volume', 'tmpfs', 'npipe'].includes(typeText) ? (typeText as VolumeType) : 'other';
      const ro = get('read_only') ?? get('readonly');
      const roValue = ro ? scalarValue(ro.value, doc) : undefined;
      const srcEntry = get('source') ?? get('src');
      out.push({
        type: type === 'volume' && !source ? 'anonymous' : type,
        source,
        target: sv('target') ?? sv('dst') ?? sv('destination'),
        readOnly: roValue === true || (typeof roValue === 'string' && /^(true|yes|on)$/i.test(roValue)),
        hostPath: type === 'bind' || type === 'npipe',
        range: itemRange,
        sourceRange: srcEntry?.value ? ydoc.range(srcEntry.pair.value as Node) : undefined,
        readOnlyRange: ro ? ydoc.offsetRange(ro.key.range![0], (ro.pair.value as Node | null)?.range?.[1] ?? ro.key.range![1]) : undefined,
        syntax: 'long',
        merged: e.merged,
      });
      continue;
    }
    const spec = scalarValue(item, doc);
    if (typeof spec !== 'string' || !spec) continue;
    const parsed = splitShortVolume(spec);
    const textStart = isScalar(item) && item === rawItem ? scalarTextStart(ydoc, item) : undefined;
    const sub = (start: number, end: number) => (textStart === undefined ? itemRange : ydoc.offsetRange(textStart + start, textStart + end));
    const isPath = parsed.source !== undefined && looksLikeHostPath(parsed.source);
    const type: VolumeType = parsed.source === undefined ? 'anonymous' : isPath ? 'bind' : 'volume';
    out.push({
      type,
      source: parsed.source,
      target: parsed.target,
      readOnly: parsed.modes.includes('ro'),
      hostPath: isPath,
      range: itemRange,
      sourceRange: parsed.source !== undefined ? sub(0, parsed.source.length) : undefined,
      readOnlyRange: parsed.modeStart !== undefined && parsed.modes.includes('ro') ? sub(parsed.modeStart, spec.length) : undefined,
      syntax: 'short',
      merged: e.merged,
    });
  }
  return out;
}

/** `SRC:DST[:MODE]`, `DST`, with Windows drive letters (`C:\data:/data:ro`) kept in the source. */
export function splitShortVolume(spec: string): { source?: string; target?: string; modes: string[]; modeStart?: number } {
  const parts: string[] = [];
  let rest = spec;
  const drive = /^[A-Za-z]:[\\/]/.test(rest);
  let first = '';
  if (drive) {
    first = rest.slice(0, 2);
    rest = rest.slice(2);
  }
  const pieces = rest.split(':');
  pieces[0] = first + pieces[0];
  // a Windows target (`C:\data:D:\target`) also has a drive letter
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0 && /^[A-Za-z]$/.test(pieces[i]) && i + 1 < pieces.length && /^[\\/]/.test(pieces[i + 1])) {
      parts.push(pieces[i] + ':' + pieces[i + 1]);
      i++;
    } else parts.push(pieces[i]);
  }
  if (parts.length === 1) return { target: parts[0], modes: [] };
  const modes = parts.length >= 3 ? parts[2].split(',').map((m) => m.trim().toLowerCase()) : [];
  const modeStart = parts.length >= 3 ? parts[0].length + 1 + parts[1].length + 1 : undefined;
  return { source: parts[0], target: parts[1], modes, modeStart };
}

/** A bind source: absolute, relative (`.`/`..`), home (`~`), a Windows drive or UNC path, or `${PWD}`-style variables. */
export function looksLikeHostPath(source: string): boolean {
  return /^([/.~]|[A-Za-z]:[\\/]|\\\\|\$\{?(PWD|HOME|USERPROFILE|XDG_[A-Z_]+)\b)/.test(source);
}

function readEnvironment(svc: YAMLMap, ydoc: YamlDocument): ComposeEnvVar[] {
  const doc = ydoc.doc as Document;
  const e = getEntry(svc, 'environment', doc);
  const value = e?.value;
  if (!e || !value) return [];
  const out: ComposeEnvVar[] = [];
  if (isMap(value)) {
    for (const entry of entries(value, doc)) {
      const name = keyText(entry.pair);
      if (name === undefined) continue;
      const v = scalarValue(entry.value, doc);
      const keyR = ydoc.range(entry.key);
      const rawValue = entry.pair.value as Node | null;
      const valueRange = rawValue?.range && rawValue.range[1] > rawValue.range[0] ? ydoc.range(rawValue) : undefined;
      out.push({
        name,
        value: v === undefined || v === null ? undefined : String(v),
        nameRange: keyR,
        valueRange,
        range: { start: keyR.start, end: valueRange?.end ?? keyR.end },
        syntax: 'map',
        merged: e.merged || entry.merged,
      });
    }
  } else if (isSeq(value)) {
    for (const rawItem of value.items) {
      const item = resolve(rawItem, doc);
      const spec = scalarValue(item, doc);
      if (spec === undefined || spec === null || !item) continue;
      const text = String(spec);
      const eq = text.indexOf('=');
      const name = eq === -1 ? text : text.slice(0, eq);
      const itemRange = ydoc.range(rawItem as Node);
      const start = isScalar(item) && item === rawItem ? scalarTextStart(ydoc, item) : undefined;
      const sub = (s: number, t: number) => (start === undefined ? itemRange : ydoc.offsetRange(start + s, start + t));
      out.push({
        name: name.trim(),
        value: eq === -1 ? undefined : text.slice(eq + 1),
        nameRange: sub(0, name.length),
        valueRange: eq === -1 ? undefined : sub(eq + 1, text.length),
        range: itemRange,
        syntax: 'list',
        merged: e.merged,
      });
    }
  }
  return out;
}

/* ---------------------------------------------------------------------------------------------------------------- */
/* Questions rules and the panel ask of a service                                                                    */

/** A limit written as `0`, `-1` or empty means "no limit" in Docker. */
function isUnlimited(value: string | undefined): boolean {
  if (value === undefined) return true;
  const v = value.trim();
  return v === '' || v === '-1' || /^0+(\.0*)?[a-z]*$/i.test(v);
}

/** The memory limit in force: `deploy.resources.limits.memory`, else `mem_limit`. */
export function memoryLimitOf(service: ComposeService): ComposeField<string> | undefined {
  const r = service.resources;
  return [r.limits.memory, r.memLimit].find((f) => f && !isUnlimited(f.value));
}

/** The CPU limit in force: `deploy.resources.limits.cpus`, `cpus`, or `cpu_quota`. */
export function cpuLimitOf(service: ComposeService): ComposeField<string> | undefined {
  const r = service.resources;
  return [r.limits.cpus, r.cpus, r.cpuQuota].find((f) => f && !isUnlimited(f.value));
}

/** The pids limit in force: `pids_limit` or `deploy.resources.limits.pids`. */
export function pidsLimitOf(service: ComposeService): ComposeField<string> | undefined {
  const r = service.resources;
  return [r.pidsLimit, r.limits.pids].find((f) => f && !isUnlimited(f.value));
}

/** The `no-new-privileges` security option, if set (`no-new-privileges`, `no-new-privileges:true`, `=true`). */
export function noNewPrivilegesOf(service: ComposeService): { enabled: boolean; field: ComposeField<string> } | undefined {
  for (const field of service.securityOpt) {
    const m = /^no-new-privileges(?:\s*[:=]\s*(.*))?$/i.exec(field.value.trim());
    if (m) return { enabled: m[1] === undefined || /^(true|1|yes)$/i.test(m[1].trim()), field };
  }
  return undefined;
}

/** `user:` names root (`root`, `0`, `0:0`, `root:root`). */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0];
  return name === 'root' || /^0+$/.test(name);
}

/**
 * Follows `extends:` within the same file: the first service in the chain (the service itself first) for which `pick`
 * gives a value. `unknown` when the chain leaves the file (`extends.file`) or is broken, so callers can stay silent.
 */
export function inherited<T>(service: ComposeService, services: ComposeService[], pick: (s: ComposeService) => T | undefined): T | 'unknown' | undefined {
  let current: ComposeService | undefined = service;
  const seen = new Set<ComposeService>();
  while (current && !seen.has(current)) {
    seen.add(current);
    const found = pick(current);
    if (found !== undefined) return found;
    const ext: ComposeService['extends'] = current.extends;
    if (!ext) return undefined;
    if (ext.file) return 'unknown';
    current = services.find((s) => s.name === ext.service);
    if (!current) return 'unknown';
  }
  return undefined;
}
