/**
 * The file-level stage of the checks that relate one object to others in the project (project-objects.ts): a rule
 * reports a candidate finding with a `ProjectTag` (its findings are cached by the document's text), and this stage
 * keeps, moves or drops it once the project's objects are known.
 *
 * Namespaces: an object's namespace is its `metadata.namespace`, else the `namespace:` of the kustomization that lists
 * its file. An object with neither lands wherever it is applied (`kubectl apply -n …`), so it is taken to share the
 * namespace of any other object: a precision choice, it never makes a finding appear.
 */
import type { FileHost } from '../../base/host/file-host';
import { formatMessage, type MessageData } from '../../base/l10n/format-message';
import type { Finding, Range, RelatedLocation } from '../../base/model/finding';
import { shiftRange } from '../../base/text/line-index';
import { kustomizationNamespace, normPath } from './file-facts';
import { projectObjects, type NamedObject, type ObjectFacts, type PodSource, type ProjectObjects } from './project-objects';

export type LabelSelector = Record<string, string>;

interface TagBase {
  /** The finding's range when the rule reported it (before the document was shifted into the file). */
  anchor: Range;
  namespace?: string;
  /** The rule's English messages, to write the message again when this stage adds data. */
  messages: Readonly<Record<string, string>>;
}

/** A Service's selector that no pod template of the project may match. */
export interface DanglingServiceTag extends TagBase {
  project: 'dangling-service';
  selector: LabelSelector;
  /** Each selector key's range, to point at the one no pod carries. */
  keys: Array<{ key: string; range: Range }>;
}

/** A pod's ServiceAccount that may be defined nowhere in the project. */
export interface ServiceAccountTag extends TagBase {
  project: 'service-account';
  serviceAccount: string;
}

/** A PodDisruptionBudget's minAvailable, judged against the replicas of the workloads it selects. */
export interface MinAvailableTag extends TagBase {
  project: 'pdb-min-available';
  selector: LabelSelector;
  minAvailable: number;
  percent: boolean;
}

export type ProjectTag = DanglingServiceTag | ServiceAccountTag | MinAvailableTag;

type Tagged = Finding & { deferred?: object };

function isProjectTag(tag: object | undefined): tag is ProjectTag {
  return !!tag && 'project' in tag;
}

export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  if (labels['*'] === '*') return true;
  for (const k in selector) if (labels[k] !== selector[k]) return false;
  return true;
}

type ObjectKind = 'pods' | 'serviceAccounts' | 'customResources' | 'scalers';
type Placed<K extends ObjectKind> = { object: ObjectFacts[K][number]; namespace: string | undefined };

interface Scope {
  project: ProjectObjects;
  own: ObjectFacts;
  path: string;
  host: FileHost;
  /** Each kind's objects with their namespaces, listed once per file: every Service of a 1,000-document file asks. */
  placed: { [K in ObjectKind]?: Array<Placed<K>> };
  byNamespace: Map<string, unknown[]>;
  podIndexes: Map<string, PodIndex>;
}

function namespaceOf(o: { namespace?: string; path: string }, host: FileHost): string | undefined {
  return o.namespace ?? kustomizationNamespace(o.path, host);
}

function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * Objects of one kind with their namespaces: the file's own from its documents as analysed (the editor's text), the
 * rest from the project.
 */
function placed<K extends ObjectKind>(scope: Scope, kind: K): Array<Placed<K>> {
  const known = scope.placed[kind] as Array<Placed<K>> | undefined;
  if (known) return known;
  const self = normPath(scope.path);
  const own = scope.own[kind] as Array<ObjectFacts[K][number]>;
  const others = (scope.project[kind] as Array<ObjectFacts[K][number]>).filter((o) => normPath(o.path) !== self);
  const list = [...own, ...others].map((object) => ({ object, namespace: namespaceOf(object, scope.host) }));
  (scope.placed as Record<K, Array<Placed<K>>>)[kind] = list;
  return list;
}

/** The objects of one kind that may share namespace `ns` (listed once per namespace and file). */
function inNamespace<K extends ObjectKind>(scope: Scope, kind: K, ns: string | undefined): Array<ObjectFacts[K][number]> {
  const key = `${kind}\u0000${ns ?? ''}\u0000${ns === undefined}`;
  let list = scope.byNamespace.get(key) as Array<ObjectFacts[K][number]> | undefined;
  if (!list) {
    list = placed(scope, kind)
      .filter((p) => sameNamespace(ns, p.namespace))
      .map((p) => p.object);
    scope.byNamespace.set(key, list);
  }
  return list;
}

/**
 * The pods of namespace `ns` a selector selects, in project order. Pods are indexed by label once per namespace and
 * file, so each Service of a large manifest looks at the few pods that carry its first label, not at every pod.
 */
function selectedPods(scope: Scope, ns: string | undefined, selector: LabelSelector): PodSource[] {
  const first = Object.keys(selector)[0];
  const pods = inNamespace(scope, 'pods', ns);
  if (first === undefined) return pods.filter((p) => selects(selector, p.labels));
  const index = podIndex(scope, ns, pods);
  const candidates = [...(index.byLabel.get(`${first}\u0000${selector[first]}`) ?? []), ...index.anyLabel].sort((a, b) => a - b);
  return candidates.map((i) => pods[i]).filter((p) => selects(selector, p.labels));
}

interface PodIndex {
  /** `key\0value` → positions of the pods carrying that label. */
  byLabel: Map<string, number[]>;
  /** Positions of pods whose labels are unknown (templated): they may match any selector. */
  anyLabel: number[];
}

