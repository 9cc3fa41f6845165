/**
 * Helm source adapter for the project model: each chart template as the static reader renders it, through the same
 * Kubernetes mapping as a plain manifest (kubernetes/facts.ts), with every fact placed where the chart
 * decides it — the values key (file:line) when the value comes from values, else the template line — the same
 * placement the chart findings use. What the reader did not follow is marked unknown on the containers it could
 * touch, so the verdict never takes it as absent.
 */
import type { ContainmentConfig } from '../../knowledge/config/config';
import type { FileHost } from '../../base/host/file-host';
import type { FileKind } from '../../base/model/finding';
import { formatFor } from '../../engine/formats';
import { factsOfText, ModelStore } from '../../engine/models';
import type { ChartSource, Location, RawContainer, RawWorkload } from '../../base/model/workload-facts';
import { analyzeChart, type ChartTemplateResult } from '../../formats/helm/analyze-chart';
import { baseOf, chartRootOfTemplate, isChartValuesFile } from '../../formats/helm/chart';
import { enclosingKeys, fieldLine, HARMLESS_KEYS, itemAround, skippedField } from '../../formats/helm/place-findings';
import { UNKNOWN_PLACEHOLDER, type RenderedLine } from '../../formats/helm/render';
import type { ChartValues } from '../../formats/helm/values';

/** Display path of an absolute file (the scan's; it also lets the panel open the file). */
export type ShowPath = (abs: string) => string;

/** Constructs listed on one card at most (the template's note lists them all). */
const LISTED = 6;
const KEY_LINE = /^\s*(?:- )?([\w.-]+):/;
const NOT_FOLLOWED_NAME = '<not followed>';

/**
 * The charts a project scan meets. Their templates and values files are claimed (a template is no plain manifest);
 * each chart's workloads are read once, with the config its templates were analysed with.
 */
export class ChartWorkloads {
  /** Chart folder → one of its templates (whose config the chart is read with). */
  private readonly charts = new Map<string, string>();
  constructor(private readonly host: FileHost) {}

  /** `kubernetes` for a chart's values file (its findings are the chart's), else undefined. */
  valuesKind(abs: string): 'kubernetes' | undefined {
    return isChartValuesFile(abs, this.host) ? 'kubernetes' : undefined;
  }

  /** True for a chart's template or values file: its workloads come from workloads(), not from its own text. */
  claims(abs: string, kind: FileKind): boolean {
    if (kind !== 'kubernetes') return false;
    const root = chartRootOfTemplate(abs, this.host);
    if (root && !this.charts.has(root)) this.charts.set(root, abs);
    return !!root || isChartValuesFile(abs, this.host);
  }

  workloads(configFor: (abs: string) => ContainmentConfig, show: ShowPath): RawWorkload[] {
    return [...this.charts].flatMap(([root, template]) => chartRawWorkloads(root, configFor(template), this.host, show));
  }
}

/** The workloads a chart deploys with its values files (values.yaml, then `config.helmValues` overlays). */
export function chartRawWorkloads(root: string, config: ContainmentConfig, host: FileHost, show: ShowPath): RawWorkload[] {
  const analysis = analyzeChart(root, config, host);
  const name = typeof analysis.chart.name === 'string' && analysis.chart.name.trim() ? analysis.chart.name.trim() : baseOf(analysis.root);
  const valuesFiles = analysis.values.files.map(show);
  const out: RawWorkload[] = [];
  // the rendered templates are manifests: the Kubernetes format's own facts, on models of their own
  const kubernetes = formatFor('kubernetes');
  const models = new ModelStore();
  for (const t of analysis.templates) {
    if (t.rendered.unparsable) continue;
    const rel = show(t.path);
    const facts = factsOfText(kubernetes, t.text, models, { abs: t.path, rel, relOf: show, host, rootName: '' });
    for (const raw of facts.workloads ?? []) out.push(fromTemplate(raw, t, rel, analysis.values, show, { name, valuesFiles }));
  }
  return out;
}

interface ChartNames {
  name: string;
  valuesFiles: string[];
}

