/**
 * Kubernetes source adapter: reads workload manifests (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
 * CronJob, ReplicationController, and `kind: List` items) into RawWorkloads through the shared YAML layer (exact
 * positions, aliases resolved without expansion).
 */
import type { Document, Node } from 'yaml';
import { parseYamlDocuments, type YamlDocument } from '../../yaml/documents';
import { asMap, entries, getEntry, getIn, getValue, isFalse, isTrue, scalarValue, seqItems, stringValue } from '../../yaml/nodes';
import type { Location } from '../model';
import type { Fact, RawContainer, RawWorkload } from './types';

const POD_TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController']);
const RESTRICTED_VOLUME_TYPES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const UNTRUSTED_KEY = /(^|[./-])(untrusted|multi-tenant|multitenant|tenant-code|user-code)$/i;

export function kubernetesWorkloads(text: string, relPath: string, absPath: string): RawWorkload[] {
  const out: RawWorkload[] = [];
  let docs: YamlDocument[];
  try {
    docs = parseYamlDocuments(text);
  } catch {
    return out;
  }
  for (const ydoc of docs) {
    const root = ydoc.doc.contents;
    if (!root) continue;
    const kind = stringValue(getValue(root, 'kind', ydoc.doc), ydoc.doc);
    if (kind === 'List') {
      for (const item of seqItems(getValue(root, 'items', ydoc.doc), ydoc.doc)) {
        const w = readWorkload(item, ydoc, relPath, absPath);
        if (w) out.push(w);
      }
    } else {
      const w = readWorkload(root, ydoc, relPath, absPath);
      if (w) out.push(w);
    }
  }
  return out;
}

function readWorkload(root: Node, ydoc: YamlDocument, relPath: string, absPath: string): RawWorkload | undefined {
  const doc = ydoc.doc;
  const kind = stringValue(getValue(root, 'kind', doc), doc);
  if (!kind) return undefined;
  let podSpecPath: string[] | undefined;
  let templateMetaPath: string[] | undefined;
  if (kind === 'Pod') podSpecPath = ['spec'];
  else if (POD_TEMPLATE_KINDS.has(kind)) {
    podSpecPath = ['spec', 'template', 'spec'];
    templateMetaPath = ['spec', 'template', 'metadata'];
  } else if (kind === 'CronJob') {
    podSpecPath = ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    templateMetaPath = ['spec', 'jobTemplate', 'spec', 'template', 'metadata'];
  }
  if (!podSpecPath) return undefined;
  const spec = asMap(getIn(root, podSpecPath, doc), doc);
  if (!spec) return undefined;
  const loc = (node: unknown): Location => ({ path: relPath, line: ydoc.range(node as Node).start.line + 1 });
  const nameNode = getIn(root, ['metadata', 'name'], doc);
  const name = stringValue(nameNode, doc) ?? `${kind.toLowerCase()}-${ydoc.number + 1}`;
  const namespace = stringValue(getIn(root, ['metadata', 'namespace'], doc), doc);
  const r = ydoc.range(root);
  const boolFact = (map: unknown, key: string): Fact<boolean> | undefined => {
    const e = getEntry(map, key, doc);
    if (!e) return undefined;
    if (isTrue(e.value, doc)) return { value: true, location: loc(e.key) };
    if (isFalse(e.value, doc)) return { value: false, location: loc(e.key) };
    return undefined;
  };
  const strFact = (map: unknown, key: string): Fact<string> | undefined => {
    const e = getEntry(map, key, doc);
    const v = e ? scalarValue(e.value, doc) : undefined;
    return e && v !== undefined && v !== null ? { value: String(v), location: loc(e.key) } : undefined;
  };
  const seccompOf = (sc: unknown): Fact<string> | undefined => {
    const e = getEntry(sc, 'seccompProfile', doc);
    if (!e) return undefined;
    const t = stringValue(getValue(e.value, 'type', doc), doc);
    return t ? { value: t, location: loc(e.key) } : undefined;
  };

  const podSc = getValue(spec, 'securityContext', doc);
  const hostUsers = boolFact(spec, 'hostUsers');
  const w: RawWorkload = {
    platform: 'kubernetes',
    kind,
    name,
    namespace,
    file: absPath,
    location: loc(nameNode ?? root),
    startLine: r.start.line + 1,
    endLine: r.end.character === 0 && r.end.line > r.start.line ? r.end.line : r.end.line + 1,
    hostPID: boolFact(spec, 'hostPID'),
    hostNetwork: boolFact(spec, 'hostNetwork'),
    hostIPC: boolFact(spec, 'hostIPC'),
    userNamespace: hostUsers ? { value: hostUsers.value ? 'host' : 'private', location: hostUsers.location } : undefined,
    shareProcessNamespace: boolFact(spec, 'shareProcessNamespace'),
    runtime: strFact(spec, 'runtimeClassName'),
    hostMounts: [],
    otherVolumeTypes: [],
    containers: [],
    pod: { runAsUser: strFact(podSc, 'runAsUser'), runAsNonRoot: boolFact(podSc, 'runAsNonRoot'), seccomp: seccompOf(podSc) },
  };
  const os = getEntry(getValue(spec, 'nodeSelector', doc), 'kubernetes.io/os', doc);
  if (os && stringValue(os.value, doc)?.toLowerCase() === 'windows') w.targetsWindows = { value: true, location: loc(os.key) };
  const osName = getEntry(getValue(spec, 'os', doc), 'name', doc);
  if (osName && stringValue(osName.value, doc)?.toLowerCase() === 'windows') w.targetsWindows = { value: true, location: loc(osName.key) };
  const hostProcess = getEntry(getValue(podSc, 'windowsOptions', doc), 'hostProcess', doc);
  if (hostProcess && isTrue(hostProcess.value, doc)) w.windowsIsolation = { value: 'hostProcess', location: loc(hostProcess.key) };

  // labels / annotations that mark untrusted or multi-tenant code
  for (const metaPath of [['metadata'], templateMetaPath].filter(Boolean) as string[][]) {
    for (const field of ['labels', 'annotations']) {
      for (const e of entries(getIn(root, [...metaPath, field], doc), doc)) {
        const key = String(scalarValue(e.key, doc) ?? '');
        if (UNTRUSTED_KEY.test(key) && isTrue(e.value, doc)) w.untrusted ??= { value: key, location: loc(e.key) };
      }
    }
  }

  for (const volume of seqItems(getValue(spec, 'volumes', doc), doc)) {
    for (const e of entries(volume, doc)) {
      const key = String(scalarValue(e.key, doc) ?? '');
      if (key === 'name') continue;
      if (key === 'hostPath') {
        const p = stringValue(getValue(e.value, 'path', doc), doc) ?? '?';
        w.hostMounts.push({ value: p, location: loc(e.key) });
      } else if (!RESTRICTED_VOLUME_TYPES.has(key)) w.otherVolumeTypes.push(key);
    }
  }

  for (const [field, init] of [['initContainers', true], ['containers', false], ['ephemeralContainers', true]] as const) {
    for (const c of seqItems(getValue(spec, field, doc), doc)) w.containers.push(readContainer(c, init, doc, loc, boolFact, strFact, seccompOf));
  }
  return w;
}

