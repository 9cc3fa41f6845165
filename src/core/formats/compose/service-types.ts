/** The types of the Compose service model (read by services.ts, used by the Compose rules, hovers and the panel). */
import type { YAMLMap } from 'yaml';
import type { Range } from '../../base/model/finding';
import type { ImageRef } from '../../base/model/image-ref';
import type { YamlDocument } from '../../base/yaml/documents';

export interface ComposeField<T> {
  value: T;
  /** The value as written (an alias token when the value is an alias), or the key when the value is empty. */
  range: Range;
  keyRange: Range;
  /** From the key to the end of the value: the whole `privileged: true` pair (for list items: the item). */
  pairRange: Range;
  /** Found through a merge key: the ranges point into the anchored map. */
  merged: boolean;
  /** As written, when `value` is the result of interpolating `.env` variables (compose/interpolate.ts). */
  written?: string;
}

export interface ComposeImage extends ComposeField<string> {
  ref: ImageRef;
  /** The tag text inside the value (`latest` of `nginx:latest`), when there is one. */
  tagRange?: Range;
}

export type RootVerdict = 'yes' | 'no' | 'unknown';

/** The stage a `build:` produces (final stage, or `target:`), and who it runs as. */
export interface BuiltStage {
  /** Path of the Dockerfile as given to the host. */
  path: string;
  stageName?: string;
  /** The base image as written (global ARGs expanded). */
  baseImage: string;
  /** Range of the FROM line's image in the Dockerfile. */
  fromRange: Range;
  /** The effective USER (last USER of the stage or of the stage it builds on). */
  user?: string;
  userRange?: Range;
  /** User the base image runs as when no USER is set (knowledge table), when known. */
  baseDefaultUser?: string;
  runsAsRoot: RootVerdict;
  /** Why, in words: "USER root on line 12", "no USER; python runs as root by default". */
  reason: string;
  /** Why it runs as root (when `runsAsRoot` is 'yes'), as a reason code and raw values, for messages in any language. */
  rootReason?: RootReason;
  /** A Windows image (nanoserver, servercore…): it runs Windows containers, with none of Linux's user or kernel knobs. */
  isWindows?: boolean;
}

export type RootReason =
  | { code: 'userIsRoot'; user: string; line: number }
  | { code: 'baseRunsAs'; image: string; user: string }
  | { code: 'baseNotKnown'; image: string };

export interface ComposeBuild {
  keyRange: Range;
  /** The build value (string or map). */
  range: Range;
  context: string;
  dockerfile: string;
  target?: string;
  /** Uses `dockerfile_inline`: there is no file to read. */
  inline: boolean;
  /** Remote context (git URL, http): nothing to read locally. */
  remote: boolean;
  /** The Dockerfile's path, resolved against the Compose file's folder; undefined for inline or remote builds. */
  dockerfilePath?: string;
  /** What the built stage runs as; undefined when the Dockerfile cannot be read. */
  stage?: BuiltStage;
}

export type VolumeType = 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'anonymous' | 'other';

export interface ComposeVolume {
  type: VolumeType;
  /** Host path (bind), volume name (volume) or pipe; undefined for anonymous volumes and tmpfs. */
  source?: string;
  target?: string;
  readOnly: boolean;
  /** True when the source is a path on the host (bind mount, or npipe). */
  hostPath: boolean;
  /** The list item (short syntax scalar or long syntax map). */
  range: Range;
  sourceRange?: Range;
  /** `:ro` / `read_only: true`, when written. */
  readOnlyRange?: Range;
  syntax: 'short' | 'long';
  merged: boolean;
  /** The source as written, when `source` is the result of interpolating `.env` variables. */
  written?: string;
}

export interface ComposeEnvVar {
  name: string;
  /** Undefined when passed through from the shell (`- NAME` or `NAME:` with no value). */
  value?: string;
  nameRange: Range;
  valueRange?: Range;
  /** The list item or the pair. */
  range: Range;
  syntax: 'map' | 'list';
  merged: boolean;
}

export interface ComposeResources {
  /** `deploy.resources.limits` */
  limits: { memory?: ComposeField<string>; cpus?: ComposeField<string>; pids?: ComposeField<string> };
  /** `deploy.resources.reservations` */
  reservations: { memory?: ComposeField<string>; cpus?: ComposeField<string> };
  /** Legacy service-level keys. */
  memLimit?: ComposeField<string>;
  memswapLimit?: ComposeField<string>;
  memReservation?: ComposeField<string>;
  cpus?: ComposeField<string>;
  cpuQuota?: ComposeField<string>;
  cpuShares?: ComposeField<string>;
  pidsLimit?: ComposeField<string>;
}

export interface ComposeService {
  name: string;
  /** The service's key under `services:`: where "missing" findings point. */
  nameRange: Range;
  /** The whole service definition. */
  range: Range;
  /** The YAML document and map node, for fixes (`src/core/base/yaml/edit.ts`). */
  document: YamlDocument;
  node: YAMLMap;
  image?: ComposeImage;
  build?: ComposeBuild;
  user?: ComposeField<string>;
  privileged?: ComposeField<boolean>;
  networkMode?: ComposeField<string>;
  pid?: ComposeField<string>;
  ipc?: ComposeField<string>;
  usernsMode?: ComposeField<string>;
  uts?: ComposeField<string>;
  platform?: ComposeField<string>;
  /** `labels:` as map pairs or `key=value` list items; `range` is the key (map) or the item (list). */
  labels: Array<{ key: string; value?: string; range: Range }>;
  /** Upper case, `CAP_` prefix removed. */
  capAdd: Array<ComposeField<string>>;
  capDrop: Array<ComposeField<string>>;
  volumes: ComposeVolume[];
  securityOpt: Array<ComposeField<string>>;
  readOnly?: ComposeField<boolean>;
  runtime?: ComposeField<string>;
  isolation?: ComposeField<string>;
  resources: ComposeResources;
  environment: ComposeEnvVar[];
  /** `extends:` (string or `{service, file}`): the service inherits from another one. */
  extends?: { service: string; file?: string; range: Range };
}

export interface ComposeFile {
  documents: YamlDocument[];
  /** The document holding `services:` (Compose reads one document). */
  document?: YamlDocument;
  services: ComposeService[];
}
