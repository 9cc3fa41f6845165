/**
 * Where a finding on the rendered chart belongs: the values key that decides it (with the template line as related
 * location) or the template line. Findings that depend on something the reader did not follow are dropped.
 */
import type { Finding, Range } from '../../base/model/finding';
import { CHART_KEY } from './expr';
import type { NotFollowed, Rendered, RenderedLine } from './render';
import type { SkippedBlock } from './to-yaml';
import type { ChartValues, ValueOrigin } from './values';

/** Findings about a container field that is missing or too weak: they point at that field's values key. */
const FIELD_OF_RULE: Record<string, 'resources' | 'securityContext'> = {
  'k8s-memory-limit-missing': 'resources',
  'k8s-memory-request-missing': 'resources',
  'k8s-cpu-limit-missing': 'resources',
  'k8s-cpu-request-missing': 'resources',
  'k8s-ephemeral-storage-missing': 'resources',
  'k8s-qos-not-guaranteed': 'resources',
  'k8s-run-as-root': 'securityContext',
  'k8s-privilege-escalation': 'securityContext',
  'k8s-no-seccomp-profile': 'securityContext',
  'k8s-writable-root-fs': 'securityContext',
  'k8s-net-raw-not-dropped': 'securityContext',
};

/** Rules that report something missing: an unfollowed block in the same object could have supplied it. */
const ABSENCE_RULES = new Set([...Object.keys(FIELD_OF_RULE), 'k8s-service-account-token-mounted', 'k8s-image-not-pinned-by-digest']);

/** Keys whose content does not change what the rules read (an unfollowed include there loses nothing). */
export const HARMLESS_KEYS: ReadonlySet<string> = new Set(['labels', 'annotations', 'matchLabels', 'selector', 'ports', 'livenessProbe', 'readinessProbe', 'startupProbe', 'affinity', 'tolerations', 'nodeSelector', 'args', 'command', 'imagePullSecrets', 'topologySpreadConstraints', 'lifecycle', 'env', 'envFrom', 'volumeMounts', 'volumes', 'metadata', 'data', 'stringData', 'rules', 'tls', 'strategy', 'updateStrategy']);

const KEY_LINE = /^(\s*)(?:- )?([\w.-]+):/;

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** The keys enclosing an output position (by indentation), innermost first. */
export function enclosingKeys(lines: RenderedLine[], line: number, indent: number): string[] {
  const keys: string[] = [];
  let limit = indent;
  for (let i = Math.min(line, lines.length - 1); i >= 0 && limit > 0; i--) {
    const m = KEY_LINE.exec(lines[i].text);
    if (!m || !lines[i].text.trim()) continue;
    const at = m[1].length + (lines[i].text.trimStart().startsWith('- ') ? 2 : 0);
    if (at < limit) {
      keys.push(m[2]);
      limit = indentOf(lines[i].text);
    }
  }
  return keys;
}

/** Start lines of the rendered YAML documents. */
export function documentOf(lines: RenderedLine[], line: number): number {
  for (let i = line; i > 0; i--) if (/^---(\s|$)/.test(lines[i].text)) return i;
  return 0;
}

/** Keys whose content the selector rule compares: an unfollowed block there could hold the label it misses. */
const LABEL_KEYS = new Set(['labels', 'matchLabels', 'selector']);

/** Rules that compare labels and selectors (they read nothing else an unfollowed block could hide). */
const LABEL_RULES = new Set(['k8s-mismatching-selector']);

export interface IncompleteDocuments {
  /** Documents (by start line) with an unfollowed block that could change what absence rules see. */
  any: Set<number>;
  /** Documents with an unfollowed block inside labels or a selector. */
  labels: Set<number>;
}

export function incompleteDocuments(lines: RenderedLine[], notFollowed: NotFollowed[]): IncompleteDocuments {
  const out: IncompleteDocuments = { any: new Set(), labels: new Set() };
  for (const n of notFollowed) {
    if (!n.block) continue;
    const keys = enclosingKeys(lines, n.outLine, n.indent);
    const doc = documentOf(lines, n.outLine);
    if (keys.some((k) => LABEL_KEYS.has(k))) out.labels.add(doc);
    if (!keys.some((k) => HARMLESS_KEYS.has(k))) out.any.add(doc);
  }
  return out;
}

