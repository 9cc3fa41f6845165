/** Containers of a pod spec and their effective security context (container fields over the pod's). */
import type { Node, YAMLMap } from 'yaml';
import { parseImageRef } from '../../base/model/image-ref';
import { asMap, getEntry, isTrue, scalarValue, seqItems, stringValue } from '../../base/yaml/nodes';
import { parseQuantity } from './workload-facts';
import { firstKeyRange, nodeRange, numberSetting, stringSetting, boolSetting, valueEndOf, type Reader } from './workload-reader';
import type { ContainerPort, ContainerResources, ContainerType, EffectiveSecurityContext, EnvVar, KubernetesObject, Quantity, ResourceName, Setting, VolumeMount, WorkloadContainer } from './workload-types';

export function order(t: ContainerType): number {
  return t === 'container' ? 0 : t === 'initContainer' ? 1 : 2;
}

export function legacySeccomp(value: string): string {
  const v = value.toLowerCase();
  if (v === 'unconfined') return 'Unconfined';
  if (v === 'runtime/default' || v === 'docker/default') return 'RuntimeDefault';
  if (v.startsWith('localhost/')) return 'Localhost';
  return value;
}

export function annotationSetting(obj: KubernetesObject, value: string): Setting<string> {
  return { value, range: obj.kindRange, valueRange: obj.kindRange, source: 'pod' };
}

export function readSecurityContext(r: Reader, sc: unknown, source: 'pod' | 'container'): EffectiveSecurityContext {
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

export function buildContainer(
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

  const { ports, env, volumeMounts } = readContainerLists(r, m);
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

/** A container's ports, literal env vars and volume mounts. */
function readContainerLists(r: Reader, m: YAMLMap): { ports: ContainerPort[]; env: EnvVar[]; volumeMounts: VolumeMount[] } {
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
  return { ports, env, volumeMounts };
}
