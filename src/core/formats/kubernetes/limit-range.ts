/**
 * LimitRange defaults, applied the way the API server does before the resource findings and the QoS class are judged.
 *
 * A LimitRange item of `type: Container` is defaulted first (`max` → `default`, `default` → `defaultRequest`, `min` →
 * `defaultRequest`), then the LimitRanger admission plugin copies `default` into every container's missing limits
 * and `defaultRequest` into its missing requests. A LimitRange applies to the pods of its own namespace only: the
 * namespace is `metadata.namespace`, else the `namespace:` of the kustomization that lists the file, else `default`.
 *
 * LimitRanges are read from the same file and from every YAML file under the project root (the folder the user opened
 * or analysed — FileHost.roots —, else the nearest folder holding `.git`, else the manifest's own folder). The walk
 * is bounded and cached per root.
 */
import type { Document } from 'yaml';
import type { FileHost } from '../../base/host/file-host';
import { ENGINE_MESSAGES } from '../../base/l10n/engine-messages';
import { formatMessage } from '../../base/l10n/format-message';
import type { Finding, Range, RelatedLocation } from '../../base/model/finding';
import { parseYamlDocuments, type YamlDocument } from '../../base/yaml/documents';
import { entries, getEntry, keyName, seqItems, stringValue } from '../../base/yaml/nodes';
import { cached, coverageKeys, dirName, kustomizationNamespace, kustomizeCoverage, listBounded, needMetBy, normPath, walkProjectYaml, type ResourceKey, type ResourceTag } from './file-facts';
import { kubernetesObjects, parseQuantity, qosClass, workloadLabel, type ContainerResources, type Quantity, type ResourceName } from './workloads';

export interface LimitRangeFact {
  name: string;
  /** As written; undefined when the object sets none (see `effectiveNamespace`). */
  namespace?: string;
  /** Keys the LimitRange fills in, with the value it uses and where that value is written. */
  provides: Map<ResourceKey, { value: string; range: Range }>;
  /** File it comes from. */
  path: string;
  /** Shown in messages: the file's name relative to the manifest's folder; undefined for the manifest itself. */
  file?: string;
}

const RESOURCES: readonly ResourceName[] = ['cpu', 'memory', 'ephemeral-storage'];

/** LimitRanges of one document (ranges relative to the document). */
export function limitRangesOf(ydoc: YamlDocument, path: string, file?: string): LimitRangeFact[] {
  const out: LimitRangeFact[] = [];
  const doc = ydoc.doc as Document;
  for (const obj of kubernetesObjects(ydoc)) {
    if (obj.kind !== 'LimitRange') continue;
    const provides: LimitRangeFact['provides'] = new Map();
    for (const item of seqItems(getEntry(getEntry(obj.node, 'spec', doc)?.value, 'limits', doc)?.value, doc)) {
      if (stringValue(getEntry(item, 'type', doc)?.value, doc) !== 'Container') continue;
      const read = (key: string) => {
        const values = new Map<ResourceName, { value: string; range: Range }>();
        for (const e of entries(getEntry(item, key, doc)?.value, doc)) {
          const res = keyName(e.pair) as ResourceName;
          const v = stringValue(e.value, doc);
          if (!RESOURCES.includes(res) || v === undefined || !e.value?.range) continue;
          values.set(res, { value: v, range: ydoc.offsetRange(e.value.range[0], e.value.range[1]) });
        }
        return values;
      };
      const [max, min, defaults, defaultRequest] = [read('max'), read('min'), read('default'), read('defaultRequest')];
      // the API server's defaulting of a LimitRange item, in its order
      for (const [r, v] of max) if (!defaults.has(r)) defaults.set(r, v);
      for (const [r, v] of defaults) if (!defaultRequest.has(r)) defaultRequest.set(r, v);
      for (const [r, v] of min) if (!defaultRequest.has(r)) defaultRequest.set(r, v);
      for (const [r, v] of defaults) if (!provides.has(`limits.${r}`)) provides.set(`limits.${r}`, v);
      for (const [r, v] of defaultRequest) if (!provides.has(`requests.${r}`)) provides.set(`requests.${r}`, v);
    }
    if (provides.size) out.push({ name: obj.name ?? 'unnamed', namespace: obj.namespace, provides, path, file });
  }
  return out;
}

