/**
 * The Kubernetes object and workload model, read straight from the YAML AST (aliases and merge keys followed, never
 * converted to JS). Pure functions, shared by the rules, hovers and the trade-off panel:
 *
 *   kubernetesObjects(ydoc)        every object of one document (`kind: List` items included)
 *   workloadsOf(ydoc)              the pod-bearing objects of one document (memoized per document)
 *   kubernetesWorkloads(text)      every workload of a whole file, ranges in file positions
 *   qosClass(workload)             BestEffort / Burstable / Guaranteed, as the kubelet computes it
 *   podSecurityLevel(workload)     Pod Security Standards level with the violated controls (pod-security.ts)
 */
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Range } from '../model/finding';
import { parseImageRef, type ImageRef } from '../model/image-ref';
import { parseYamlDocuments, type YamlDocument } from '../yaml/documents';
import { asMap, entries, getEntry, isFalse, isTrue, keyName, scalarValue, seqItems, stringValue, type Entry } from '../yaml/nodes';

export type WorkloadKind = 'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'ReplicationController' | 'Job' | 'CronJob' | 'PodTemplate';

export const WORKLOAD_KINDS: readonly WorkloadKind[] = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate'];

/** A value read from the manifest with where it is written. */
export interface Setting<T> {
  value: T;
  /** The whole `key: value` pair. */
  range: Range;
  /** Just the value. */
  valueRange: Range;
  /** Where it was set: the pod's securityContext / spec, or the container's. */
  source: 'pod' | 'container';
  /** For a field inside a block (`seccompProfile.type`): the block's key. */
  blockKeyRange?: Range;
}

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  name?: string;
  namespace?: string;
  /** 0-based document number in the file. */
  documentNumber: number;
  /** The `kind: X` pair. */
  kindRange: Range;
  /** The `metadata.name` value. */
  nameRange?: Range;
  /** The whole object. */
  range: Range;
  /** metadata.annotations (string values only). */
  annotations: Record<string, string>;
  /** The object's map node (for rules and fixes; not stable across parses). */
  node: YAMLMap;
}

export interface Quantity {
  raw: string;
  /** Parsed value in base units (cores, bytes); undefined when unparseable (e.g. a template variable). */
  value?: number;
  range: Range;
}

export type ResourceName = 'cpu' | 'memory' | 'ephemeral-storage';

export interface ContainerResources {
  requests: Partial<Record<ResourceName, Quantity>>;
  limits: Partial<Record<ResourceName, Quantity>>;
  /** The `resources` key, when present. */
  keyRange?: Range;
}

export interface Capability {
  /** Upper-case, without a `CAP_` prefix. */
  name: string;
  range: Range;
}

/** The securityContext a container effectively runs with: container fields win over the pod's. */
export interface EffectiveSecurityContext {
  privileged?: Setting<boolean>;
  allowPrivilegeEscalation?: Setting<boolean>;
  runAsNonRoot?: Setting<boolean>;
  runAsUser?: Setting<number>;
  runAsGroup?: Setting<number>;
  readOnlyRootFilesystem?: Setting<boolean>;
  procMount?: Setting<string>;
  /** seccompProfile.type (or the legacy seccomp annotations, mapped to Unconfined / RuntimeDefault / Localhost). */
  seccompProfile?: Setting<string>;
  /** appArmorProfile.type (or the legacy AppArmor annotation). */
  appArmorProfile?: Setting<string>;
  seLinuxType?: Setting<string>;
  seLinuxUser?: Setting<string>;
  seLinuxRole?: Setting<string>;
  hostProcess?: Setting<boolean>;
  capabilities: { add: Capability[]; drop: Capability[] };
}

export interface ContainerPort {
  containerPort?: number;
  hostPort?: number;
  protocol: string;
  /** The port item (its first key). */
  range: Range;
  containerPortRange?: Range;
  hostPortRange?: Range;
}

