/**
 * The neutral facts a format gives the project model (`Format.facts`): the workloads a Kubernetes or Compose file
 * runs and what a Dockerfile builds. Each format maps its own model (kubernetes/workloads.ts, compose/services.ts,
 * dockerfile/model.ts) into these in its `facts.ts`; the project scan links and judges them without knowing formats.
 */
import type { ImageRef } from './image-ref';

/** A place in a scanned file as people read it: the project's path ('/' separators), 1-based line. */
export interface Location {
  path: string;
  /** 1-based line. */
  line: number;
}

/** A metadata key or label that marks a workload as running code its operators do not trust. */
export const UNTRUSTED_KEY = /(^|[./-])(untrusted|multi-tenant|multitenant|tenant-code|user-code)$/i;
/** The texts a label or annotation value is true with. */
export const TRUE_TEXT = /^(true|yes|on)$/i;

export interface Fact<T> {
  value: T;
  location: Location;
}

export interface RawContainer {
  name: string;
  image: string;
  init: boolean;
  location: Location;
  imageLocation: Location;
  privileged?: Fact<boolean>;
  allowPrivilegeEscalation?: Fact<boolean>;
  capsAdd: Array<Fact<string>>;
  dropAll: boolean;
  runAsUser?: Fact<string>;
  runAsNonRoot?: Fact<boolean>;
  seccomp?: Fact<string>;
  readOnlyRootFilesystem: boolean;
  memoryLimit?: Fact<string>;
  memoryRequest?: Fact<string>;
  cpuRequest?: Fact<string>;
  cpuLimit?: Fact<string>;
  pidsLimit?: Fact<string>;
  hostPorts: Array<Fact<string>>;
  /** Dockerfile this container is built from (Compose `build:`), absolute. */
  buildDockerfile?: Fact<string>;
  /** Compose `build.target`: the stage the service runs, when not the Dockerfile's last. */
  buildTarget?: string;
  /** Compose `build:` without an explicit image name. */
  builtOnly?: boolean;
  /** Where the container's resources are decided when that is not its own definition (a chart's values key). */
  resourcesLocation?: Location;
  /** Settings written by something the reader did not follow (a chart template): unknown, never taken as absent. */
  unknown?: { resources?: boolean; securityContext?: boolean };
}

export interface RawWorkload {
  platform: 'kubernetes' | 'compose' | 'docker';
  kind: string;
  name: string;
  namespace?: string;
  /** Absolute path of the file. */
  file: string;
  location: Location;
  /** 1-based line span of the definition (findings inside it belong to the workload). */
  startLine: number;
  endLine: number;
  /** Definitions in other files merged into this workload (a Compose override file's service): their findings are its. */
  mergedSpans?: Array<{ path: string; startLine: number; endLine: number }>;
  hostPID?: Fact<boolean>;
  hostNetwork?: Fact<boolean>;
  hostIPC?: Fact<boolean>;
  hostUTS?: Fact<boolean>;
  /** `hostUsers: false` (Kubernetes) / `userns_mode` (Compose). */
  userNamespace?: Fact<'host' | 'private'>;
  /** Network shared with another container/service (`network_mode: service:x`). */
  networkSharedWith?: Fact<string>;
  networkNone?: Fact<boolean>;
  shareProcessNamespace?: Fact<boolean>;
  runtime?: Fact<string>;
  /** Windows isolation mode asked for (`isolation: hyperv|process`). */
  windowsIsolation?: Fact<string>;
  /** The workload says it targets Windows nodes/hosts (nodeSelector kubernetes.io/os: windows, platform: windows/…). */
  targetsWindows?: Fact<boolean>;
  hostMounts: Array<Fact<string>>;
  /** Volumes of types PSS restricted does not allow (other than hostPath). */
  otherVolumeTypes: string[];
  containers: RawContainer[];
  pod: { runAsUser?: Fact<string>; runAsNonRoot?: Fact<boolean>; seccomp?: Fact<string> };
  untrusted?: Fact<string>;
  /** The Helm chart the workload is rendered from. */
  chart?: ChartSource;
}

/** The Helm chart a workload is rendered from, and what its static reader could not follow. */
export interface ChartSource {
  /** Chart.yaml `name` (the chart folder's name when it has none). */
  name: string;
  /** Values files read, in order (values.yaml first; a later file wins). */
  valuesFiles: string[];
  /** Template constructs in this workload the reader did not follow: what they set is unknown, never guessed. */
  notFollowed: Array<{ what: string; location: Location }>;
  /** Settings left unknown by them (`resources`, `securityContext`, `image`, or `spec` for anything in the pod). */
  unknown: string[];
}

export interface DockerfileFacts {
  abs: string;
  rel: string;
  /** The base image the final stage ultimately builds on. */
  base: ImageRef;
  fromLocation: Location;
  user?: { name: string; location: Location };
  isWindows: boolean;
  /** The stage this describes when a Compose `build.target` picked one other than the last. */
  target?: string;
  /** Names that suggest which image this builds: folder name, `api` from `Dockerfile.api` / `api.Dockerfile`. */
  hints: string[];
  /**
   * False for Dockerfiles that only build or generate files, never run as a service: named for it (`Dockerfile.build`,
   * `codegen.Dockerfile` …), or a `FROM scratch` final stage with no CMD/ENTRYPOINT (an export stage for `--output`).
   */
  runnable: boolean;
  /** The privilege-drop tool (gosu, su-exec, setpriv) the image installs when it sets no USER: it starts as root. */
  dropTool?: string;
}