/** The namespace an object lands in: its own, else its kustomization's, else `default`. */
export function effectiveNamespace(namespace: string | undefined, path: string, host: FileHost): string {
  return namespace ?? kustomizationNamespace(path, host) ?? 'default';
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Where LimitRanges are looked for                                                                                   */

/** The folder whose YAML files are searched for LimitRanges that may apply to `path`. */
export function projectRoot(path: string, host: FileHost): string {
  const file = normPath(path);
  const roots = (host.roots ?? []).map(normPath).filter((r) => file.startsWith(r === '/' ? '/' : r + '/'));
  if (roots.length) return roots.sort((a, b) => b.length - a.length)[0];
  let dir = dirName(file);
  for (let guard = 0; guard < 12; guard++) {
    if (listBounded(host, dir).includes('.git')) return dir;
    const parent = dirName(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirName(file);
}

/** LimitRanges in YAML files under the project root of `path`, read once per root (and cache period). */
export function projectLimitRanges(path: string, host: FileHost): LimitRangeFact[] {
  const root = projectRoot(path, host);
  return cached(host, 'limitranges\u0000' + root, () => readLimitRangesUnder(root, host));
}

function readLimitRangesUnder(root: string, host: FileHost): LimitRangeFact[] {
  const out: LimitRangeFact[] = [];
  walkProjectYaml(root, host, (full, name, read) => {
    if (name === 'Kustomization') return;
    const text = read();
    if (!text || !text.includes('LimitRange')) return;
    for (const ydoc of parseYamlDocuments(text)) if (!ydoc.errors.length) out.push(...limitRangesOf(ydoc, full));
  });
  return out;
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* Applying them to the findings                                                                                      */

function relativeName(from: string, to: string): string {
  const dir = dirName(from);
  return to.startsWith(dir + '/') ? to.slice(dir.length + 1) : to;
}

/** The pod's containers' resources with the LimitRange's defaults filled in where a container sets none. */
function withDefaults(pod: ResourceTag['pod'], lr: LimitRangeFact): Array<{ type: ResourceTag['containerType']; resources: ContainerResources }> {
  return pod.map((c) => {
    const resources: ContainerResources = { requests: { ...c.resources.requests }, limits: { ...c.resources.limits } };
    for (const [key, v] of lr.provides) {
      const [field, r] = key.split('.') as ['requests' | 'limits', ResourceName];
      if (resources[field][r]) continue;
      // the request a limit defaults to is copied by the API server before the LimitRanger runs
      if (field === 'requests' && c.resources.limits[r]) continue;
      resources[field][r] = { raw: v.value, value: parseQuantity(v.value), range: v.range } satisfies Quantity;
    }
    return { type: c.type, resources };
  });
}

function related(lr: LimitRangeFact, keys: ResourceKey[]): RelatedLocation[] {
  return keys.map((k) => {
    const data = { limitRange: lr.name, key: k, value: String(lr.provides.get(k)!.value) };
    return { path: lr.path, range: lr.provides.get(k)!.range, message: formatMessage(ENGINE_MESSAGES['engine.limitRangeSets'], data), messageId: 'engine.limitRangeSets', data };
  });
}

/**
 * Resource findings after the facts outside their document: a kustomize patch that sets the value drops the finding;
 * a LimitRange of the same namespace that fills it in turns it into a note naming the LimitRange (with the pod's QoS
 * class once the defaults apply); a QoS finding is judged again with the defaults and dropped when they make the pod
 * Guaranteed.
 */
export function applyFileFacts(findings: ReadonlyArray<Finding & { deferred?: object }>, ownLimitRanges: LimitRangeFact[], path: string, host: FileHost): Finding[] {
  if (!findings.some((f) => f.deferred)) return findings as Finding[];
  let others: LimitRangeFact[] | undefined;
  let coverage: ReturnType<typeof kustomizeCoverage> | undefined;
  const self = normPath(path);
  const out: Finding[] = [];
  findings.forEach((tagged) => {
    const tag = tagged.deferred as ResourceTag | undefined;
    if (!tag) return out.push(tagged);
    const { deferred: _tag, ...f } = tagged; // the tag never leaves the engine
    coverage ??= kustomizeCoverage(path, host);
    if (tag.satisfiedBy.length && coverage.size && coverageKeys(tag).some((k) => { const set = coverage!.get(k); return !!set && !!needMetBy(tag, set); })) return; // set by a kustomize patch
    others ??= projectLimitRanges(path, host).filter((lr) => normPath(lr.path) !== self).map((lr) => ({ ...lr, file: relativeName(self, normPath(lr.path)) }));
    const namespace = effectiveNamespace(tag.namespace, path, host);
    const lr = [...ownLimitRanges, ...others].find((l) => effectiveNamespace(l.namespace, l.path, host) === namespace && (tag.qosOnly ? l.provides.size : needMetBy(tag, l.provides)));
    if (!lr) return out.push(f);
    const qos = qosClass({ containers: withDefaults(tag.pod, lr) as never });
    if (tag.qosOnly) {
      if (qos === 'Guaranteed') return;
      const filled = [...lr.provides.keys()];
      const data = { workload: workloadLabel(tag), qos, limitRange: lr.name, defaults: filled.map((k) => `${k} = ${lr.provides.get(k)!.value}`).join(', '), ...(lr.file ? { file: lr.file } : {}) };
      const messageId = lr.file ? 'engine.notGuaranteedWithDefaultsIn' : 'engine.notGuaranteedWithDefaults';
      out.push({ ...f, message: formatMessage(ENGINE_MESSAGES[messageId], data), messageId, data, related: [...(f.related ?? []), ...related(lr, filled)] });
      return;
    }
    const key = needMetBy(tag, lr.provides)!;
    const noteData = { limitRange: lr.name, key, value: String(lr.provides.get(key)!.value), ...(lr.file ? { file: lr.file } : {}) };
    const noteId = lr.file ? 'engine.limitRangeDefaultIn' : 'engine.limitRangeDefault';
    const qosText = formatMessage(ENGINE_MESSAGES['engine.qosWithDefaults'], { qos });
    const message = formatMessage(ENGINE_MESSAGES[noteId], { ...noteData, finding: f.message.replace(`(pod QoS class: ${tag.qos})`, `(pod QoS class: ${qosText})`) });
    // the rule's own message nested with the QoS class the defaults give, so every language reads the same facts
    const nested = f.messageId ? { messageId: noteId, data: { ...noteData, finding: { id: f.messageId, data: { ...f.data, qos: { id: 'engine.qosWithDefaults', data: { qos } } } } } } : { messageId: undefined, data: undefined };
    out.push({ ...f, severity: 'info', message, ...nested, related: [...(f.related ?? []), ...related(lr, [key])] });
  });
  return out;
}