/** The container (or pod spec) item that holds the anchor line: its first and last output lines and key column. */
export function itemAround(lines: RenderedLine[], anchor: number): { first: number; last: number; keyIndent: number } | undefined {
  const m = /^(\s*)(- )?/.exec(lines[anchor]?.text ?? '');
  if (!m) return undefined;
  const keyIndent = m[1].length + (m[2] ? 2 : 0);
  const startsItem = (t: string) => t.trimStart().startsWith('- ') && indentOf(t) + 2 === keyIndent;
  let first = anchor;
  for (let i = anchor; i >= 0; i--) {
    const t = lines[i].text;
    first = i;
    if (startsItem(t) || (t.trim() && indentOf(t) < keyIndent - 2)) break;
  }
  let last = anchor;
  for (let i = anchor + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t.trim()) continue;
    if (indentOf(t) < keyIndent || startsItem(t)) break;
    last = i;
  }
  return { first, last, keyIndent };
}

/** The container's `field:` line (rendered), in the container item that holds the anchor line. */
export function fieldLine(lines: RenderedLine[], anchor: number, field: string): number | undefined {
  const item = itemAround(lines, anchor);
  if (!item) return undefined;
  for (let i = item.first; i <= item.last; i++) {
    const t = lines[i].text;
    const k = KEY_LINE.exec(t);
    const at = indentOf(t) + (t.trimStart().startsWith('- ') ? 2 : 0);
    if (k && k[2] === field && at === item.keyIndent) return i;
  }
  return undefined;
}

/** A `with`/`if` on a values key, left out because the value is empty, that would have written the field here. */
export function skippedField(lines: RenderedLine[], skipped: SkippedBlock[], anchor: number, field: string): SkippedBlock | undefined {
  const item = itemAround(lines, anchor);
  if (!item) return undefined;
  return skipped.find((b) => b.field === field && b.indent === item.keyIndent && b.outLine >= item.first && b.outLine <= item.last + 1);
}

export interface Placement {
  /** The values key deciding the finding, when it comes from values. */
  origin?: ValueOrigin;
  /** The container field (`resources`, `securityContext`) the origin key holds whole: a fix can edit it there. */
  wholeField?: 'resources' | 'securityContext';
  /** Template line of the finding. */
  templateLine: number;
}

/** Where a finding on rendered line `line` belongs, or undefined to drop it. */
export function placeFinding(f: Finding, rendered: Rendered, values: ChartValues, incomplete: IncompleteDocuments): Placement | undefined {
  const { lines, skipped } = rendered;
  const line = f.range.start.line;
  const here = lines[line];
  if (!here) return undefined;
  const doc = documentOf(lines, line);
  if ((ABSENCE_RULES.has(f.rule) || LABEL_RULES.has(f.rule)) && incomplete.any.has(doc)) return undefined;
  if (LABEL_RULES.has(f.rule) && incomplete.labels.has(doc)) return undefined;
  if (here.opaque && !/^\s*(- )?name:/.test(here.text)) return undefined;
  const field = FIELD_OF_RULE[f.rule];
  const at = field ? fieldLine(lines, line, field) : undefined;
  if (field && at === undefined) {
    const skip = skippedField(lines, skipped, line, field);
    const origin = skip && values.origins.get(skip.key);
    if (origin) return { origin, templateLine: skip.templateLine, wholeField: skip.writesDot ? field : undefined };
  }
  const target = at ?? line;
  const blockKey = lines[target].blockKey;
  const key = blockKey ?? pickKey(lines[target].keys, f.rule);
  const origin = key !== undefined ? values.origins.get(key) : undefined;
  const wholeField = field && at !== undefined && blockKey !== undefined ? field : undefined;
  return { origin, templateLine: lines[target].templateLine ?? here.templateLine ?? 0, wholeField };
}

function pickKey(keys: string[], rule: string): string | undefined {
  if (!keys.length) return undefined;
  // the tag decides these; a tag from Chart.yaml's appVersion has no values line, so the finding stays on the template
  if (rule === 'k8s-image-latest-tag' || rule === 'k8s-image-eol') return keys.find((k) => /\.tag$/.test(k)) ?? keys.find((k) => k.startsWith(CHART_KEY)) ?? keys[keys.length - 1];
  return keys[0];
}

export function lineRange(line: number, text: string): Range {
  const start = indentOf(text);
  return { start: { line, character: start }, end: { line, character: text.trimEnd().length } };
}
