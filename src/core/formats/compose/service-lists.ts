/** The list-valued fields of a Compose service: volumes, environment, labels. */
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from 'yaml';
import type { YamlDocument } from '../../base/yaml/documents';
import { entries, getEntry, resolve, scalarValue, seqItems } from '../../base/yaml/nodes';
import type { ComposeEnvVar, ComposeService, ComposeVolume, VolumeType } from './service-types';

/** A map key's text (undefined for a null or non-scalar key). */
export function keyText(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) && pair.key.value !== null ? String(pair.key.value) : undefined;
}

/** Start offset of a scalar's text inside its source token (skips the opening quote). */
export function scalarTextStart(ydoc: YamlDocument, node: Node): number {
  const start = node.range![0];
  const c = ydoc.text[start];
  return c === '"' || c === "'" ? start + 1 : start;
}

export function readLabels(svc: YAMLMap, ydoc: YamlDocument): ComposeService['labels'] {
  const doc = ydoc.doc as Document;
  const labels = getEntry(svc, 'labels', doc)?.value;
  const out: ComposeService['labels'] = [];
  for (const e of entries(labels, doc)) {
    const v = scalarValue(e.value, doc);
    out.push({ key: String(scalarValue(e.key, doc) ?? ''), value: v === undefined || v === null ? undefined : String(v), range: ydoc.range(e.key) });
  }
  for (const item of seqItems(labels, doc)) {
    const [key, value] = String(scalarValue(item, doc) ?? '').split('=');
    out.push({ key, value, range: ydoc.range(item as Node) });
  }
  return out;
}

export function readVolumes(svc: YAMLMap, ydoc: YamlDocument): ComposeVolume[] {
  const doc = ydoc.doc as Document;
  const e = getEntry(svc, 'volumes', doc);
  const seq = e?.value;
  if (!e || !seq || !isSeq(seq)) return [];
  const out: ComposeVolume[] = [];
  for (const rawItem of seq.items) {
    const item = resolve(rawItem, doc);
    if (!item) continue;
    const itemRange = ydoc.range(rawItem as Node);
    if (isMap(item)) {
      const get = (key: string) => getEntry(item, key, doc);
      const sv = (key: string) => {
        const v = scalarValue(get(key)?.value, doc);
        return v === undefined || v === null ? undefined : String(v);
      };
      const typeText = (sv('type') ?? 'volume').toLowerCase();
      const source = sv('source') ?? sv('src');
      const type: VolumeType = ['bind', 'volume', 'tmpfs', 'npipe'].includes(typeText) ? (typeText as VolumeType) : 'other';
      const ro = get('read_only') ?? get('readonly');
      const roValue = ro ? scalarValue(ro.value, doc) : undefined;
      const srcEntry = get('source') ?? get('src');
      out.push({
        type: type === 'volume' && !source ? 'anonymous' : type,
        source,
        target: sv('target') ?? sv('dst') ?? sv('destination'),
        readOnly: roValue === true || (typeof roValue === 'string' && /^(true|yes|on)$/i.test(roValue)),
        hostPath: type === 'bind' || type === 'npipe',
        range: itemRange,
        sourceRange: srcEntry?.value ? ydoc.range(srcEntry.pair.value as Node) : undefined,
        readOnlyRange: ro ? ydoc.offsetRange(ro.key.range![0], (ro.pair.value as Node | null)?.range?.[1] ?? ro.key.range![1]) : undefined,
        syntax: 'long',
        merged: e.merged,
      });
      continue;
    }
    const spec = scalarValue(item, doc);
    if (typeof spec !== 'string' || !spec) continue;
    const parsed = splitShortVolume(spec);
    const textStart = isScalar(item) && item === rawItem ? scalarTextStart(ydoc, item) : undefined;
    const sub = (start: number, end: number) => (textStart === undefined ? itemRange : ydoc.offsetRange(textStart + start, textStart + end));
    const isPath = parsed.source !== undefined && looksLikeHostPath(parsed.source);
    const type: VolumeType = parsed.source === undefined ? 'anonymous' : isPath ? 'bind' : 'volume';
    out.push({
      type,
      source: parsed.source,
      target: parsed.target,
      readOnly: parsed.modes.includes('ro'),
      hostPath: isPath,
      range: itemRange,
      sourceRange: parsed.source !== undefined ? sub(0, parsed.source.length) : undefined,
      readOnlyRange: parsed.modeStart !== undefined && parsed.modes.includes('ro') ? sub(parsed.modeStart, spec.length) : undefined,
      syntax: 'short',
      merged: e.merged,
    });
  }
  return out;
}