/** Maps one workload read from rendered text: unknowns first (they need rendered lines), then every location. */
function fromTemplate(raw: RawWorkload, t: ChartTemplateResult, rel: string, values: ChartValues, show: ShowPath, names: ChartNames): RawWorkload {
  const lines = t.rendered.lines;
  const first = raw.startLine - 1;
  const last = Math.min(raw.endLine - 1, lines.length - 1);
  const place = placer(lines, rel, values, show);
  const chart: ChartSource = { name: names.name, valuesFiles: names.valuesFiles, notFollowed: [], unknown: [] };
  const anchors = raw.containers.map((c) => c.location.line - 1);
  markUnknown(raw, t, first, last, anchors, chart, rel);
  // a name written by something not followed reads as such, never as the reader's placeholder
  raw.name = raw.name.split(UNKNOWN_PLACEHOLDER).join(NOT_FOLLOWED_NAME);
  raw.containers.forEach((c, i) => {
    c.name = c.name.split(UNKNOWN_PLACEHOLDER).join(NOT_FOLLOWED_NAME);
    const where = resourcesPlace(t, anchors[i], values, show);
    if (where) c.resourcesLocation = where;
    // an image name written in part by something not followed (or an include the chart does not define) is unknown
    const opaque = /<include [^>]*>/.exec(c.image)?.[0] ?? (c.image.includes(UNKNOWN_PLACEHOLDER) ? 'image' : undefined);
    if (opaque === undefined) return;
    c.image = '';
    if (!chart.unknown.includes('image')) chart.unknown.unshift('image');
    if (opaque !== 'image') chart.notFollowed.push({ what: opaque, location: { path: rel, line: (t.rendered.lines[c.imageLocation.line - 1]?.templateLine ?? 0) + 1 } });
  });
  relocate(raw, rel, place);
  const span = templateSpan(lines, first, last);
  raw.startLine = span.start;
  raw.endLine = span.end;
  raw.mergedSpans = valuesSpans(t, first, last, values, show);
  raw.chart = chart;
  return raw;
}

/** Rendered line (1-based) → where it is decided: the values key written on it, else its template line. */
function placer(lines: RenderedLine[], rel: string, values: ChartValues, show: ShowPath): (line: number) => Location {
  return (line) => {
    const l = lines[line - 1];
    if (!l) return { path: rel, line };
    for (const key of l.blockKey !== undefined ? [l.blockKey, ...l.keys] : l.keys) {
      const origin = values.origins.get(key);
      if (origin) return { path: show(origin.path), line: origin.range.start.line + 1 };
    }
    return { path: rel, line: (l.templateLine ?? 0) + 1 };
  };
}

/** Every location of the workload that points into the rendered text now points where the chart decides it. */
function relocate(value: unknown, rel: string, place: (line: number) => Location): void {
  if (Array.isArray(value)) {
    for (const v of value) relocate(v, rel, place);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const obj = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'chart' || typeof v !== 'object' || v === null) continue;
    const l = v as Partial<Location>;
    if (l.path === rel && typeof l.line === 'number' && Object.keys(l).length === 2) obj[k] = place(l.line);
    else relocate(v, rel, place);
  }
}

/** Where a container's resources are decided: its `resources:` line, or the values key of a block left out as empty. */
function resourcesPlace(t: ChartTemplateResult, anchor: number, values: ChartValues, show: ShowPath): Location | undefined {
  const lines = t.rendered.lines;
  const at = fieldLine(lines, anchor, 'resources');
  if (at !== undefined) {
    const origin = lines[at].blockKey !== undefined ? values.origins.get(lines[at].blockKey!) : undefined;
    return origin ? { path: show(origin.path), line: origin.range.start.line + 1 } : undefined;
  }
  const skip = skippedField(lines, t.rendered.skipped, anchor, 'resources');
  const origin = skip && values.origins.get(skip.key);
  return origin ? { path: show(origin.path), line: origin.range.start.line + 1 } : undefined;
}

/**
 * Marks what each construct not followed inside the workload could set: a container's resources or securityContext
 * (or both, when it sits in the container itself), every container's when it sits in the pod, the image when it is
 * part of the image name. Places whose content the verdict does not read (labels, probes, env …) change nothing.
 */
