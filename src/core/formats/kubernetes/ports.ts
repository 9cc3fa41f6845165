/**
 * Port names and numbers as the API server validates them (a Service's targetPort, a container port's name) and as the
 * kubelet resolves a probe's port: shared by the target-port and probe-port rules.
 */
import type { Document, Node } from 'yaml';
import type { Range } from '../../base/model/finding';
import type { YamlDocument } from '../../base/yaml/documents';
import { getEntry, scalarValue, seqItems, stringValue } from '../../base/yaml/nodes';

/** Why `name` is not a valid IANA service name (RFC 6335 §5.1, as Kubernetes checks it), or undefined when it is. */
export type PortNameProblem = 'tooLong' | 'badCharacters' | 'noLetter' | 'hyphens';

export function portNameProblem(name: string): PortNameProblem | undefined {
  if (name.length < 1 || name.length > 15) return 'tooLong';
  if (!/^[-a-z0-9]+$/.test(name)) return 'badCharacters';
  if (!/[a-z]/.test(name)) return 'noLetter';
  if (name.startsWith('-') || name.endsWith('-') || name.includes('--')) return 'hyphens';
  return undefined;
}

export function isPortNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** Values decided when the manifest is rendered (envsubst, Helm, kustomize replacements): never judged. */
export function isTemplated(text: string): boolean {
  return text.includes('$') || text.includes('{{');
}

/** A written port reference (`targetPort`, a probe's `port`): a number, or a name (a numeric string counts as text). */
export interface PortValue {
  raw: string | number;
  range: Range;
}

export function portValue(ydoc: YamlDocument, holder: unknown, key: string): PortValue | undefined {
  const doc = ydoc.doc as Document;
  const e = getEntry(holder, key, doc);
  const v = scalarValue(e?.value, doc);
  if (!e?.value || v === undefined || v === null || typeof v === 'boolean') return undefined;
  return { raw: v, range: ydoc.range(e.value as Node) };
}

/** A container's declared ports the kubelet can probe (TCP), by number and by name. */
export interface ExposedPorts {
  numbers: Set<number>;
  names: Set<string>;
  /** Whether the container declares any TCP port at all. */
  any: boolean;
}

export function exposedPorts(ydoc: YamlDocument, container: unknown): ExposedPorts {
  const doc = ydoc.doc as Document;
  const out: ExposedPorts = { numbers: new Set(), names: new Set(), any: false };
  for (const item of seqItems(getEntry(container, 'ports', doc)?.value, doc)) {
    const protocol = (stringValue(getEntry(item, 'protocol', doc)?.value, doc) ?? 'TCP').toUpperCase();
    if (protocol !== 'TCP') continue;
    out.any = true;
    const n = scalarValue(getEntry(item, 'containerPort', doc)?.value, doc);
    if (typeof n === 'number') out.numbers.add(n);
    else if (typeof n === 'string' && /^\d+$/.test(n)) out.numbers.add(Number(n));
    const name = stringValue(getEntry(item, 'name', doc)?.value, doc);
    if (name) out.names.add(name);
  }
  return out;
}
