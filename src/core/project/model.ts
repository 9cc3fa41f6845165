/**
 * The project model behind the trade-off panel and `containment report`: what a folder of Dockerfiles, Compose files
 * and Kubernetes manifests builds and runs, and — per workload — what it shares with the host.
 * Pure data (JSON-serialisable): `containment report --format json` prints it as is.
 * Paths are relative to the scanned root ('/' separators); lines are 1-based, as people read them.
 */
import type { MessageData } from '../base/l10n/format-message';
import type { Category, FileKind, Severity } from '../base/model/finding';
import type { ChartSource, Location } from '../base/model/workload-facts';

export type { ChartSource, Location };

export type OsFamily = 'linux' | 'windows' | 'unknown';
export type Tristate = 'yes' | 'no' | 'unknown';

export interface ImageInfo {
  /** The reference as written (FROM / image:). */
  ref: string;
  /** Short name: `python`, `gcr.io/distroless/static`. */
  image: string;
  osFamily: OsFamily;
  sizeClass: string;
  approxSizeMb?: number;
  /** `Debian 12 (bookworm)`, `Python 3.8` … with end-of-life facts where known. */
  releases: Array<{ label: string; eol?: string; pastEol: boolean }>;
  /** The user the final stage runs as (Dockerfile USER, else the image's default). */
  finalUser?: string;
  runsAsRoot: Tristate;
  windowsVariant?: string;
  /** Dockerfile that builds this image (for built images), or where the reference is written. */
  dockerfile?: string;
  location: Location;
  /** Where the user is decided (USER line), when a Dockerfile sets it. */
  userLocation?: Location;
  /** Image was built here (a Dockerfile's final stage) rather than pulled. */
  built: boolean;
}

export type KernelMode = 'shared' | 'guest-kernel' | 'user-space-kernel' | 'windows-process' | 'windows-hyperv';
export type NamespaceName = 'pid' | 'network' | 'mount' | 'ipc' | 'uts' | 'user';
export const NAMESPACES: readonly NamespaceName[] = ['pid', 'network', 'mount', 'ipc', 'uts', 'user'];
export type NamespaceState = 'isolated' | 'shared' | 'partial';

export interface NamespaceStatus {
  state: NamespaceState;
  /** Short machine-readable cause: `hostPID`, `network_mode: host`, `hostPath /var/run/docker.sock`, `default`. */
  why: string;
  location?: Location;
}

export interface RootBasis {
  code: 'field' | 'not-followed' | 'dockerfile-user' | 'dockerfile-drops-privileges' | 'dockerfile-image-default' | 'dockerfile-image-unknown' | 'image-default' | 'image-unknown' | 'no-dockerfile' | 'none';
  params: Record<string, string>;
}

export type PssLevel = 'privileged' | 'baseline' | 'restricted';
export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

export interface IsolationProfile {
  kernel: { mode: KernelMode; runtime?: string; location?: Location };
  namespaces: Record<NamespaceName, NamespaceStatus>;
  privileges: {
    root: Tristate;
    rootWhy: string;
    /** rootWhy as a code + values, for localized text. */
    rootBasis: RootBasis;
    rootLocation?: Location;
    privileged: boolean;
    addedCaps: string[];
    droppedAll: boolean;
    /** undefined = not set (Kubernetes allows escalation by default). */
    allowPrivilegeEscalation?: boolean;
    seccomp: 'runtime-default' | 'localhost' | 'unconfined' | 'unset';
    readOnlyRootFilesystem: boolean;
  };
  cgroups: {
    memoryLimit?: string;
    memoryRequest?: string;
    cpuRequest?: string;
    cpuLimit?: string;
    pidsLimit?: string;
    /** Kubernetes only. */
    qos?: QosClass;
    /** Plain Dockerfile: limits are decided at `docker run` time. */
    decidedAtRunTime?: boolean;
    /** Where the values above are set (the first container's setting; a chart's values key when it comes from values). */
    locations?: Partial<Record<'memoryLimit' | 'cpuRequest' | 'cpuLimit', Location>>;
  };
  /** Kubernetes only: the Pod Security Standards level the pod satisfies. */
  pss?: PssLevel;
}

/**
 * container: fine as a container as is · harden: fine once the listed settings change · host-agent: part of the node's
 * trusted base by design (a sandbox or VM would break it or watch the wrong kernel) · sandbox: runs untrusted code or
 * input and keeps working under gVisor/Kata · vm: needs its own kernel or OS, or hard separation.
 */
export type Verdict = 'container' | 'harden' | 'host-agent' | 'sandbox' | 'vm';
export const VERDICTS: readonly Verdict[] = ['vm', 'sandbox', 'host-agent', 'harden', 'container'];
/** A reason's weight: the verdict it pushes towards (vm, sandbox, host-agent, harden), a note, or something that helps. */
export type ReasonWeight = 'vm' | 'sandbox' | 'host-agent' | 'harden' | 'info' | 'good';