function podIndex(scope: Scope, ns: string | undefined, pods: PodSource[]): PodIndex {
  const key = ns ?? '\u0000any';
  let index = scope.podIndexes.get(key);
  if (!index) {
    index = { byLabel: new Map(), anyLabel: [] };
    for (let i = 0; i < pods.length; i++) {
      const labels = pods[i].labels;
      if (labels['*'] === '*') index.anyLabel.push(i);
      for (const k in labels) {
        const entry = `${k}\u0000${labels[k]}`;
        const list = index.byLabel.get(entry);
        if (list) list.push(i);
        else index.byLabel.set(entry, [i]);
      }
    }
    scope.podIndexes.set(key, index);
  }
  return index;
}

function rewrite(f: Finding, tag: ProjectTag, messageId: string, data: MessageData, extra: Partial<Finding> = {}): Finding {
  return { ...f, ...extra, messageId, data, message: formatMessage(tag.messages[messageId], data) };
}

/** A range the rule measured in its document, moved as the finding was moved into the file. */
function shifted(tag: ProjectTag, f: Finding, r: Range): Range {
  return shiftRange(r, f.range.start.line - tag.anchor.start.line);
}

function danglingService(f: Finding, tag: DanglingServiceTag, scope: Scope, ns: string | undefined): Finding | undefined {
  if (ns === 'kube-system') return undefined; // the control plane's static pods and the cluster's add-ons live there
  if (!placed(scope, 'pods').length) return undefined; // a project of Services alone: the pods are deployed from elsewhere
  if (selectedPods(scope, ns, tag.selector).length) return undefined;
  const pods = inNamespace(scope, 'pods', ns);
  if (inNamespace(scope, 'customResources', ns).length) return undefined; // an operator may run the pods its custom resource describes
  // point at the label no pod carries with that value, when there is one
  const missing = tag.keys.find((k) => !pods.some((p) => p.labels[k.key] === tag.selector[k.key]));
  return missing && tag.keys.length > 1 ? { ...f, range: shifted(tag, f, missing.range) } : f;
}

function serviceAccount(f: Finding, tag: ServiceAccountTag, scope: Scope, ns: string | undefined): Finding | undefined {
  // a project that defines no ServiceAccount leaves them to the cluster's setup (IaC, eksctl, a platform team)
  if (!placed(scope, 'serviceAccounts').length || ns === 'kube-system') return undefined;
  return inNamespace(scope, 'serviceAccounts', ns).some((a: NamedObject) => a.name === tag.serviceAccount) ? undefined : f;
}

/** The replicas a workload runs with at least: its HorizontalPodAutoscaler's minimum, else what it writes. */
function leastReplicas(p: PodSource, scope: Scope, ns: string | undefined): number | undefined {
  const scaler = inNamespace(scope, 'scalers', ns).find((s) => s.targetKind === p.kind && s.targetName === p.name);
  return scaler ? scaler.minReplicas : p.replicas?.value;
}

function minAvailable(f: Finding, tag: MinAvailableTag, scope: Scope, ns: string | undefined): Finding | undefined {
  const replicated = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
  const selected = selectedPods(scope, ns, tag.selector);
  // the budget counts every pod it selects: one workload of unknown size (replicas set elsewhere — kustomize
  // `replicas:`, kubectl scale —, a DaemonSet, templated labels) leaves the total unknown
  let total = 0;
  for (const p of selected) {
    const replicas = replicated.has(p.kind) && p.labels['*'] !== '*' ? leastReplicas(p, scope, ns) : undefined;
    if (replicas === undefined) return undefined;
    total += replicas;
  }
  if (!selected.length || total < 1) return undefined;
  const needed = tag.percent ? Math.ceil((total * tag.minAvailable) / 100) : tag.minAvailable;
  if (needed < total) return undefined;
  const workloads = selected.map((p) => `${p.kind} "${p.name ?? ''}"`).join(', ');
  const related: RelatedLocation[] = [];
  for (const p of selected) {
    if (!p.replicas) continue;
    const data = { workload: `${p.kind} "${p.name ?? ''}"`, replicas: p.replicas.value };
    related.push({ path: p.path, range: p.replicas.range, messageId: 'replicasHere', data, message: formatMessage(tag.messages.replicasHere, data) });
  }
  const data: MessageData = { ...(f.data ?? {}), workloads, replicas: total };
  const variant = f.messageId?.endsWith('.unnamed') ? '.unnamed' : '.named';
  return rewrite(f, tag, (tag.percent ? 'percentBlocks' : 'blocks') + variant, data, related.length ? { related: [...(f.related ?? []), ...related] } : {});
}

/**
 * Judges the findings that carry a ProjectTag; the others pass through untouched. `own` are the objects of the file's
 * documents with ranges already in file positions.
 */
export function applyProjectFacts(findings: Tagged[], own: ObjectFacts, path: string, host: FileHost): Tagged[] {
  if (!findings.some((f) => isProjectTag(f.deferred))) return findings;
  const project = projectObjects(path, host);
  const scope: Scope = { project, own, path, host, placed: {}, byNamespace: new Map(), podIndexes: new Map() };
  const isPatch = project.patchFiles.has(normPath(path));
  const out: Tagged[] = [];
  for (const tagged of findings) {
    const tag = tagged.deferred;
    if (!isProjectTag(tag)) {
      out.push(tagged);
      continue;
    }
    const { deferred: _tag, ...f } = tagged;
    // a kustomize patch is part of an object; a project that may hold pods no file shows cannot be judged as a whole
    if (isPatch || project.opaque) continue;
    const ns = tag.namespace ?? kustomizationNamespace(path, host);
    const kept =
      tag.project === 'dangling-service' ? danglingService(f, tag, scope, ns) : tag.project === 'service-account' ? serviceAccount(f, tag, scope, ns) : minAvailable(f, tag, scope, ns);
    if (kept) out.push(kept);
  }
  return out;
}
