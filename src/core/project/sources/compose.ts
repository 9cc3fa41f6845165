/**
 * Compose source adapter: reads `services:` into RawWorkloads (one per service) through the shared YAML layer, with
 * `build:` resolved to the Dockerfile it uses (context + dockerfile, relative to the Compose file).
 */
import * as path from 'path';
import type { Node } from 'yaml';
import { parseYamlDocuments, type YamlDocument } from '../../yaml/documents';
import { entries, getEntry, getIn, getValue, isFalse, isMap, isSeq, isTrue, resolve, scalarValue, seqItems, stringValue } from '../../yaml/nodes';
import type { Location } from '../model';
import type { Fact, RawContainer, RawWorkload } from './types';

const UNTRUSTED_KEY = /(^|[./-])(untrusted|multi-tenant|multitenant|tenant-code|user-code)$/i;

export function composeServices(text: string, relPath: string, absPath: string): RawWorkload[] {
  let docs: YamlDocument[];
  try {
    docs = parseYamlDocuments(text);
  } catch {
    return [];
  }
  const out: RawWorkload[] = [];
  for (const ydoc of docs) {
    const doc = ydoc.doc;
    const services = getValue(ydoc.doc.contents, 'services', doc);
    for (const e of entries(services, doc)) {
      const name = String(scalarValue(e.key, doc) ?? '');
      if (!name || !e.value || !isMap(e.value)) continue;
      out.push(readService(name, e.key, e.value, ydoc, relPath, absPath));
    }
  }
  return out;
}

