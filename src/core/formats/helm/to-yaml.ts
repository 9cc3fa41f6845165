/** `toYaml` of a values subtree as lines, each with the values key it comes from (for findings on values lines). */
import { childKey } from './values';

export interface OutLine {
  text: string;
  /** Values key path the line comes from, when it does. */
  key?: string;
  /** Further values keys written on the line (an included line can hold several). */
  keys?: string[];
  /** For a `key:` line whose value is a values block written below it: that values key. */
  blockKey?: string;
  /** Something on the line was not followed (a placeholder stands there). */
  opaque?: boolean;
}

/** A construct the reader did not follow, and where in the output its content would have gone. */
export interface NotFollowed {
  what: string;
  templateLine: number;
  /** Output line and column where its content would have gone (in an included text, from its first line). */
  outLine: number;
  indent: number;
  block: boolean;
}

/** A `with` / `if` on a values key whose body was left out because the value is empty (`securityContext: {}`). */
export interface SkippedBlock {
  /** The values key the condition reads. */
  key: string;
  /** The first key its body writes (`securityContext`), and that key's column. */
  field: string;
  indent: number;
  /** Line where the body would have gone (in the output; in an included text, counted from its first line). */
  outLine: number;
  /** Template line of the condition (of the include, once an included text is written). */
  templateLine: number;
  /** The body writes the value itself under the field (`toYaml .`): the values key then holds the whole field. */
  writesDot: boolean;
}

const PLAIN = /^[A-Za-z0-9_/][A-Za-z0-9_ ./:@-]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n|[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.inf|\.nan|0x[0-9a-f]+|0o[0-7]+))$/i;

export function yamlScalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return PLAIN.test(v) && !RESERVED.test(v) && !v.endsWith(' ') ? v : JSON.stringify(v);
  return String(v);
}

function isMapValue(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Lines of `toYaml v` (no trailing newline, like Helm's toYaml after trimming). */
export function toYamlLines(v: unknown, key: string | undefined): OutLine[] {
  if (isMapValue(v)) return Object.keys(v).length ? mapLines(v, key) : [{ text: '{}', key }];
  if (Array.isArray(v)) return v.length ? listLines(v, key) : [{ text: '[]', key }];
  return [{ text: yamlScalar(v), key }];
}

function nested(v: unknown): boolean {
  return (isMapValue(v) && Object.keys(v).length > 0) || (Array.isArray(v) && v.length > 0);
}

function mapLines(v: Record<string, unknown>, key: string | undefined): OutLine[] {
  const out: OutLine[] = [];
  for (const [k, child] of Object.entries(v)) {
    const ck = key === undefined ? undefined : childKey(key, k);
    const name = yamlScalar(k);
    if (!nested(child)) {
      out.push({ text: `${name}: ${toYamlLines(child, ck)[0].text}`, key: ck });
      continue;
    }
    out.push({ text: `${name}:`, key: ck });
    const indent = Array.isArray(child) ? '' : '  ';
    for (const line of toYamlLines(child, ck)) out.push({ text: indent + line.text, key: line.key });
  }
  return out;
}

function listLines(v: unknown[], key: string | undefined): OutLine[] {
  const out: OutLine[] = [];
  v.forEach((item, i) => {
    const ik = key === undefined ? undefined : childKey(key, i);
    const lines = toYamlLines(item, ik);
    lines.forEach((line, j) => out.push({ text: (j === 0 ? '- ' : '  ') + line.text, key: line.key }));
  });
  return out;
}
