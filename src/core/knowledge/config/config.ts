/**
 * Resolved configuration: defaults, then editor settings (extension), then `.hadolint.yaml`, then `.containment.yaml`
 * (the config file wins over editor settings; documented in the README).
 */
import type { Severity } from '../../base/model/finding';

export type RuleSetting = Severity | 'off';

export interface ResourcePolicy {
  /** Require a CPU request (on by default). */
  cpuRequests: boolean;
  /** Require a memory request (on by default). */
  memoryRequests: boolean;
  /** Require a memory limit (on by default). */
  memoryLimits: boolean;
  /** Require a CPU limit: opt-in, CPU limits cause throttling and are contested. */
  cpuLimits: boolean;
  /** Require ephemeral-storage requests/limits: opt-in. */
  ephemeralStorage: boolean;
  /** Require requests == limits (Guaranteed QoS): opt-in. */
  guaranteedQoS: boolean;
  /** Compose: require a pids limit: opt-in. */
  pidsLimit: boolean;
}

export interface ResourceDefaults {
  cpuRequest: string;
  memoryRequest: string;
  memoryLimit: string;
  cpuLimit: string;
  ephemeralStorage: string;
  pidsLimit: number;
}

export interface ContainmentConfig {
  /** Rule id or alias (lower-case) → severity or off. */
  rules: Map<string, RuleSetting>;
  /** Registries images may come from (DL3026); empty = any. */
  trustedRegistries: string[];
  failureThreshold: Severity | 'none';
  policy: ResourcePolicy;
  resourceDefaults: ResourceDefaults;
  /** runtimeClassName / Compose `runtime` values that mean a sandboxed kernel (`*` wildcards). */
  sandboxRuntimes: string[];
  /** Files larger than this are skipped with an info finding. */
  maxFileBytes: number;
  /** Honour inline ignore pragmas (hadolint's `disable-ignore-pragma` turns this off). */
  inlineIgnores: boolean;
  /** ShellCheck on RUN bodies: `path` (else `shellcheck` on PATH), codes to `exclude`, `timeoutMs` per run (default 5000). */
  shellcheck: { enabled: boolean; path?: string; exclude: string[]; timeoutMs?: number };
  /** False in an untrusted workspace: config files may only switch rules off, no external programs run. */
  trusted: boolean;
  /** Config files that contributed, for messages. */
  sources: string[];
  /** Helm values overlays applied after a chart's values.yaml, in order (`--values`, like `helm -f`). */
  helmValues?: string[];
}

export function defaultConfig(): ContainmentConfig {
  return {
    rules: new Map(),
    trustedRegistries: [],
    failureThreshold: 'warning',
    policy: {
      cpuRequests: true,
      memoryRequests: true,
      memoryLimits: true,
      cpuLimits: false,
      ephemeralStorage: false,
      guaranteedQoS: false,
      pidsLimit: false,
    },
    resourceDefaults: {
      cpuRequest: '100m',
      memoryRequest: '128Mi',
      memoryLimit: '256Mi',
      cpuLimit: '500m',
      ephemeralStorage: '1Gi',
      pidsLimit: 200,
    },
    sandboxRuntimes: ['gvisor', 'runsc', 'kata*'],
    maxFileBytes: 4 * 1024 * 1024,
    inlineIgnores: true,
    shellcheck: { enabled: true, exclude: [] },
    trusted: true,
    sources: [],
  };
}

export function cloneConfig(config: ContainmentConfig): ContainmentConfig {
  return {
    ...config,
    rules: new Map(config.rules),
    trustedRegistries: [...config.trustedRegistries],
    policy: { ...config.policy },
    resourceDefaults: { ...config.resourceDefaults },
    sandboxRuntimes: [...config.sandboxRuntimes],
    shellcheck: { ...config.shellcheck, exclude: [...config.shellcheck.exclude] },
    sources: [...config.sources],
  };
}

/** `kata*` matches `kata-qemu`; comparison is case-insensitive. */
export function matchesRuntime(patterns: string[], value: string): boolean {
  const v = value.toLowerCase();
  return patterns.some((p) => {
    const pat = p.toLowerCase();
    return pat.endsWith('*') ? v.startsWith(pat.slice(0, -1)) : v === pat;
  });
}