export type ReasonCode =
  | 'host-root-equivalent'
  | 'privileged'
  | 'container-runtime-socket'
  | 'host-root-mount'
  | 'kernel-modules'
  | 'windows-on-linux'
  | 'untrusted-code'
  | 'untrusted-role'
  | 'untrusted-needs-host'
  | 'isolation-label'
  | 'node-agent'
  | 'ebpf-probe'
  | 'linux-vm-host'
  | 'gpu'
  | 'host-devices'
  | 'node-sysctl'
  | 'host-pid'
  | 'host-network'
  | 'host-ipc'
  | 'host-uts'
  | 'host-userns'
  | 'host-path'
  | 'runs-as-root'
  | 'may-run-as-root'
  | 'dangerous-caps'
  | 'privilege-escalation'
  | 'seccomp-unconfined'
  | 'no-memory-limit'
  | 'no-cpu-request'
  | 'no-cpu-limit'
  | 'no-pids-limit'
  | 'limits-at-run-time'
  | 'eol-base-image'
  | 'rule-finding'
  | 'sandboxed-runtime'
  | 'hyperv-isolation'
  | 'user-namespace'
  | 'restricted';

export interface Reason {
  code: ReasonCode;
  weight: ReasonWeight;
  /** Values the localized text fills in (capability names, paths, image names …). */
  params: Record<string, string>;
  /** English text (for JSON consumers); the renderer localizes from code + params. */
  message: string;
  location?: Location;
  /** The severity `containment check` gives the same problem, where a rule reports it. */
  severity?: Severity;
}

export interface WorkloadFinding {
  rule: string;
  severity: Severity;
  category: Category;
  /** English; `messageId` + `data` give it in the report's language (l10n/rule-text.ts). */
  message: string;
  messageId?: string;
  data?: MessageData;
  location: Location;
}

export interface Workload {
  id: string;
  name: string;
  platform: 'kubernetes' | 'compose' | 'docker';
  /** `Deployment`, `DaemonSet`, `service` (Compose), `image` (a Dockerfile run with `docker run`). */
  kind: string;
  namespace?: string;
  location: Location;
  containers: Array<{ name: string; image: string; init: boolean; location: Location; dockerfile?: string }>;
  /** Dockerfiles that build this workload's images (Compose `build:`, or an obvious name match). */
  dockerfiles: string[];
  osFamily: OsFamily;
  isolation: IsolationProfile;
  verdict: Verdict;
  reasons: Reason[];
  /** How each runtime would suit this workload, from the workload's own facts. */
  fit: FitMatrix;
  /** Engine findings inside this workload's definition (same rules as the editor and `containment check`). */
  findings: WorkloadFinding[];
  /** Set when the workload is a Helm chart's template read with the chart's values. */
  chart?: ChartSource;
}

/** The chart a workload comes from, the values it was read with, and what the static reader could not follow. */
export interface NextStep {
  code: ReasonCode;
  weight: ReasonWeight;
  impact: number;
  workloads: Array<{ name: string; location?: Location }>;
}

export interface ProjectSummary {
  files: Record<FileKind, number>;
  workloads: number;
  verdicts: Record<Verdict, number>;
  withMemoryLimit: number;
  withCpuRequest: number;
  nonRoot: number;
  /** Kubernetes workloads per PSS level. */
  pss: Record<PssLevel, number>;
  kernels: Record<KernelMode, number>;
  findings: Record<Severity, number>;
}

export interface ProjectModel {
  schemaVersion: 1;
  /** Display name of the scanned root(s). */
  name: string;
  hostOs: 'linux' | 'windows';
  files: Array<{ path: string; kind: FileKind }>;
  images: ImageInfo[];
  workloads: Workload[];
  summary: ProjectSummary;
  nextSteps: NextStep[];
}

/* ---- runtime fit matrix ---------------------------------------------------------------------------------------- */

export type RuntimeId = 'runc' | 'gvisor' | 'kata' | 'firecracker' | 'vm';
export const RUNTIMES: readonly RuntimeId[] = ['runc', 'gvisor', 'kata', 'firecracker', 'vm'];
export type FitLevel = 'yes' | 'caveat' | 'no';

export type FitCode =
  | 'windows-image'
  | 'windows-host'
  | 'host-namespaces'
  | 'node-agent'
  | 'runtime-socket'
  | 'host-paths'
  | 'host-devices'
  | 'gpu'
  | 'kernel-modules'
  | 'ebpf'
  | 'privileged'
  | 'io-heavy'
  | 'needs-kvm'
  | 'no-k8s-integration'
  | 'untrusted-shared-kernel'
  | 'current-runtime';

export interface FitReason {
  code: FitCode;
  level: FitLevel;
  params: Record<string, string>;
  /** English text (for JSON consumers); the renderer localizes from runtime + code + params. */
  message: string;
  location?: Location;
}

/** Typical costs (approximate, from the runtimes' own documentation), scaled to the workload's memory limit when set. */
export interface FitCost {
  /** Start-up time, milliseconds, low–high. */
  startupMs: [number, number];
  /** Memory each sandbox/VM adds on top of the workload, MiB, low–high. */
  overheadMiB: [number, number];
  /** Overhead as a percentage of the workload's memory limit (when the limit is known). */
  overheadPctOfLimit?: [number, number];
}

export interface FitCell {
  level: FitLevel;
  reasons: FitReason[];
  cost: FitCost;
}

export type FitMatrix = Record<RuntimeId, FitCell>;