function readContainer(
  c: Node,
  init: boolean,
  doc: Document,
  loc: (node: unknown) => Location,
  boolFact: (map: unknown, key: string) => Fact<boolean> | undefined,
  strFact: (map: unknown, key: string) => Fact<string> | undefined,
  seccompOf: (sc: unknown) => Fact<string> | undefined,
): RawContainer {
  const sc = getValue(c, 'securityContext', doc);
  const imageEntry = getEntry(c, 'image', doc);
  const caps = getValue(sc, 'capabilities', doc);
  const res = getValue(c, 'resources', doc);
  const limits = getValue(res, 'limits', doc);
  const requests = getValue(res, 'requests', doc);
  const hostPorts: Array<Fact<string>> = [];
  for (const p of seqItems(getValue(c, 'ports', doc), doc)) {
    const hp = strFact(p, 'hostPort');
    if (hp && hp.value !== '0') hostPorts.push(hp);
  }
  const drop = seqItems(getValue(caps, 'drop', doc), doc).map((n) => String(scalarValue(n, doc) ?? '').toUpperCase());
  return {
    name: stringValue(getValue(c, 'name', doc), doc) ?? '?',
    image: stringValue(imageEntry?.value, doc) ?? '',
    init,
    location: loc(c),
    imageLocation: loc(imageEntry?.value ?? c),
    privileged: boolFact(sc, 'privileged'),
    allowPrivilegeEscalation: boolFact(sc, 'allowPrivilegeEscalation'),
    capsAdd: seqItems(getValue(caps, 'add', doc), doc).map((n) => ({ value: String(scalarValue(n, doc) ?? '').toUpperCase().replace(/^CAP_/, ''), location: loc(n) })),
    dropAll: drop.includes('ALL'),
    runAsUser: strFact(sc, 'runAsUser'),
    runAsNonRoot: boolFact(sc, 'runAsNonRoot'),
    seccomp: seccompOf(sc),
    readOnlyRootFilesystem: isTrue(getValue(sc, 'readOnlyRootFilesystem', doc), doc),
    memoryLimit: strFact(limits, 'memory'),
    memoryRequest: strFact(requests, 'memory'),
    cpuRequest: strFact(requests, 'cpu'),
    cpuLimit: strFact(limits, 'cpu'),
    hostPorts,
  };
}