function markUnknown(raw: RawWorkload, t: ChartTemplateResult, first: number, last: number, anchors: number[], chart: ChartSource, rel: string): void {
  const lines = t.rendered.lines;
  const items = anchors.map((a) => itemAround(lines, a));
  const unknown = new Set<string>();
  const mark = (c: RawContainer, field: 'resources' | 'securityContext') => {
    c.unknown = { ...c.unknown, [field]: true };
    unknown.add(field);
  };
  for (const n of t.rendered.notFollowed) {
    if (n.outLine < first || n.outLine > last) continue;
    const text = lines[n.outLine]?.text ?? '';
    const own = n.block ? undefined : KEY_LINE.exec(text)?.[1];
    // a list item written at its key's column (`args:` then `- --x={{ tpl … }}`) belongs to that key
    const column = inList(lines, n.outLine, n.indent) ? n.indent + 1 : n.indent;
    const keys = [...(own ? [own] : []), ...enclosingKeys(lines, n.outLine, column)];
    if (own === 'name' || keys.some((k) => HARMLESS_KEYS.has(k))) continue;
    const entry = { what: n.what, location: { path: rel, line: n.templateLine + 1 } };
    if (!chart.notFollowed.some((x) => x.what === entry.what && x.location.line === entry.location.line)) chart.notFollowed.push(entry);
    if (own === 'image') {
      unknown.add('image');
      continue;
    }
    const inside = items.findIndex((it) => it !== undefined && n.outLine >= it.first && n.outLine <= it.last);
    const targets = inside >= 0 ? [raw.containers[inside]] : raw.containers;
    const field = keys.includes('resources') ? 'resources' : keys.includes('securityContext') ? 'securityContext' : undefined;
    if (field) for (const c of targets) mark(c, field);
    else {
      for (const c of targets) (mark(c, 'resources'), mark(c, 'securityContext'));
      if (inside < 0) unknown.add('spec');
    }
  }
  chart.notFollowed = chart.notFollowed.slice(0, LISTED);
  chart.unknown = ['image', 'resources', 'securityContext', 'spec'].filter((f) => unknown.has(f));
}

/** True when output line `line` (or, when empty, the nearest written line above it) is a list item at column `indent`. */
function inList(lines: RenderedLine[], line: number, indent: number): boolean {
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    const text = lines[i].text;
    if (!text.trim()) continue;
    return /^\s*- /.test(text) && text.length - text.trimStart().length === indent;
  }
  return false;
}

/** The template lines the workload's rendered lines come from. */
function templateSpan(lines: RenderedLine[], first: number, last: number): { start: number; end: number } {
  let start = Number.MAX_SAFE_INTEGER;
  let end = 0;
  for (let i = first; i <= last; i++) {
    const tl = lines[i].templateLine;
    if (tl === undefined) continue;
    start = Math.min(start, tl + 1);
    end = Math.max(end, tl + 1);
  }
  return start <= end ? { start, end } : { start: 1, end: 0 };
}

/** The values lines the workload reads (written keys, blocks, and blocks left out as empty), as line spans per file. */
function valuesSpans(t: ChartTemplateResult, first: number, last: number, values: ChartValues, show: ShowPath): Array<{ path: string; startLine: number; endLine: number }> {
  const byFile = new Map<string, Set<number>>();
  const add = (key: string | undefined) => {
    const origin = key === undefined ? undefined : values.origins.get(key);
    if (!origin) return;
    let set = byFile.get(origin.path);
    if (!set) byFile.set(origin.path, (set = new Set()));
    set.add(origin.range.start.line + 1);
  };
  const lines = t.rendered.lines;
  for (let i = first; i <= last; i++) {
    add(lines[i].blockKey);
    for (const k of lines[i].keys) add(k);
  }
  for (const s of t.rendered.skipped) if (s.outLine >= first && s.outLine <= last + 1) add(s.key);
  const spans: Array<{ path: string; startLine: number; endLine: number }> = [];
  for (const [abs, set] of byFile) {
    const path = show(abs);
    const sorted = [...set].sort((a, b) => a - b);
    for (const n of sorted) {
      const prev = spans[spans.length - 1];
      if (prev && prev.path === path && prev.endLine + 1 >= n) prev.endLine = n;
      else spans.push({ path, startLine: n, endLine: n });
    }
  }
  return spans;
}
