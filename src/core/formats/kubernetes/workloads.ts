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
import { WeakCache } from '../../base/caches';
import type { Document, YAMLMap } from 'yaml';
import type { YamlDocument } from '../../base/yaml/documents';
import { asMap, getEntry, seqItems, stringValue } from '../../base/yaml/nodes';
import { annotationSetting, buildContainer, legacySeccomp, order, readSecurityContext } from './workload-containers';
import { annotationsOf, boolSetting, metadataEntriesOf, nodeRange, pairRange, readVolumes, stringSetting, type Reader } from './workload-reader';
import { WORKLOAD_KINDS, type ContainerType, type KubernetesObject, type Workload, type WorkloadContainer, type WorkloadKind } from './workload-types';

export * from './workload-types';
export { containerLabel, parseQuantity, qosClass, sandboxRuntime, workloadLabel, type QosClass } from './workload-facts';

/* ------------------------------------------------------------------------------------------------------------------ */
/* Objects                                                                                                            */

const objectsMemo = new WeakCache<YamlDocument, KubernetesObject[]>('kubernetes/workloads objectsMemo');
const workloadsMemo = new WeakCache<YamlDocument, Workload[]>('kubernetes/workloads workloadsMemo');

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

  const volumes = readVolumes(r, podSpec);

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

