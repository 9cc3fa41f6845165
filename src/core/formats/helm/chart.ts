/** Which files make a Helm chart: the folder with Chart.yaml, its templates and its values files. */
import { parse } from 'yaml';
import type { ContainmentConfig } from '../../knowledge/config/config';
import type { FileHost } from '../../base/host/file-host';

export interface ChartFiles {
  root: string;
  chart: Record<string, unknown>;
  /** Templates that render manifests (`templates/**.yaml`, not `_*.tpl`, not `templates/tests/`). */
  templates: string[];
  /** values.yaml, then the selected overlays in order (later wins). */
  valuesFiles: string[];
  /** Files that may define named templates: the chart's `templates/_*.tpl` and those of unpacked subcharts. */
  helpers: string[];
}

function norm(p: string): string {
  return p.replace(/\\/g, '/');
}

function dirOf(p: string): string {
  const n = norm(p);
  const i = n.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : n.slice(0, i);
}

function baseOf(p: string): string {
  return norm(p).slice(norm(p).lastIndexOf('/') + 1);
}

function join(a: string, b: string): string {
  return a.endsWith('/') ? a + b : `${a}/${b}`;
}

function hasChartYaml(dir: string, host: FileHost): boolean {
  return host.readFile(join(dir, 'Chart.yaml')) !== undefined;
}

/** The chart folder of a template (`<chart>/templates/…`), or undefined. */
export function chartRootOfTemplate(path: string, host: FileHost): string | undefined {
  let dir = dirOf(path);
  for (let depth = 0; depth < 4 && dir !== '/' && dir !== '.'; depth++) {
    if (baseOf(dir) === 'templates') {
      const root = dirOf(dir);
      return hasChartYaml(root, host) ? root : undefined;
    }
    dir = dirOf(dir);
  }
  return undefined;
}

const VALUES_NAME = /^values(?:[-.][\w.-]+)?\.ya?ml$/i;

/** True for `values.yaml` and `values-*.yaml` / `values.*.yaml` beside a Chart.yaml. */
export function isChartValuesFile(path: string, host: FileHost): boolean {
  return VALUES_NAME.test(baseOf(path)) && hasChartYaml(dirOf(path), host);
}

export function chartRootOfValues(path: string, host: FileHost): string | undefined {
  return isChartValuesFile(path, host) ? dirOf(path) : undefined;
}

function listTemplates(dir: string, host: FileHost, depth: number): string[] {
  const out: string[] = [];
  for (const name of (host.listDir(dir) ?? []).sort()) {
    const full = join(dir, name);
    if (/\.ya?ml$/i.test(name) && !name.startsWith('_')) out.push(full);
    else if (!name.includes('.') && name !== 'tests' && depth < 2 && host.listDir(full)) out.push(...listTemplates(full, host, depth + 1));
  }
  return out;
}

function listHelpers(dir: string, host: FileHost, depth: number): string[] {
  const out: string[] = [];
  for (const name of (host.listDir(dir) ?? []).sort()) {
    const full = join(dir, name);
    if (/\.tpl$/i.test(name) || (name.startsWith('_') && /\.ya?ml$/i.test(name))) out.push(full);
    else if (!name.includes('.') && depth < 2 && host.listDir(full)) out.push(...listHelpers(full, host, depth + 1));
  }
  return out;
}

/** Helpers of the chart and of the subcharts unpacked under `charts/` (Helm shares named templates across them). */
function helperFiles(root: string, host: FileHost): string[] {
  const own = listHelpers(join(root, 'templates'), host, 0);
  const subcharts = (host.listDir(join(root, 'charts')) ?? []).sort().filter((name) => !name.includes('.'));
  return [...own, ...subcharts.flatMap((name) => listHelpers(join(join(join(root, 'charts'), name), 'templates'), host, 0))];
}

/** The chart folder a values overlay sits in (its own folder or one of the two above it), if any. */
function chartOfOverlay(path: string, host: FileHost): string | undefined {
  let dir = dirOf(path);
  for (let depth = 0; depth < 3 && dir !== '/' && dir !== '.'; depth++, dir = dirOf(dir)) if (hasChartYaml(dir, host)) return dir;
  return undefined;
}

/**
 * The chart's files; overlays are the config's `helmValues` files, in order. An overlay inside another chart's folder
 * is that chart's (a scan of several charts with `--values a/values-prod.yaml` changes chart a only).
 */
export function chartFiles(root: string, config: ContainmentConfig, host: FileHost): ChartFiles {
  let chart: Record<string, unknown> = {};
  try {
    const parsed = parse(host.readFile(join(root, 'Chart.yaml')) ?? '');
    if (parsed && typeof parsed === 'object') chart = parsed as Record<string, unknown>;
  } catch {
    // an unreadable Chart.yaml leaves .Chart fields unknown (empty)
  }
  const base = host.readFile(join(root, 'values.yaml')) !== undefined ? join(root, 'values.yaml') : join(root, 'values.yml');
  const overlays = (config.helmValues ?? []).map(norm).filter((p) => p !== base && (chartOfOverlay(p, host) ?? root) === root);
  return { root, chart, templates: listTemplates(join(root, 'templates'), host, 0), valuesFiles: [base, ...overlays], helpers: helperFiles(root, host) };
}

/** `.Chart` as templates see it (Helm capitalises the Chart.yaml keys). */
export function chartObject(chart: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(chart)) out[k.charAt(0).toUpperCase() + k.slice(1)] = v;
  return out;
}

export { baseOf, dirOf, norm };
