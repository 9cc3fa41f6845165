/**
 * Where a finding on the rendered chart belongs: the values key that decides it (with the template line as related
 * location) or the template line. Findings that depend on something the reader did not follow are dropped.
 */
import type { Finding, Range } from '../model/finding';
import type { NotFollowed, RenderedLine } from './render';
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
const HARMLESS_KEYS = new Set(['labels', 'annotations', 'matchLabels', 'selector', 'ports', 'livenessProbe', 'readinessProbe', 'startupProbe', 'affinity', 'tolerations', 'nodeSelector', 'args', 'command', 'imagePullSecrets', 'topologySpreadConstraints', 'lifecycle', 'env', 'envFrom', 'volumeMounts', 'volumes', 'metadata', 'data', 'stringData', 'rules', 'tls', 'strategy', 'updateStrategy']);

const KEY_LINE = /^(\s*)(?:- )?([\w.-]+):/;

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** The keys enclosing an output position (by indentation), innermost first. */
function enclosingKeys(lines: RenderedLine[], line: number, indent: number): string[] {
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
function documentOf(lines: RenderedLine[], line: number): number {
  for (let i = line; i > 0; i--) if (/^---(\s|$)/.test(lines[i].text)) return i;
  return 0;
}

/** Documents (by start line) that hold an unfollowed block that could change what absence rules see. */
export function incompleteDocuments(lines: RenderedLine[], notFollowed: NotFollowed[]): Set<number> {
  const out = new Set<number>();
  for (const n of notFollowed) {
    if (!n.block) continue;
    const keys = enclosingKeys(lines, n.outLine, n.indent);
    if (keys.some((k) => HARMLESS_KEYS.has(k))) continue;
    out.add(documentOf(lines, n.outLine));
  }
  return out;
}

/** The container's `field:` line (rendered), searching the container item that holds the anchor line. */
function fieldLine(lines: RenderedLine[], anchor: number, field: string): number | undefined {
  const m = /^(\s*)(- )?/.exec(lines[anchor]?.text ?? '');
  if (!m) return undefined;
  const keyIndent = m[1].length + (m[2] ? 2 : 0);
  const isField = (i: number) => {
    const t = lines[i].text;
    const k = KEY_LINE.exec(t);
    return !!k && k[2] === field && (indentOf(t) === keyIndent || (t.trimStart().startsWith('- ') && indentOf(t) + 2 === keyIndent));
  };
  for (let i = anchor; i >= 0; i--) {
    if (isField(i)) return i;
    const t = lines[i].text;
    if (t.trim() && (indentOf(t) < keyIndent - 2 || (t.trimStart().startsWith('- ') && indentOf(t) + 2 === keyIndent))) break;
  }
  for (let i = anchor + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t.trim()) continue;
    if (indentOf(t) < keyIndent) break;
    if (isField(i)) return i;
  }
  return undefined;
}

export interface Placement {
  /** The values key deciding the finding, when it comes from values. */
  origin?: ValueOrigin;
  /** Template line of the finding. */
  templateLine: number;
}

/** Where a finding on rendered line `line` belongs, or undefined to drop it. */
export function placeFinding(f: Finding, lines: RenderedLine[], values: ChartValues, incomplete: Set<number>): Placement | undefined {
  const line = f.range.start.line;
  const rendered = lines[line];
  if (!rendered) return undefined;
  if (ABSENCE_RULES.has(f.rule) && incomplete.has(documentOf(lines, line))) return undefined;
  if (rendered.opaque && !/^\s*(- )?name:/.test(rendered.text)) return undefined;
  const field = FIELD_OF_RULE[f.rule];
  const at = field ? fieldLine(lines, line, field) : undefined;
  const target = at ?? line;
  const key = lines[target].blockKey ?? pickKey(lines[target].keys, f.rule);
  const origin = key !== undefined ? values.origins.get(key) : undefined;
  return { origin, templateLine: lines[target].templateLine ?? rendered.templateLine ?? 0 };
}

function pickKey(keys: string[], rule: string): string | undefined {
  if (!keys.length) return undefined;
  if (rule === 'k8s-image-latest-tag' || rule === 'k8s-image-eol') return keys.find((k) => /\.tag$/.test(k)) ?? keys[keys.length - 1];
  return keys[0];
}

export function lineRange(line: number, text: string): Range {
  const start = indentOf(text);
  return { start: { line, character: start }, end: { line, character: text.trimEnd().length } };
}
