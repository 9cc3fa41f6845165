/**
 * The Kubernetes format's facts (`Format.facts`): one YAML document's workloads (workloads.ts, the objects the rules
 * and hovers read) as the neutral RawWorkloads the project model assesses. The document is the part the format parses
 * and caches on its own, so its positions are moved to where it starts in the file.
 */
import type { FactsPlace, FileFacts } from '../../engine/format';
import type { Range } from '../../base/model/finding';
import { TRUE_TEXT, UNTRUSTED_KEY, type Fact, type Location, type RawContainer, type RawWorkload } from '../../base/model/workload-facts';
import type { KubernetesDocument } from './context';
import { workloadsOf, type Setting, type Workload, type WorkloadContainer } from './workloads';

/** Volume sources Pod Security "restricted" allows; any other (besides hostPath) is counted. */
const RESTRICTED_VOLUME_TYPES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
/** Containers in the order people list them in a pod: init, main, ephemeral. */
const CONTAINER_ORDER = { initContainer: 0, container: 1, ephemeralContainer: 2 } as const;

export function kubernetesFacts(model: KubernetesDocument, place: FactsPlace): FileFacts {
  const { number = 0, startLine = 0 } = place.part ?? {};
  // the images as written: the rules' workloads carry the kustomization's images, which no line of this file shows
  const workloads = workloadsOf(model.ydoc);
  // a PodTemplate is a template other objects copy, not something that runs
  return { workloads: workloads.filter((w) => w.kind !== 'PodTemplate').map((w) => toRawWorkload(w, number, startLine, place)) };
}

function toRawWorkload(w: Workload, documentNumber: number, startLine: number, place: FactsPlace): RawWorkload {
  const at = (range: Range): Location => ({ path: place.rel, line: startLine + range.start.line + 1 });
  const fact = <T, U = T>(s: Setting<T> | undefined, map?: (v: T) => U): Fact<U> | undefined =>
    s ? { value: map ? map(s.value) : (s.value as unknown as U), location: at(s.range) } : undefined;
  const r = w.range;
  const pod = w.podSecurityContext;
  const raw: RawWorkload = {
    platform: 'kubernetes',
    kind: w.kind,
    name: w.name ?? `${w.kind.toLowerCase()}-${documentNumber + 1}`,
    namespace: w.namespace,
    file: place.abs,
    location: at(w.nameRange ?? w.range),
    startLine: startLine + r.start.line + 1,
    endLine: startLine + (r.end.character === 0 && r.end.line > r.start.line ? r.end.line : r.end.line + 1),
    hostPID: fact(w.hostPID),
    hostNetwork: fact(w.hostNetwork),
    hostIPC: fact(w.hostIPC),
    userNamespace: fact(w.hostUsers, (v): 'host' | 'private' => (v ? 'host' : 'private')),
    shareProcessNamespace: fact(w.shareProcessNamespace),
    runtime: fact(w.runtimeClassName),
    hostMounts: [],
    otherVolumeTypes: [],
    containers: [...w.containers].sort((a, b) => CONTAINER_ORDER[a.type] - CONTAINER_ORDER[b.type] || a.index - b.index).map((c) => toRawContainer(c, at)),
    pod: { runAsUser: fact(pod.runAsUser, String), runAsNonRoot: fact(pod.runAsNonRoot), seccomp: seccompFact(pod.seccompProfile, at) },
  };
  for (const os of [w.nodeSelectorOs, w.osName]) if (os?.value.toLowerCase() === 'windows') raw.targetsWindows = { value: true, location: at(os.range) };
  if (pod.hostProcess?.value && pod.hostProcess.source === 'pod') raw.windowsIsolation = { value: 'hostProcess', location: at(pod.hostProcess.range) };
  const marker = w.metadataEntries.find((e) => UNTRUSTED_KEY.test(e.key) && TRUE_TEXT.test(e.value));
  if (marker) raw.untrusted = { value: marker.key, location: at(marker.keyRange) };
  for (const v of w.volumes) {
    if (v.type === 'hostPath') raw.hostMounts.push({ value: v.hostPath?.path ?? '?', location: at(v.typeRange ?? v.range) });
    else if (v.type && !RESTRICTED_VOLUME_TYPES.has(v.type)) raw.otherVolumeTypes.push(v.type);
  }
  return raw;
}

function seccompFact(s: Setting<string> | undefined, at: (r: Range) => Location): Fact<string> | undefined {
  return s ? { value: s.value, location: at(s.blockKeyRange ?? s.range) } : undefined;
}

function toRawContainer(c: WorkloadContainer, at: (r: Range) => Location): RawContainer {
  const sc = c.securityContext;
  /** The container's own setting (the model folds the pod's into the effective context; the panel keeps them apart). */
  const own = <T>(s: Setting<T> | undefined): Setting<T> | undefined => (s?.source === 'container' ? s : undefined);
  const quantity = (which: 'limits' | 'requests', name: 'cpu' | 'memory'): Fact<string> | undefined => {
    const q = c.resources[which][name];
    return q ? { value: q.raw, location: at(q.range) } : undefined;
  };
  const runAsUser = own(sc.runAsUser);
  const runAsNonRoot = own(sc.runAsNonRoot);
  return {
    name: c.name ?? '?',
    image: c.image?.raw ?? '',
    init: c.type !== 'container',
    location: at(c.anchorRange),
    imageLocation: at(c.image?.range ?? c.anchorRange),
    privileged: sc.privileged ? { value: sc.privileged.value, location: at(sc.privileged.range) } : undefined,
    allowPrivilegeEscalation: sc.allowPrivilegeEscalation ? { value: sc.allowPrivilegeEscalation.value, location: at(sc.allowPrivilegeEscalation.range) } : undefined,
    capsAdd: sc.capabilities.add.map((cap) => ({ value: cap.name, location: at(cap.range) })),
    dropAll: sc.capabilities.drop.some((cap) => cap.name === 'ALL'),
    runAsUser: runAsUser ? { value: String(runAsUser.value), location: at(runAsUser.range) } : undefined,
    runAsNonRoot: runAsNonRoot ? { value: runAsNonRoot.value, location: at(runAsNonRoot.range) } : undefined,
    seccomp: seccompFact(own(sc.seccompProfile), at),
    readOnlyRootFilesystem: sc.readOnlyRootFilesystem?.value === true,
    memoryLimit: quantity('limits', 'memory'),
    memoryRequest: quantity('requests', 'memory'),
    cpuRequest: quantity('requests', 'cpu'),
    cpuLimit: quantity('limits', 'cpu'),
    hostPorts: c.ports.filter((p) => p.hostPort !== undefined && p.hostPort !== 0).map((p) => ({ value: String(p.hostPort), location: at(p.hostPortRange ?? p.range) })),
  };
}
