/**
 * Finds and reads `.hadolint.yaml` / `.hadolint.yml` and `.containment.yaml` / `.containment.yml` from a file's folder
 * upwards (nearest wins, one of each), or an explicit `--config` file. A broken file gives a ConfigError with a line
 * number, never an exception.
 */
import * as path from 'path';
import { parseDocument, isMap, isSeq, isScalar, LineCounter, type Node } from 'yaml';
import type { FileHost } from '../../base/host/file-host';
import { SEVERITIES, type Severity } from '../../base/model/finding';
import { cloneConfig, type ContainmentConfig, type RuleSetting } from './config';

export interface ConfigError {
  path: string;
  line: number; // 1-based, 0 when unknown
  message: string;
}

export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'];
export const CONTAINMENT_CONFIG_NAMES = ['.containment.yaml', '.containment.yml'];

/** Nearest config files for a file, searching its folder and every parent up to the root (or `stopAt`). */
export function findConfigFiles(filePath: string, host: FileHost, stopAt?: string): { hadolint?: string; containment?: string } {
  const found: { hadolint?: string; containment?: string } = {};
  let dir = path.dirname(path.resolve(filePath));
  for (let guard = 0; guard < 64; guard++) {
    const names = host.listDir(dir);
    if (names) {
      if (!found.hadolint) {
        const n = HADOLINT_CONFIG_NAMES.find((c) => names.includes(c));
        if (n) found.hadolint = path.join(dir, n);
      }
      if (!found.containment) {
        const n = CONTAINMENT_CONFIG_NAMES.find((c) => names.includes(c));
        if (n) found.containment = path.join(dir, n);
      }
    }
    if ((found.hadolint && found.containment) || (stopAt && path.resolve(stopAt) === dir)) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}

const HADOLINT_LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint', hint: 'hint' };

function toSeverity(value: unknown): RuleSetting | undefined {
  if (typeof value === 'boolean') return value ? undefined : 'off';
  if (typeof value !== 'string') return undefined;
  const v = value.toLowerCase();
  if (v === 'off' || v === 'ignore' || v === 'none' || v === 'false') return 'off';
  return HADOLINT_LEVELS[v];
}

class Reader {
  readonly errors: ConfigError[] = [];
  private readonly lines = new LineCounter();
  readonly root: unknown;
  readonly doc;

  constructor(readonly file: string, text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: false });
    for (const e of this.doc.errors) this.errors.push({ path: file, line: this.lines.linePos(e.pos[0]).line, message: e.message.split('\n')[0] });
    this.root = this.errors.length ? undefined : this.doc.contents;
  }

  lineOf(node: unknown): number {
    const range = (node as Node | undefined)?.range;
    return range ? this.lines.linePos(range[0]).line : 0;
  }

  error(node: unknown, message: string): void {
    this.errors.push({ path: this.file, line: this.lineOf(node), message });
  }

  /** Top-level map entries as [key, valueNode]. */
  entries(node: unknown = this.root): Array<[string, unknown]> {
    if (node === undefined || node === null) return [];
    if (isScalar(node) && (node.value === null || node.value === '')) return [];
    if (!isMap(node)) {
      this.error(node, 'expected a mapping (key: value)');
      return [];
    }
    return node.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), pair.value]);
  }

  strings(node: unknown, what: string): string[] {
    if (isScalar(node) && typeof node.value === 'string') return [node.value];
    if (!isSeq(node)) {
      this.error(node, `${what}: expected a list of strings`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) out.push(String(item.value));
      else this.error(item, `${what}: expected a string`);
    }
    return out;
  }

  scalar(node: unknown): unknown {
    return isScalar(node) ? node.value : undefined;
  }
}

function setRule(config: ContainmentConfig, id: string, setting: RuleSetting): void {
  // In an untrusted workspace config files may only switch rules off.
  if (!config.trusted && setting !== 'off') return;
  config.rules.set(id.toLowerCase(), setting);
}