function readService(name: string, keyNode: Node, svc: Node, ydoc: YamlDocument, relPath: string, absPath: string): RawWorkload {
  const doc = ydoc.doc;
  const loc = (node: unknown): Location => ({ path: relPath, line: ydoc.range(node as Node).start.line + 1 });
  const entry = (map: unknown, key: string) => getEntry(map, key, doc);
  const str = (map: unknown, key: string): Fact<string> | undefined => {
    const e = entry(map, key);
    const v = e ? scalarValue(e.value, doc) : undefined;
    return e && v !== undefined && v !== null ? { value: String(v), location: loc(e.key) } : undefined;
  };
  const bool = (map: unknown, key: string): Fact<boolean> | undefined => {
    const e = entry(map, key);
    if (!e) return undefined;
    return isTrue(e.value, doc) ? { value: true, location: loc(e.key) } : isFalse(e.value, doc) ? { value: false, location: loc(e.key) } : undefined;
  };
  const r = ydoc.range(svc);
  const imageEntry = entry(svc, 'image');
  const w: RawWorkload = {
    platform: 'compose',
    kind: 'service',
    name,
    file: absPath,
    location: loc(keyNode),
    startLine: loc(keyNode).line,
    endLine: r.end.character === 0 && r.end.line > r.start.line ? r.end.line : r.end.line + 1,
    hostMounts: [],
    otherVolumeTypes: [],
    containers: [],
    pod: {},
  };
  const mode = (key: string) => str(svc, key);
  const net = mode('network_mode');
  if (net?.value === 'host') w.hostNetwork = { value: true, location: net.location };
  else if (net?.value === 'none') w.networkNone = { value: true, location: net.location };
  else if (net && /^(service|container):/.test(net.value)) w.networkSharedWith = { value: net.value, location: net.location };
  const pid = mode('pid');
  if (pid?.value === 'host') w.hostPID = { value: true, location: pid.location };
  else if (pid && /^(service|container):/.test(pid.value)) w.shareProcessNamespace = { value: true, location: pid.location };
  const ipc = mode('ipc');
  if (ipc?.value === 'host') w.hostIPC = { value: true, location: ipc.location };
  const uts = mode('uts');
  if (uts?.value === 'host') w.hostUTS = { value: true, location: uts.location };
  const userns = mode('userns_mode');
  if (userns) w.userNamespace = { value: userns.value === 'host' ? 'host' : 'private', location: userns.location };
  const runtime = mode('runtime');
  if (runtime) w.runtime = runtime;
  const isolation = mode('isolation');
  if (isolation) w.windowsIsolation = isolation;
  const platform = mode('platform');
  if (platform && /^windows/i.test(platform.value)) w.targetsWindows = { value: true, location: platform.location };

  // labels: map or list of key=value
  const labels = getValue(svc, 'labels', doc);
  for (const le of entries(labels, doc)) {
    const key = String(scalarValue(le.key, doc) ?? '');
    if (UNTRUSTED_KEY.test(key) && isTrue(le.value, doc)) w.untrusted ??= { value: key, location: loc(le.key) };
  }
  for (const item of seqItems(labels, doc)) {
    const [key, value] = String(scalarValue(item, doc) ?? '').split('=');
    if (UNTRUSTED_KEY.test(key) && /^(true|yes|on)$/i.test(value ?? '')) w.untrusted ??= { value: key, location: loc(item) };
  }

  for (const v of seqItems(getValue(svc, 'volumes', doc), doc)) {
    if (isMap(v)) {
      const type = stringValue(getValue(v, 'type', doc), doc);
      const source = stringValue(getValue(v, 'source', doc), doc);
      if (type === 'bind' && source) w.hostMounts.push({ value: source, location: loc(v) });
      continue;
    }
    const spec = stringValue(v, doc);
    if (!spec) continue;
    const source = splitVolume(spec);
    if (source && /^([/.~]|[A-Za-z]:[\\/]|\\\\|\$)/.test(source)) w.hostMounts.push({ value: source, location: loc(v) });
  }

  // security_opt
  let seccomp: Fact<string> | undefined;
  let noNewPrivs: Fact<boolean> | undefined;
  for (const item of seqItems(getValue(svc, 'security_opt', doc), doc)) {
    const s = String(scalarValue(item, doc) ?? '');
    const m = /^seccomp[:=](.*)$/.exec(s);
    if (m) seccomp = { value: m[1] === 'unconfined' ? 'Unconfined' : 'Localhost', location: loc(item) };
    const n = /^no-new-privileges(?:[:=](.*))?$/.exec(s);
    if (n) noNewPrivs = { value: n[1] === undefined || /^true$/i.test(n[1]), location: loc(item) };
  }

  // limits: v2 keys and deploy.resources
  const limits = getIn(svc, ['deploy', 'resources', 'limits'], doc);
  const reservations = getIn(svc, ['deploy', 'resources', 'reservations'], doc);
  const user = str(svc, 'user');
  const capsAdd = seqItems(getValue(svc, 'cap_add', doc), doc).map((n) => ({ value: String(scalarValue(n, doc) ?? '').toUpperCase().replace(/^CAP_/, ''), location: loc(n) }));
  const capDrop = seqItems(getValue(svc, 'cap_drop', doc), doc).map((n) => String(scalarValue(n, doc) ?? '').toUpperCase());
  const container: RawContainer = {
    name,
    image: imageEntry ? stringValue(imageEntry.value, doc) ?? '' : '',
    init: false,
    location: loc(keyNode),
    imageLocation: loc(imageEntry?.value ?? keyNode),
    privileged: bool(svc, 'privileged'),
    allowPrivilegeEscalation: noNewPrivs ? { value: !noNewPrivs.value, location: noNewPrivs.location } : undefined,
    capsAdd,
    dropAll: capDrop.includes('ALL'),
    runAsUser: user ? { value: user.value.split(':')[0], location: user.location } : undefined,
    seccomp,
    readOnlyRootFilesystem: isTrue(getValue(svc, 'read_only', doc), doc),
    memoryLimit: str(svc, 'mem_limit') ?? str(limits, 'memory'),
    memoryRequest: str(svc, 'mem_reservation') ?? str(reservations, 'memory'),
    cpuRequest: str(reservations, 'cpus') ?? str(svc, 'cpu_shares'),
    cpuLimit: str(svc, 'cpus') ?? str(limits, 'cpus'),
    pidsLimit: str(svc, 'pids_limit') ?? str(limits, 'pids'),
    hostPorts: [],
  };
  const build = entry(svc, 'build');
  if (build) {
    const b = resolve(build.value, doc);
    let context = '.';
    let dockerfile = 'Dockerfile';
    if (b && isMap(b)) {
      context = stringValue(getValue(b, 'context', doc), doc) ?? '.';
      dockerfile = stringValue(getValue(b, 'dockerfile', doc), doc) ?? 'Dockerfile';
    } else if (b && !isSeq(b)) context = stringValue(b, doc) ?? '.';
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.startsWith('git@')) {
      const dir = path.resolve(path.dirname(absPath), context);
      container.buildDockerfile = { value: path.resolve(dir, dockerfile), location: loc(build.key) };
      if (!imageEntry) container.builtOnly = true;
    }
  }
  w.containers.push(container);
  return w;
}

/** The source of a short volume spec `SRC:DST[:MODE]` (Windows drive letters kept), or undefined for `DST` only. */
function splitVolume(spec: string): string | undefined {
  const m = /^([A-Za-z]:[\\/][^:]*|[^:]+):(.+)$/.exec(spec);
  return m ? m[1] : undefined;
}
