/**
 * Hover on `.Values.x.y` in a chart template: the chart's default value for that key and the values.yaml line that
 * sets it (values.yaml only: overlays are a per-run choice the editor does not know). Hover on a key in a values file:
 * the template lines that name it (or a parent or child of it).
 */
import { baseOf, chartRootOfTemplate, chartRootOfValues, norm } from '../../formats/helm/chart';
import { toYamlLines } from '../../formats/helm/to-yaml';
import { loadValues, valueAt } from '../../formats/helm/values';
import type { FileHost } from '../../base/host/file-host';
import { containsPosition } from '../../base/text/line-index';
import type { Position } from '../../base/model/finding';
import type { HoverContent } from './hover-content';
import { code } from './image-hover';
import type { Translate } from './translate';

const VALUES_PATH = /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)/g;

/** Longer values are cut: a hover is a glance, the line link opens the rest. */
const MAX_LINES = 12;

/** The `.Values` path under the cursor on this line, with its columns. */
function valuesPathAt(line: string, character: number): { key: string; start: number; end: number } | undefined {
  for (const m of line.matchAll(VALUES_PATH)) {
    const start = m.index!;
    if (character < start || character > start + m[0].length) continue;
    // hovering `image` in `.Values.image.tag` asks about `image`: the path ends with the segment under the cursor
    let end = start + m[0].length - m[1].length;
    const taken: string[] = [];
    for (const segment of m[1].slice(1).split('.')) {
      taken.push(segment);
      end += 1 + segment.length;
      if (character <= end) break;
    }
    return { key: taken.join('.'), start, end };
  }
  return undefined;
}

function valueMarkdown(value: unknown): string {
  const lines = toYamlLines(value, undefined).map((l) => l.text);
  if (typeof value !== 'object' || value === null || lines.length === 1) return code(lines[0]);
  return ['```yaml', ...lines.slice(0, MAX_LINES), ...(lines.length > MAX_LINES ? ['# …'] : []), '```'].join('\n');
}

export function helmValuesHover(text: string, path: string, position: Position, host: FileHost, t: Translate): HoverContent | undefined {
  const line = text.split('\n')[position.line] ?? '';
  if (!line.includes('.Values.')) return undefined;
  const at = valuesPathAt(line, position.character);
  if (!at) return undefined;
  const root = chartRootOfTemplate(path, host);
  if (!root) return undefined;
  const file = host.readFile(`${root}/values.yaml`) !== undefined ? `${root}/values.yaml` : `${root}/values.yml`;
  const values = loadValues([{ path: file, text: host.readFile(file) }]);
  const name = file.slice(file.lastIndexOf('/') + 1);
  const origin = values.origins.get(at.key);
  const parts = [`**${t('Helm value {0}', code(at.key))}**`];
  if (values.problems.length) parts.push(t('{0} could not be read.', name));
  else if (!origin) parts.push(t('Not set in {0}.', name));
  else {
    const value = valueAt(values, at.key);
    const shown = valueMarkdown(value);
    parts.push(shown.startsWith('```') ? `${t('Chart default:')}\n\n${shown}` : `${t('Chart default:')} ${shown}`);
    const lineNo = origin.range.start.line + 1;
    parts.push(`[${t('{0}, line {1}', name, lineNo)}](${fileUri(norm(file))}#L${lineNo})`);
  }
  return { markdown: parts.join('\n\n'), range: { start: { line: position.line, character: at.start }, end: { line: position.line, character: at.end } } };
}

function fileUri(path: string): string {
  const abs = path.startsWith('/') ? path : `/${path}`;
  return `file://${encodeURI(abs)}`;
}

/** Lines listed at most: a key every template reads (`image`) would fill the hover. */
const MAX_USES = 8;

/** Files of a chart's templates folder that can read values: templates and helpers, two levels deep. */
function templateFiles(dir: string, host: FileHost, depth = 0): string[] {
  return (host.listDir(dir) ?? []).sort().flatMap((name) => {
    const full = `${dir}/${name}`;
    if (/\.(?:ya?ml|tpl)$/i.test(name)) return [full];
    return !name.includes('.') && depth < 2 ? templateFiles(full, host, depth + 1) : [];
  });
}

/** True when a template's `.Values.<used>` reads `key`: the same path, a parent of it or a child of it. */
function reads(used: string, key: string): boolean {
  return used === key || key.startsWith(`${used}.`) || used.startsWith(`${key}.`);
}

export function helmKeyHover(text: string, path: string, position: Position, host: FileHost, t: Translate): HoverContent | undefined {
  const root = chartRootOfValues(path, host);
  if (!root) return undefined;
  const values = loadValues([{ path, text }]);
  const origin = [...values.origins.values()].find((o) => !/[[\]]/.test(o.key) && containsPosition(o.range, position));
  if (!origin) return undefined;
  const uses: string[] = [];
  let more = 0;
  for (const file of templateFiles(`${norm(root)}/templates`, host)) {
    (host.readFile(file) ?? '').split('\n').forEach((line, i) => {
      if (![...line.matchAll(VALUES_PATH)].some((m) => reads(m[1].slice(1), origin.key))) return;
      if (uses.length < MAX_USES) uses.push(`[${t('{0}, line {1}', baseOf(file), i + 1)}](${fileUri(file)}#L${i + 1})`);
      else more++;
    });
  }
  const parts = [`**${t('Helm value {0}', code(origin.key))}**`];
  if (!uses.length) parts.push(t('No template of the chart names {0} or a key around it.', code(origin.key)));
  else parts.push(`${t('Read by:')} ${uses.join(' · ')}${more ? ' ' + t('and {0} more', more) : ''}`);
  return { markdown: parts.join('\n\n'), range: origin.range };
}