/** `SRC:DST[:MODE]`, `DST`, with Windows drive letters (`C:\data:/data:ro`) kept in the source. */
export function splitShortVolume(spec: string): { source?: string; target?: string; modes: string[]; modeStart?: number } {
  const parts: string[] = [];
  let rest = spec;
  const drive = /^[A-Za-z]:[\\/]/.test(rest);
  let first = '';
  if (drive) {
    first = rest.slice(0, 2);
    rest = rest.slice(2);
  }
  const pieces = splitOutsideVariables(rest);
  pieces[0] = first + pieces[0];
  // a Windows target (`C:\data:D:\target`) also has a drive letter
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0 && /^[A-Za-z]$/.test(pieces[i]) && i + 1 < pieces.length && /^[\\/]/.test(pieces[i + 1])) {
      parts.push(pieces[i] + ':' + pieces[i + 1]);
      i++;
    } else parts.push(pieces[i]);
  }
  if (parts.length === 1) return { target: parts[0], modes: [] };
  const modes = parts.length >= 3 ? parts[2].split(',').map((m) => m.trim().toLowerCase()) : [];
  const modeStart = parts.length >= 3 ? parts[0].length + 1 + parts[1].length + 1 : undefined;
  return { source: parts[0], target: parts[1], modes, modeStart };
}

/** Splits at `:` outside `${…}`: a default such as `${SOCK:-/run/docker.sock}` has colons of its own. */
function splitOutsideVariables(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && depth > 0) depth--;
    else if (text[i] === ':' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** A bind source: absolute, relative (`.`/`..`), home (`~`), a Windows drive or UNC path, or `${PWD}`-style variables. */
export function looksLikeHostPath(source: string): boolean {
  return /^([/.~]|[A-Za-z]:[\\/]|\\\\|\$\{?(PWD|HOME|USERPROFILE|XDG_[A-Z_]+)\b)/.test(source);
}

export function readEnvironment(svc: YAMLMap, ydoc: YamlDocument): ComposeEnvVar[] {
  const doc = ydoc.doc as Document;
  const e = getEntry(svc, 'environment', doc);
  const value = e?.value;
  if (!e || !value) return [];
  const out: ComposeEnvVar[] = [];
  if (isMap(value)) {
    for (const entry of entries(value, doc)) {
      const name = keyText(entry.pair);
      if (name === undefined) continue;
      const v = scalarValue(entry.value, doc);
      const keyR = ydoc.range(entry.key);
      const rawValue = entry.pair.value as Node | null;
      const valueRange = rawValue?.range && rawValue.range[1] > rawValue.range[0] ? ydoc.range(rawValue) : undefined;
      out.push({
        name,
        value: v === undefined || v === null ? undefined : String(v),
        nameRange: keyR,
        valueRange,
        range: { start: keyR.start, end: valueRange?.end ?? keyR.end },
        syntax: 'map',
        merged: e.merged || entry.merged,
      });
    }
  } else if (isSeq(value)) {
    for (const rawItem of value.items) {
      const item = resolve(rawItem, doc);
      const spec = scalarValue(item, doc);
      if (spec === undefined || spec === null || !item) continue;
      const text = String(spec);
      const eq = text.indexOf('=');
      const name = eq === -1 ? text : text.slice(0, eq);
      const itemRange = ydoc.range(rawItem as Node);
      const start = isScalar(item) && item === rawItem ? scalarTextStart(ydoc, item) : undefined;
      const sub = (s: number, t: number) => (start === undefined ? itemRange : ydoc.offsetRange(start + s, start + t));
      out.push({
        name: name.trim(),
        value: eq === -1 ? undefined : text.slice(eq + 1),
        nameRange: sub(0, name.length),
        valueRange: eq === -1 ? undefined : sub(eq + 1, text.length),
        range: itemRange,
        syntax: 'list',
        merged: e.merged,
      });
    }
  }
  return out;
}