export function applyHadolintConfig(config: ContainmentConfig, file: string, text: string): ConfigError[] {
  const r = new Reader(file, text);
  for (const [key, value] of r.entries()) {
    switch (key) {
      case 'ignored':
        r.strings(value, 'ignored').forEach((id) => setRule(config, id, 'off'));
        break;
      case 'override':
        for (const [level, list] of r.entries(value)) {
          const severity = HADOLINT_LEVELS[level.toLowerCase()];
          if (!severity) r.error(list, `override: unknown level '${level}' (error, warning, info, style)`);
          else r.strings(list, `override.${level}`).forEach((id) => setRule(config, id, severity));
        }
        break;
      case 'trustedRegistries':
        if (config.trusted) config.trustedRegistries = r.strings(value, 'trustedRegistries');
        break;
      case 'failure-threshold': {
        const v = String(r.scalar(value) ?? '').toLowerCase();
        if (v === 'none') config.failureThreshold = 'none';
        else if (HADOLINT_LEVELS[v]) config.failureThreshold = HADOLINT_LEVELS[v];
        else r.error(value, `failure-threshold: expected error, warning, info, style or none`);
        break;
      }
      case 'disable-ignore-pragma':
        config.inlineIgnores = r.scalar(value) !== true;
        break;
      default:
        // hadolint has more keys (label-schema, strict-labels, no-fail, format…) that do not change our findings
        break;
    }
  }
  config.sources.push(file);
  return r.errors;
}

const POLICY_KEYS: Record<string, keyof ContainmentConfig['policy']> = {
  cpuRequests: 'cpuRequests',
  memoryRequests: 'memoryRequests',
  memoryLimits: 'memoryLimits',
  cpuLimits: 'cpuLimits',
  ephemeralStorage: 'ephemeralStorage',
  guaranteedQoS: 'guaranteedQoS',
  pidsLimit: 'pidsLimit',
};

const DEFAULT_KEYS: Record<string, keyof ContainmentConfig['resourceDefaults']> = {
  cpuRequest: 'cpuRequest',
  memoryRequest: 'memoryRequest',
  memoryLimit: 'memoryLimit',
  cpuLimit: 'cpuLimit',
  ephemeralStorage: 'ephemeralStorage',
  pidsLimit: 'pidsLimit',
};

/** One top-level key of `.containment.yaml`: reads its value into the config, reporting what is wrong at its line. */
type SectionReader = (r: Reader, value: unknown, config: ContainmentConfig, key: string) => void;

const readRules: SectionReader = (r, value, config) => {
  for (const [id, level] of r.entries(value)) {
    const setting = toSeverity(r.scalar(level));
    if (!setting) r.error(level, `rules.${id}: expected off, error, warning, info or hint`);
    else setRule(config, id, setting);
  }
};

const readIgnored: SectionReader = (r, value, config, key) => r.strings(value, key).forEach((id) => setRule(config, id, 'off'));

const readFailureThreshold: SectionReader = (r, value, config) => {
  const v = String(r.scalar(value) ?? '').toLowerCase();
  if (v === 'none') config.failureThreshold = 'none';
  else if ((SEVERITIES as readonly string[]).includes(v)) config.failureThreshold = v as Severity;
  else r.error(value, 'failureThreshold: expected error, warning, info, hint or none');
};

const readPolicies: SectionReader = (r, value, config) => {
  for (const [name, flag] of r.entries(value)) {
    const k = POLICY_KEYS[name];
    const v = r.scalar(flag);
    if (!k) r.error(flag, `policy: unknown policy '${name}' (${Object.keys(POLICY_KEYS).join(', ')})`);
    else if (typeof v !== 'boolean') r.error(flag, `policy.${name}: expected true or false`);
    else if (config.trusted) config.policy[k] = v;
  }
};

const readResourceDefaults: SectionReader = (r, value, config) => {
  for (const [name, v] of r.entries(value)) {
    const k = DEFAULT_KEYS[name];
    const val = r.scalar(v);
    if (!k) r.error(v, `resourceDefaults: unknown key '${name}' (${Object.keys(DEFAULT_KEYS).join(', ')})`);
    else if (k === 'pidsLimit') {
      if (typeof val !== 'number' || val <= 0) r.error(v, 'resourceDefaults.pidsLimit: expected a positive number');
      else if (config.trusted) config.resourceDefaults.pidsLimit = val;
    } else if (typeof val !== 'string' && typeof val !== 'number') r.error(v, `resourceDefaults.${name}: expected a quantity such as 100m or 128Mi`);
    else if (config.trusted) config.resourceDefaults[k] = String(val);
  }
};

