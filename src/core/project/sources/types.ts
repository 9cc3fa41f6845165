/**
 * The neutral shape the source adapters (Kubernetes, Compose) hand to the project model. Each adapter maps the
 * checker's own model of one file kind (kubernetes/workloads.ts, compose/services.ts) into this; none reads YAML.
 */
import type { ChartSource, Location } from '../model';

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
