/**
 * Editor settings (`containment.*`) → the engine's base configuration. Pure (no `vscode` import) so it is unit-tested;
 * settings.ts reads the values through `vscode.workspace.getConfiguration` and hands them to `readSettings`.
 *
 * Order (config.ts): defaults → these settings → `.hadolint.yaml` → `.containment.yaml`. A config file therefore wins
 * over a setting wherever both say something (the setting descriptions say so).
 */
import { cloneConfig, defaultConfig, type ContainmentConfig, type ResourceDefaults, type ResourcePolicy, type RuleSetting } from '../core/knowledge/config/config';
import type { FileKind } from '../core/base/model/finding';

export type SyntaxChecks = 'auto' | 'on' | 'off';

export interface ContainmentSettings {
  enable: boolean;
  languages: Record<FileKind, boolean>;
  /** Rule id or alias (as written) → setting. */
  rules: Record<string, RuleSetting>;
  policy: Partial<ResourcePolicy>;
  resourceDefaults: Partial<ResourceDefaults>;
  trustedRegistries?: string[];
  sandboxRuntimes?: string[];
  debounceMs: number;
  shellcheck: { enabled: boolean; path?: string };
  codeLens: boolean;
  syntaxChecks: SyntaxChecks;
  /** Helm values overlays applied after a chart's values.yaml, in order (as written: relative to the workspace). */
  helmValues?: string[];
}

/** Reads one setting: `get('policy.cpuLimits')` → the value, or undefined when unset/unknown. */
export type SettingGetter = (key: string) => unknown;

const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info', 'hint'];
const POLICY_KEYS: ReadonlyArray<keyof ResourcePolicy> = ['cpuRequests', 'memoryRequests', 'memoryLimits', 'cpuLimits', 'ephemeralStorage', 'guaranteedQoS', 'pidsLimit'];
const DEFAULT_KEYS: ReadonlyArray<keyof ResourceDefaults> = ['cpuRequest', 'memoryRequest', 'memoryLimit', 'cpuLimit', 'ephemeralStorage', 'pidsLimit'];
export const DEFAULT_DEBOUNCE_MS = 300;

const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
const stringList = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((s) => s.trim()).filter(Boolean) : undefined;

/** Validates raw setting values; anything of the wrong type falls back to the default. */
export function readSettings(get: SettingGetter): ContainmentSettings {
  const rules: Record<string, RuleSetting> = {};
  const rawRules = get('rules');
  if (rawRules && typeof rawRules === 'object' && !Array.isArray(rawRules)) {
    for (const [id, v] of Object.entries(rawRules as Record<string, unknown>)) {
      const s = typeof v === 'string' ? v.toLowerCase() : typeof v === 'boolean' ? (v ? undefined : 'off') : undefined;
      const setting = s === 'style' ? 'hint' : s === 'ignore' || s === 'none' ? 'off' : s;
      if (setting && (RULE_SETTINGS as readonly string[]).includes(setting)) rules[id] = setting as RuleSetting;
    }
  }
  const policy: Partial<ResourcePolicy> = {};
  for (const k of POLICY_KEYS) {
    const v = get(`policy.${k}`);
    if (typeof v === 'boolean') policy[k] = v;
  }
  const resourceDefaults: Partial<ResourceDefaults> = {};
  for (const k of DEFAULT_KEYS) {
    const v = get(`resourceDefaults.${k}`);
    if (k === 'pidsLimit') {
      if (typeof v === 'number' && Number.isInteger(v) && v > 0) resourceDefaults.pidsLimit = v;
    } else if ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && v > 0)) resourceDefaults[k] = String(v).trim();
  }
  const debounce = get('debounceMs');
  const syntax = get('dockerfile.syntaxChecks');
  const path = get('shellcheck.path');
  return {
    enable: bool(get('enable'), true),
    languages: {
      dockerfile: bool(get('dockerfile.enable'), true),
      kubernetes: bool(get('kubernetes.enable'), true),
      compose: bool(get('compose.enable'), true),
    },
    rules,
    policy,
    resourceDefaults,
    trustedRegistries: stringList(get('trustedRegistries')),
    sandboxRuntimes: stringList(get('sandboxRuntimes')),
    debounceMs: typeof debounce === 'number' && Number.isFinite(debounce) ? Math.max(0, Math.min(5000, Math.round(debounce))) : DEFAULT_DEBOUNCE_MS,
    shellcheck: { enabled: bool(get('shellcheck.enabled'), true), path: typeof path === 'string' && path.trim() ? path.trim() : undefined },
    codeLens: bool(get('codeLens.enabled'), true),
    syntaxChecks: syntax === 'on' || syntax === 'off' ? syntax : 'auto',
    helmValues: stringList(get('helm.valuesFiles')),
  };
}

export interface ConfigContext {
  /** `vscode.workspace.isTrusted`. */
  trusted: boolean;
  /** The folder relative Helm values paths are read from (the first workspace folder). */
  folder?: string;
}

/**
 * The base configuration the nearest config files are then applied to (`loadConfigFor`). In an untrusted workspace
 * `trusted` is false: config files may then only switch rules off and no external program (ShellCheck) runs; a
 * ShellCheck path from settings is ignored there too.
 */
export function settingsToConfig(settings: ContainmentSettings, context: ConfigContext, base: ContainmentConfig = defaultConfig()): ContainmentConfig {
  const config = cloneConfig(base);
  config.trusted = context.trusted;
  for (const [id, setting] of Object.entries(settings.rules)) config.rules.set(id.toLowerCase(), setting);
  Object.assign(config.policy, settings.policy);
  Object.assign(config.resourceDefaults, settings.resourceDefaults);
  if (settings.trustedRegistries) config.trustedRegistries = [...settings.trustedRegistries];
  if (settings.sandboxRuntimes && settings.sandboxRuntimes.length) config.sandboxRuntimes = [...settings.sandboxRuntimes];
  config.shellcheck.enabled = settings.shellcheck.enabled && context.trusted;
  if (settings.shellcheck.path && context.trusted) config.shellcheck.path = settings.shellcheck.path;
  if (settings.helmValues?.length) config.helmValues = settings.helmValues.map((p) => helmValuesPath(p, context.folder));
  return config;
}

/** An absolute path with '/' separators (the chart reader compares them so); a relative one is read from `folder`. */
function helmValuesPath(written: string, folder: string | undefined): string {
  const absolute = /^([A-Za-z]:)?[\\/]/.test(written) || !folder ? written : `${folder.replace(/[\\/]+$/, '')}/${written.replace(/^\.[\\/]/, '')}`;
  return absolute.replace(/\\/g, '/');
}

/** Whether a file of this kind is analysed at all. */
export function isKindEnabled(settings: ContainmentSettings, kind: FileKind): boolean {
  return settings.enable && settings.languages[kind];
}

/** `auto`: Dockerfile syntax errors are left to the Docker / Microsoft extension when one of them is active. */
export function syntaxChecksEnabled(setting: SyntaxChecks, dockerExtensionActive: boolean): boolean {
  return setting === 'on' || (setting === 'auto' && !dockerExtensionActive);
}

/** Extensions that already report Dockerfile syntax errors (dockerfile-utils). */
export const DOCKER_EXTENSION_IDS: readonly string[] = ['ms-azuretools.vscode-docker', 'docker.docker', 'ms-azuretools.vscode-containers'];
