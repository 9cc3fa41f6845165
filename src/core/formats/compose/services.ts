/**
 * The Compose service model: what each service under `services:` asks of the host, with the exact range of every
 * key and value, read from the YAML AST through aliases and merge keys (`<<: *defaults`) without ever converting the
 * document to JS (alias bombs). Shared by the Compose rules, hovers and the trade-off panel.
 *
 * Ranges are file ranges (0-based, UTF-16), like every finding. A value found through a merge key points into the
 * anchored map where it is written (`merged: true`).
 */
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { FileHost } from '../../base/host/file-host';
import { parseImageRef } from '../../base/model/image-ref';
import type { YamlDocument } from '../../base/yaml/documents';
import { entries, getEntry, resolve, scalarValue, type Entry } from '../../base/yaml/nodes';
import { readBuild } from './service-build';
import { keyText, readEnvironment, readLabels, readVolumes, scalarTextStart } from './service-lists';
import type { ComposeField, ComposeFile, ComposeImage, ComposeService } from './service-types';

export * from './service-types';
export { builtStage } from './service-build';
export { looksLikeHostPath, splitShortVolume } from './service-lists';

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


function nodeRange(node: unknown): [number, number] | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}


/** Readers of one document's fields with their ranges (key, value, pair; merged through `<<:`). */
function fieldReaders(ydoc: YamlDocument) {
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
  return { fieldOf, itemField, str, bool, list };
}

function readService(name: string, serviceEntry: Entry, svc: YAMLMap, ydoc: YamlDocument, filePath: string, host: FileHost): ComposeService {
  const doc = ydoc.doc as Document;
  const range = (node: unknown) => ydoc.range(node as Node);

  const { fieldOf, str, bool, list } = fieldReaders(ydoc);

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
    uts: str(svc, 'uts'),
    platform: str(svc, 'platform'),
    labels: readLabels(svc, ydoc),
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
