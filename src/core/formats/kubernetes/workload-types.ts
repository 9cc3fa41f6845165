/** The types of the Kubernetes object and workload model (read by workloads.ts, used by rules, hovers and the panel). */
import type { YAMLMap } from 'yaml';
import type { Range } from '../../base/model/finding';
import type { ImageRef } from '../../base/model/image-ref';

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