export interface EnvVar {
  name: string;
  /** A literal `value:` (not valueFrom). */
  value?: string;
  nameRange: Range;
  valueRange?: Range;
}

export interface VolumeMount {
  name: string;
  mountPath?: string;
  readOnly: boolean;
  /** The `name` value. */
  range: Range;
  mountPathRange?: Range;
}

export type ContainerType = 'container' | 'initContainer' | 'ephemeralContainer';

export interface WorkloadContainer {
  name?: string;
  type: ContainerType;
  /** Index within its list (containers / initContainers / ephemeralContainers). */
  index: number;
  /** The `name` value, or the item's first key when unnamed: where "missing" findings point. */
  anchorRange: Range;
  nameRange?: Range;
  /** `range` is the whole `image:` value; `refRange` the reference without quotes; tag/digest ranges when written. */
  image?: { raw: string; ref: ImageRef; range: Range; refRange: Range; tagRange?: Range; digestRange?: Range };
  resources: ContainerResources;
  securityContext: EffectiveSecurityContext;
  ports: ContainerPort[];
  env: EnvVar[];
  volumeMounts: VolumeMount[];
  /** `Always` on an init container makes it a sidecar. */
  restartPolicy?: string;
  /** The container's map node (for rules and fixes). */
  node: YAMLMap;
}

export interface WorkloadVolume {
  name: string;
  /** The volume source key: `hostPath`, `emptyDir`, `configMap`… */
  type?: string;
  typeRange?: Range;
  /** The `name` value (or first key). */
  range: Range;
  hostPath?: { path: string; pathRange: Range; type?: string };
}

export interface MetadataEntry {
  field: 'labels' | 'annotations';
  key: string;
  value: string;
  keyRange: Range;
}

export interface Workload extends KubernetesObject {
  kind: WorkloadKind;
  /** Annotations of the object and of its pod template (template wins). */
  podAnnotations: Record<string, string>;
  /** The pod spec `key:` (spec / template.spec). */
  podSpecRange: Range;
  containers: WorkloadContainer[];
  hostNetwork?: Setting<boolean>;
  hostPID?: Setting<boolean>;
  hostIPC?: Setting<boolean>;
  /** `hostUsers: false` runs the pod in its own user namespace. */
  hostUsers?: Setting<boolean>;
  shareProcessNamespace?: Setting<boolean>;
  volumes: WorkloadVolume[];
  runtimeClassName?: Setting<string>;
  automountServiceAccountToken?: Setting<boolean>;
  serviceAccountName?: string;
  /** spec.securityContext.sysctls names. */
  sysctls: Array<{ name: string; range: Range }>;
  /** spec.os.name */
  os?: string;
  /** The `spec.os.name` setting and `nodeSelector: {kubernetes.io/os: …}`: where the pod says which OS it needs. */
  osName?: Setting<string>;
  nodeSelectorOs?: Setting<string>;
  /** Labels and annotations of the object, then of its pod template, in that order (scalar values as text). */
  metadataEntries: MetadataEntry[];
  /** Pod-level securityContext settings (also folded into each container's effective context). */
  podSecurityContext: EffectiveSecurityContext;
  /** The pod spec map node. */
  podSpec: YAMLMap;
}

/* ------------------------------------------------------------------------------------------------------------------ */

interface Reader {
  ydoc: YamlDocument;
  doc: Document;
}

function pairRange(r: Reader, e: Entry): Range {
  const start = e.key.range?.[0] ?? 0;
  const end = (e.value?.range?.[1] ?? e.key.range?.[1]) ?? start;
  const valueEnd = e.value?.range ? valueEndOf(r, e.value) : end;
  return r.ydoc.offsetRange(start, Math.max(start, valueEnd));
}

/** The end of a node's own text (the yaml package's range[1] can include trailing comments/whitespace for collections). */
function valueEndOf(r: Reader, node: Node): number {
  const range = node.range!;
  // range = [start, valueEnd, nodeEnd]
  return (range as unknown as number[])[1] ?? range[0];
}