const readMaxFileSize: SectionReader = (r, value, config) => {
  const v = r.scalar(value);
  if (typeof v !== 'number' || v <= 0) r.error(value, 'maxFileSize: expected a number of bytes');
  else if (config.trusted) config.maxFileBytes = v;
};

const readShellcheck: SectionReader = (r, value, config) => {
  for (const [name, v] of r.entries(value)) {
    const val = r.scalar(v);
    if (name === 'enabled') {
      if (typeof val !== 'boolean') r.error(v, 'shellcheck.enabled: expected true or false');
      else if (config.trusted || val === false) config.shellcheck.enabled = val;
    } else if (name === 'path') {
      if (typeof val !== 'string') r.error(v, 'shellcheck.path: expected a path');
      // a relative path with a folder in it is relative to the config file; a bare name is looked up on PATH
      else if (config.trusted) config.shellcheck.path = /[\\/]/.test(val) && !val.startsWith('~') ? path.resolve(path.dirname(r.file), val) : val;
    } else if (name === 'exclude') config.shellcheck.exclude = r.strings(v, 'shellcheck.exclude');
    else if (name === 'timeout') {
      if (typeof val !== 'number' || !(val > 0)) r.error(v, 'shellcheck.timeout: expected a number of milliseconds');
      else config.shellcheck.timeoutMs = val;
    } else r.error(v, `shellcheck: unknown key '${name}' (enabled, path, exclude, timeout)`);
  }
};

/** Every key `.containment.yaml` knows, with its aliases. Untrusted workspaces only narrow (see each reader). */
const SECTIONS: Record<string, SectionReader> = {
  rules: readRules,
  ignore: readIgnored,
  ignored: readIgnored,
  trustedRegistries: (r, value, config) => {
    if (config.trusted) config.trustedRegistries = r.strings(value, 'trustedRegistries');
  },
  failureThreshold: readFailureThreshold,
  policy: readPolicies,
  policies: readPolicies,
  resourceDefaults: readResourceDefaults,
  defaults: readResourceDefaults,
  sandboxRuntimes: (r, value, config) => {
    if (config.trusted) config.sandboxRuntimes = r.strings(value, 'sandboxRuntimes');
  },
  maxFileSize: readMaxFileSize,
  shellcheck: readShellcheck,
};

export function applyContainmentConfig(config: ContainmentConfig, file: string, text: string): ConfigError[] {
  const r = new Reader(file, text);
  for (const [key, value] of r.entries()) {
    const section = Object.prototype.hasOwnProperty.call(SECTIONS, key) ? SECTIONS[key] : undefined;
    if (section) section(r, value, config, key);
    else r.error(value, `unknown setting '${key}'`);
  }
  config.sources.push(file);
  return r.errors;
}

export interface LoadedConfig {
  config: ContainmentConfig;
  errors: ConfigError[];
}

/**
 * The configuration for one file: `base` (defaults or editor settings) with the nearest config files applied.
 * With `explicitFile`, that one file is read instead of searching (its name tells which format it is).
 */
export function loadConfigFor(filePath: string, host: FileHost, base: ContainmentConfig, explicitFile?: string): LoadedConfig {
  const config = cloneConfig(base);
  const errors: ConfigError[] = [];
  const read = (file: string, apply: typeof applyHadolintConfig) => {
    const text = host.readFile(file);
    if (text === undefined) errors.push({ path: file, line: 0, message: 'cannot read the config file' });
    else errors.push(...apply(config, file, text));
  };
  if (explicitFile) {
    const isHadolint = path.basename(explicitFile).includes('hadolint');
    read(explicitFile, isHadolint ? applyHadolintConfig : applyContainmentConfig);
    return { config, errors };
  }
  const found = findConfigFiles(filePath, host);
  if (found.hadolint) read(found.hadolint, applyHadolintConfig);
  if (found.containment) read(found.containment, applyContainmentConfig);
  return { config, errors };
}
