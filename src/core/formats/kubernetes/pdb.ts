/** PodDisruptionBudgets as the PDB rules read them: the budget's fields and its label selector. */
import type { Document, Node } from 'yaml';
import type { Range } from '../../base/model/finding';
import type { YamlDocument } from '../../base/yaml/documents';
import { getEntry, scalarValue } from '../../base/yaml/nodes';
import type { KubernetesObject } from './workloads';
import { labelMap } from './project-objects';

export interface Budget {
  obj: KubernetesObject;
  spec: unknown;
  /** `matchLabels` only; undefined when the selector has `matchExpressions`, is templated or absent. */
  selector?: Record<string, string>;
  hasSelector: boolean;
}

export function budgetsOf(ydoc: YamlDocument, objects: readonly KubernetesObject[]): Budget[] {
  const doc = ydoc.doc as Document;
  const out: Budget[] = [];
  for (const obj of objects) {
    if (obj.kind !== 'PodDisruptionBudget' || !obj.apiVersion.startsWith('policy/')) continue;
    const spec = getEntry(obj.node, 'spec', doc)?.value;
    const selectorNode = getEntry(spec, 'selector', doc)?.value;
    const matchLabels = getEntry(selectorNode, 'matchLabels', doc)?.value;
    const selector = matchLabels && !getEntry(selectorNode, 'matchExpressions', doc) ? labelMap(matchLabels, doc) : undefined;
    out.push({ obj, spec, selector: selector && Object.keys(selector).length ? selector : undefined, hasSelector: !!selectorNode });
  }
  return out;
}

/** An int-or-percent field (`minAvailable: 2`, `maxUnavailable: "10%"`); undefined when absent or templated. */
export function intOrPercent(ydoc: YamlDocument, spec: unknown, key: string): { value: number; percent: boolean; raw: string; range: Range } | undefined {
  const doc = ydoc.doc as Document;
  const e = getEntry(spec, key, doc);
  const v = scalarValue(e?.value, doc);
  if (!e?.value) return undefined;
  const range = ydoc.range(e.value as Node);
  if (typeof v === 'number' && Number.isInteger(v)) return { value: v, percent: false, raw: String(v), range };
  const m = typeof v === 'string' ? /^(\d+)%$/.exec(v.trim()) : null;
  return m ? { value: Number(m[1]), percent: true, raw: String(v), range } : undefined;
}