function nodeRange(r: Reader, node: Node | null | undefined): Range {
  if (!node?.range) return r.ydoc.offsetRange(0, 0);
  return r.ydoc.offsetRange(node.range[0], valueEndOf(r, node));
}

function boolSetting(r: Reader, map: unknown, key: string, source: Setting<boolean>['source']): Setting<boolean> | undefined {
  const e = getEntry(map, key, r.doc);
  if (!e || !e.value) return undefined;
  const value = isTrue(e.value, r.doc) ? true : isFalse(e.value, r.doc) ? false : undefined;
  if (value === undefined) return undefined;
  return { value, range: pairRange(r, e), valueRange: nodeRange(r, e.value), source };
}

function stringSetting(r: Reader, map: unknown, key: string, source: Setting<string>['source']): Setting<string> | undefined {
  const e = getEntry(map, key, r.doc);
  const v = e && stringValue(e.value, r.doc);
  if (!e || v === undefined) return undefined;
  return { value: v, range: pairRange(r, e), valueRange: nodeRange(r, e.value), source };
}

function numberSetting(r: Reader, map: unknown, key: string, source: Setting<number>['source']): Setting<number> | undefined {
  const e = getEntry(map, key, r.doc);
  const raw = e && scalarValue(e.value, r.doc);
  if (!e || raw === undefined || raw === null || raw === '') return undefined;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(value)) return undefined;
  return { value, range: pairRange(r, e), valueRange: nodeRange(r, e.value), source };
}

function annotationsOf(r: Reader, metadata: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const ann = getEntry(metadata, 'annotations', r.doc)?.value;
  for (const e of entries(ann, r.doc)) {
    const k = keyName(e.pair);
    const v = scalarValue(e.value, r.doc);
    if (k !== undefined && v !== undefined) out[k] = v === null ? '' : String(v);
  }
  return out;
}

function metadataEntriesOf(r: Reader, metadata: unknown): MetadataEntry[] {
  const out: MetadataEntry[] = [];
  for (const field of ['labels', 'annotations'] as const) {
    for (const e of entries(getEntry(metadata, field, r.doc)?.value, r.doc)) {
      const v = scalarValue(e.value, r.doc);
      out.push({ field, key: String(scalarValue(e.key, r.doc) ?? ''), value: v === undefined || v === null ? '' : String(v), keyRange: nodeRange(r, e.key) });
    }
  }
  return out;
}

function firstKeyRange(r: Reader, map: YAMLMap): Range {
  const first = map.items[0] as Pair<Node, unknown> | undefined;
  if (first?.key && (first.key as Node).range) return nodeRange(r, first.key as Node);
  return nodeRange(r, map);
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Objects                                                                                                            */

const objectsMemo = new WeakMap<YamlDocument, KubernetesObject[]>();
const workloadsMemo = new WeakMap<YamlDocument, Workload[]>();

/** Top-level objects of a document (recognised by string `apiVersion` and `kind`); `List` kinds contribute their items. */
export function kubernetesObjects(ydoc: YamlDocument): KubernetesObject[] {
  let memo = objectsMemo.get(ydoc);
  if (memo) return memo;
  const r: Reader = { ydoc, doc: ydoc.doc as Document };
  memo = [];
  const root = asMap(ydoc.doc.contents, r.doc);
  if (root) collectObject(r, root, memo, 0);
  objectsMemo.set(ydoc, memo);
  return memo;
}

function collectObject(r: Reader, map: YAMLMap, out: KubernetesObject[], depth: number): void {
  const apiVersion = stringValue(getEntry(map, 'apiVersion', r.doc)?.value, r.doc);
  const kindEntry = getEntry(map, 'kind', r.doc);
  const kind = stringValue(kindEntry?.value, r.doc);
  if (!apiVersion || !kind || !kindEntry) return;
  if (kind === 'List' || (kind.endsWith('List') && getEntry(map, 'items', r.doc))) {
    if (depth > 2) return;
    for (const item of seqItems(getEntry(map, 'items', r.doc)?.value, r.doc)) {
      const m = asMap(item, r.doc);
      if (m) collectObject(r, m, out, depth + 1);
    }
    return;
  }
  const metadata = getEntry(map, 'metadata', r.doc)?.value;
  const nameEntry = getEntry(metadata, 'name', r.doc);
  out.push({
    apiVersion,
    kind,
    name: stringValue(nameEntry?.value, r.doc),
    namespace: stringValue(getEntry(metadata, 'namespace', r.doc)?.value, r.doc),
    documentNumber: r.ydoc.number,
    kindRange: pairRange(r, kindEntry),
    nameRange: nameEntry?.value ? nodeRange(r, nameEntry.value) : undefined,
    range: nodeRange(r, map),
    annotations: annotationsOf(r, metadata),
    node: map,
  });
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Workloads                                                                                                          */

/** Where the pod template sits for each kind. */
const TEMPLATE_PATH: Record<WorkloadKind, string[]> = {
  Pod: [],
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export function isWorkloadKind(kind: string): kind is WorkloadKind {
  return (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

/** Workloads of one document, built once per document object and shared by every rule. */
export function workloadsOf(ydoc: YamlDocument): Workload[] {
  let memo = workloadsMemo.get(ydoc);
  if (memo) return memo;
  const r: Reader = { ydoc, doc: ydoc.doc as Document };
  memo = [];
  for (const obj of kubernetesObjects(ydoc)) {
    if (!isWorkloadKind(obj.kind)) continue;
    const w = buildWorkload(r, obj as KubernetesObject & { kind: WorkloadKind });
    if (w) memo.push(w);
  }
  workloadsMemo.set(ydoc, memo);
  return memo;
}

/** Every workload of a file, ranges in file positions. */
export function kubernetesWorkloads(text: string): Workload[] {
  return parseYamlDocuments(text).flatMap((d) => workloadsOf(d));
}


function buildWorkload(r: Reader, obj: KubernetesObject & { kind: WorkloadKind }): Workload | undefined {
  let template: unknown = obj.node;
  for (const key of TEMPLATE_PATH[obj.kind]) {
    template = getEntry(template, key, r.doc)?.value;
    if (!template) return undefined;
  }
  const specEntry = getEntry(template, 'spec', r.doc);
  const podSpec = asMap(specEntry?.value, r.doc);
  if (!podSpec || !specEntry) return undefined;
  const templateMeta = obj.kind === 'Pod' ? undefined : getEntry(template, 'metadata', r.doc)?.value;
  const podAnnotations = { ...obj.annotations, ...(templateMeta ? annotationsOf(r, templateMeta) : {}) };
  if (obj.kind === 'CronJob') Object.assign(podAnnotations, { ...annotationsOf(r, getEntry(getEntry(getEntry(obj.node, 'spec', r.doc)?.value, 'jobTemplate', r.doc)?.value, 'metadata', r.doc)?.value), ...podAnnotations });

  const podSc = getEntry(podSpec, 'securityContext', r.doc)?.value;
  const podSecurityContext = readSecurityContext(r, podSc, 'pod');
  // legacy annotations
  const podSeccompAnn = podAnnotations['seccomp.security.alpha.kubernetes.io/pod'];
  if (!podSecurityContext.seccompProfile && podSeccompAnn) podSecurityContext.seccompProfile = annotationSetting(obj, legacySeccomp(podSeccompAnn));

  const sysctls: Workload['sysctls'] = [];
  for (const item of seqItems(getEntry(podSc, 'sysctls', r.doc)?.value, r.doc)) {
    const e = getEntry(item, 'name', r.doc);
    const name = stringValue(e?.value, r.doc);
    if (e && name) sysctls.push({ name, range: nodeRange(r, e.value) });
  }

  const volumes: WorkloadVolume[] = [];
  for (const item of seqItems(getEntry(podSpec, 'volumes', r.doc)?.value, r.doc)) {
    const m = asMap(item, r.doc);
    if (!m) continue;
    const nameEntry = getEntry(m, 'name', r.doc);
    const vol: WorkloadVolume = { name: stringValue(nameEntry?.value, r.doc) ?? '', range: nameEntry?.value ? nodeRange(r, nameEntry.value) : firstKeyRange(r, m) };
    for (const e of entries(m, r.doc)) {
      const k = keyName(e.pair);
      if (k && k !== 'name') {
        vol.type = k;
        vol.typeRange = nodeRange(r, e.key);
        if (k === 'hostPath') {
          const pathEntry = getEntry(e.value, 'path', r.doc);
          const path = stringValue(pathEntry?.value, r.doc);
          if (pathEntry && path !== undefined) vol.hostPath = { path, pathRange: nodeRange(r, pathEntry.value), type: stringValue(getEntry(e.value, 'type', r.doc)?.value, r.doc) };
        }
        break;
      }
    }
    volumes.push(vol);
  }

  const containers: WorkloadContainer[] = [];
  const lists: Array<[string, ContainerType]> = [['initContainers', 'initContainer'], ['containers', 'container'], ['ephemeralContainers', 'ephemeralContainer']];
  for (const [key, type] of lists) {
    seqItems(getEntry(podSpec, key, r.doc)?.value, r.doc).forEach((item, index) => {
      const m = asMap(item, r.doc);
      if (m) containers.push(buildContainer(r, m, type, index, podSecurityContext, podAnnotations, obj));
    });
  }
  // keep `containers` first: they are what people mean by "the container"
  containers.sort((a, b) => order(a.type) - order(b.type));

  return {
    ...obj,
    podAnnotations,
    podSpecRange: nodeRange(r, specEntry.key),
    containers,
    hostNetwork: boolSetting(r, podSpec, 'hostNetwork', 'pod'),
    hostPID: boolSetting(r, podSpec, 'hostPID', 'pod'),
    hostIPC: boolSetting(r, podSpec, 'hostIPC', 'pod'),
    hostUsers: boolSetting(r, podSpec, 'hostUsers', 'pod'),
    shareProcessNamespace: boolSetting(r, podSpec, 'shareProcessNamespace', 'pod'),
    volumes,
    runtimeClassName: stringSetting(r, podSpec, 'runtimeClassName', 'pod'),
    automountServiceAccountToken: boolSetting(r, podSpec, 'automountServiceAccountToken', 'pod'),
    serviceAccountName: stringValue(getEntry(podSpec, 'serviceAccountName', r.doc)?.value, r.doc),
    sysctls,
    os: stringValue(getEntry(getEntry(podSpec, 'os', r.doc)?.value, 'name', r.doc)?.value, r.doc),
    osName: stringSetting(r, getEntry(podSpec, 'os', r.doc)?.value, 'name', 'pod'),
    nodeSelectorOs: stringSetting(r, getEntry(podSpec, 'nodeSelector', r.doc)?.value, 'kubernetes.io/os', 'pod'),
    metadataEntries: [...metadataEntriesOf(r, getEntry(obj.node, 'metadata', r.doc)?.value), ...(templateMeta ? metadataEntriesOf(r, templateMeta) : [])],
    podSecurityContext,
    podSpec,
  };
}

function order(t: ContainerType): number {
  return t === 'container' ? 0 : t === 'initContainer' ? 1 : 2;
}

function legacySeccomp(value: string): string {
  const v = value.toLowerCase();
  if (v === 'unconfined') return 'Unconfined';
  if (v === 'runtime/default' || v === 'docker/default') return 'RuntimeDefault';
  if (v.startsWith('localhost/')) return 'Localhost';
  return value;
}

function annotationSetting(obj: KubernetesObject, value: string): Setting<string> {
  return { value, range: obj.kindRange, valueRange: obj.kindRange, source: 'pod' };
}

function readSecurityContext(r: Reader, sc: unknown, source: 'pod' | 'container'): EffectiveSecurityContext {
  const out: EffectiveSecurityContext = { capabilities: { add: [], drop: [] } };
  if (!sc) return out;
  if (source === 'container') {
    out.privileged = boolSetting(r, sc, 'privileged', source);
    out.allowPrivilegeEscalation = boolSetting(r, sc, 'allowPrivilegeEscalation', source);
    out.readOnlyRootFilesystem = boolSetting(r, sc, 'readOnlyRootFilesystem', source);
    out.procMount = stringSetting(r, sc, 'procMount', source);
    const caps = getEntry(sc, 'capabilities', r.doc)?.value;
    for (const which of ['add', 'drop'] as const) {
      const seqEntry = getEntry(caps, which, r.doc);
      for (const item of seqItems(seqEntry?.value, r.doc)) {
        const v = stringValue(item, r.doc);
        if (v !== undefined) out.capabilities[which].push({ name: v.toUpperCase().replace(/^CAP_/, ''), range: nodeRange(r, item) });
      }
    }
  }
  out.runAsNonRoot = boolSetting(r, sc, 'runAsNonRoot', source);
  out.runAsUser = numberSetting(r, sc, 'runAsUser', source);
  out.runAsGroup = numberSetting(r, sc, 'runAsGroup', source);
  const seccompEntry = getEntry(sc, 'seccompProfile', r.doc);
  const seccomp = stringSetting(r, seccompEntry?.value, 'type', source);
  if (seccomp && seccompEntry) seccomp.blockKeyRange = nodeRange(r, seccompEntry.key);
  out.seccompProfile = seccomp;
  out.appArmorProfile = stringSetting(r, getEntry(sc, 'appArmorProfile', r.doc)?.value, 'type', source);
  const se = getEntry(sc, 'seLinuxOptions', r.doc)?.value;
  out.seLinuxType = stringSetting(r, se, 'type', source);
  out.seLinuxUser = stringSetting(r, se, 'user', source);
  out.seLinuxRole = stringSetting(r, se, 'role', source);
  out.hostProcess = boolSetting(r, getEntry(sc, 'windowsOptions', r.doc)?.value, 'hostProcess', source);
  return out;
}

const INHERITED: Array<keyof EffectiveSecurityContext> = ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'seccompProfile', 'appArmorProfile', 'seLinuxType', 'seLinuxUser', 'seLinuxRole', 'hostProcess'];

function readQuantities(r: Reader, map: unknown): Partial<Record<ResourceName, Quantity>> {
  const out: Partial<Record<ResourceName, Quantity>> = {};
  for (const name of ['cpu', 'memory', 'ephemeral-storage'] as const) {
    const e = getEntry(map, name, r.doc);
    const v = e && scalarValue(e.value, r.doc);
    if (!e || v === undefined || v === null || v === '') continue;
    const raw = String(v);
    out[name] = { raw, value: parseQuantity(raw), range: nodeRange(r, e.value) };
  }
  return out;
}

function buildContainer(
  r: Reader,
  m: YAMLMap,
  type: ContainerType,
  index: number,
  pod: EffectiveSecurityContext,
  podAnnotations: Record<string, string>,
  obj: KubernetesObject,
): WorkloadContainer {
  const nameEntry = getEntry(m, 'name', r.doc);
  const name = stringValue(nameEntry?.value, r.doc);
  const nameRange = nameEntry?.value ? nodeRange(r, nameEntry.value) : undefined;
  const imageEntry = getEntry(m, 'image', r.doc);
  const imageRaw = stringValue(imageEntry?.value, r.doc);
  const resEntry = getEntry(m, 'resources', r.doc);
  const resources: ContainerResources = {
    requests: readQuantities(r, getEntry(resEntry?.value, 'requests', r.doc)?.value),
    limits: readQuantities(r, getEntry(resEntry?.value, 'limits', r.doc)?.value),
    keyRange: resEntry ? nodeRange(r, resEntry.key) : undefined,
  };
  const own = readSecurityContext(r, getEntry(m, 'securityContext', r.doc)?.value, 'container');
  const effective: EffectiveSecurityContext = { ...own, capabilities: own.capabilities };
  for (const key of INHERITED) if ((effective as unknown as Record<string, unknown>)[key] === undefined && (pod as unknown as Record<string, unknown>)[key] !== undefined) (effective as unknown as Record<string, unknown>)[key] = (pod as unknown as Record<string, unknown>)[key];
  if (name !== undefined && !own.seccompProfile) {
    const ann = podAnnotations[`container.seccomp.security.alpha.kubernetes.io/${name}`];
    if (ann) effective.seccompProfile = { ...annotationSetting(obj, legacySeccomp(ann)), source: 'container' };
  }
  if (name !== undefined && !own.appArmorProfile) {
    const ann = podAnnotations[`container.apparmor.security.beta.kubernetes.io/${name}`];
    if (ann) effective.appArmorProfile = { ...annotationSetting(obj, ann === 'unconfined' ? 'Unconfined' : ann === 'runtime/default' ? 'RuntimeDefault' : 'Localhost'), source: 'container' };
  }

  const ports: ContainerPort[] = [];
  for (const item of seqItems(getEntry(m, 'ports', r.doc)?.value, r.doc)) {
    const pm = asMap(item, r.doc);
    if (!pm) continue;
    const cp = numberSetting(r, pm, 'containerPort', 'container');
    const hp = numberSetting(r, pm, 'hostPort', 'container');
    ports.push({
      containerPort: cp?.value,
      hostPort: hp?.value,
      protocol: (stringValue(getEntry(pm, 'protocol', r.doc)?.value, r.doc) ?? 'TCP').toUpperCase(),
      range: firstKeyRange(r, pm),
      containerPortRange: cp?.valueRange,
      hostPortRange: hp?.valueRange,
    });
  }
  const env: EnvVar[] = [];
  for (const item of seqItems(getEntry(m, 'env', r.doc)?.value, r.doc)) {
    const ne = getEntry(item, 'name', r.doc);
    const n = stringValue(ne?.value, r.doc);
    if (!ne || n === undefined) continue;
    const ve = getEntry(item, 'value', r.doc);
    const v = ve ? scalarValue(ve.value, r.doc) : undefined;
    env.push({ name: n, value: v === undefined || v === null ? undefined : String(v), nameRange: nodeRange(r, ne.value), valueRange: ve?.value ? nodeRange(r, ve.value) : undefined });
  }
  const volumeMounts: VolumeMount[] = [];
  for (const item of seqItems(getEntry(m, 'volumeMounts', r.doc)?.value, r.doc)) {
    const ne = getEntry(item, 'name', r.doc);
    const n = stringValue(ne?.value, r.doc);
    if (!ne || n === undefined) continue;
    const pe = getEntry(item, 'mountPath', r.doc);
    volumeMounts.push({
      name: n,
      mountPath: stringValue(pe?.value, r.doc),
      readOnly: isTrue(getEntry(item, 'readOnly', r.doc)?.value, r.doc),
      range: nodeRange(r, ne.value),
      mountPathRange: pe?.value ? nodeRange(r, pe.value) : undefined,
    });
  }
  return {
    name,
    type,
    index,
    anchorRange: nameRange ?? firstKeyRange(r, m),
    nameRange,
    image: imageRaw !== undefined && imageEntry?.value ? imageInfo(r, imageRaw, imageEntry.value) : undefined,
    resources,
    securityContext: effective,
    ports,
    env,
    volumeMounts,
    restartPolicy: stringValue(getEntry(m, 'restartPolicy', r.doc)?.value, r.doc),
    node: m,
  };
}

function imageInfo(r: Reader, raw: string, node: Node): NonNullable<WorkloadContainer['image']> {
  const trimmed = raw.trim();
  const ref = parseImageRef(trimmed);
  const range = nodeRange(r, node);
  const start = node.range![0];
  const src = r.ydoc.text.slice(start, valueEndOf(r, node));
  const at = trimmed ? src.indexOf(trimmed) : -1;
  if (at < 0) return { raw, ref, range, refRange: range };
  const base = start + at;
  const sub = (offset: number | undefined, text: string | undefined) =>
    offset === undefined || text === undefined ? undefined : r.ydoc.offsetRange(base + offset, base + offset + text.length);
  return {
    raw,
    ref,
    range,
    refRange: r.ydoc.offsetRange(base, base + trimmed.length),
    tagRange: sub(ref.tagOffset, ref.tag),
    digestRange: sub(ref.digestOffset, ref.digest),
  };
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Quantities and QoS                                                                                                 */

const SUFFIX: Record<string, number> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};
const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/** A Kubernetes quantity (`100m`, `0.5`, `128Mi`, `1e3`) in base units; undefined when it is not one. */
export function parseQuantity(raw: string): number | undefined {
  const m = QUANTITY.exec(raw.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2]) return n * Math.pow(10, Number(m[2].slice(1)));
  return n * SUFFIX[m[3] ?? ''];
}

export type QosClass = 'BestEffort' | 'Burstable' | 'Guaranteed';

function sameQuantity(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}

/**
 * The pod's QoS class, computed the way the kubelet does after defaulting: a container's missing request defaults to
 * its limit; Guaranteed needs CPU and memory limits on every (init) container and requests equal to limits;
 * BestEffort has no CPU/memory request or limit anywhere. Ephemeral containers do not count.
 */
export function qosClass(workload: Pick<Workload, 'containers'>): QosClass {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  let any = false;
  for (const c of workload.containers) {
    if (c.type === 'ephemeralContainer') continue;
    const found = new Set<string>();
    for (const name of ['cpu', 'memory'] as const) {
      const limit = c.resources.limits[name];
      const request = c.resources.requests[name] ?? limit; // API defaulting
      const limitValue = limit ? limit.value ?? NaN : undefined;
      const requestValue = request ? request.value ?? NaN : undefined;
      if (requestValue !== undefined && requestValue !== 0) {
        any = true;
        requests.set(name, (requests.get(name) ?? 0) + requestValue);
      }
      if (limitValue !== undefined && limitValue !== 0) {
        any = true;
        found.add(name);
        limits.set(name, (limits.get(name) ?? 0) + limitValue);
        // an unparseable request equal in text to its limit still counts as equal
        if (Number.isNaN(requestValue ?? 0) && request?.raw !== limit?.raw) guaranteed = false;
      }
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (!any) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (lim === undefined || (!Number.isNaN(req) && !Number.isNaN(lim) && !sameQuantity(req, lim))) guaranteed = false;
    }
    if (guaranteed && requests.size === limits.size) return 'Guaranteed';
  }
  return 'Burstable';
}

/** True when a runtimeClassName names a sandbox with its own kernel (gVisor, Kata…). */
export function sandboxRuntime(workload: Pick<Workload, 'runtimeClassName'>, patterns: string[]): string | undefined {
  const rc = workload.runtimeClassName?.value;
  if (!rc) return undefined;
  const v = rc.toLowerCase();
  return patterns.some((p) => (p.endsWith('*') ? v.startsWith(p.slice(0, -1).toLowerCase()) : v === p.toLowerCase())) ? rc : undefined;
}

/** A short label for a container in messages: `container "web"`, `init container "setup"`. */
export function containerLabel(c: WorkloadContainer): string {
  const what = c.type === 'container' ? 'container' : c.type === 'initContainer' ? 'init container' : 'ephemeral container';
  return c.name !== undefined ? `${what} "${c.name}"` : `${what} #${c.index + 1}`;
}

/** `Deployment "web"`. */
export function workloadLabel(w: Pick<KubernetesObject, 'kind' | 'name'>): string {
  return w.name ? `${w.kind} "${w.name}"` : w.kind;
}
