/**
 * The file-level stage of the checks that relate one object to others in the project (project-objects.ts): a rule
 * reports a candidate finding with a `ProjectTag` (its findings are cached by the document's text), and this stage
 * keeps, moves or drops it once the project's objects are known.
 *
 * Namespaces: an object's namespace is its `metadata.namespace`, else the `namespace:` of the kustomization that lists
 * its file. An object with neither lands wherever it is applied (`kubectl apply -n …`), so it is taken to share the
 * namespace of any other object: a precision choice, it never makes a finding appear.
 */
import type { FileHost } from '../host/file-host';
import { formatMessage, type MessageData } from '../l10n/format-message';
import type { Finding, Range, RelatedLocation } from '../model/finding';
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

interface Scope {
  project: ProjectObjects;
  own: ObjectFacts;
  path: string;
  host: FileHost;
}

function namespaceOf(o: { namespace?: string; path: string }, host: FileHost): string | undefined {
  return o.namespace ?? kustomizationNamespace(o.path, host);
}

function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Objects of the file itself come from its documents as analysed (the editor's text), the rest from the project. */
function all<T extends { path: string }>(scope: Scope, pick: (f: ObjectFacts) => T[]): T[] {
  const self = normPath(scope.path);
  return [...pick(scope.own), ...pick(scope.project).filter((o) => normPath(o.path) !== self)];
}

function rewrite(f: Finding, tag: ProjectTag, messageId: string, data: MessageData, extra: Partial<Finding> = {}): Finding {
  return { ...f, ...extra, messageId, data, message: formatMessage(tag.messages[messageId], data) };
}

function shifted(tag: ProjectTag, f: Finding, r: Range): Range {
  const by = f.range.start.line - tag.anchor.start.line;
  return { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
}

function danglingService(f: Finding, tag: DanglingServiceTag, scope: Scope, ns: string | undefined): Finding | undefined {
  if (ns === 'kube-system') return undefined; // the control plane's static pods and the cluster's add-ons live there
  const everyPod = all(scope, (o) => o.pods);
  if (!everyPod.length) return undefined; // a project of Services alone: the pods are deployed from elsewhere
  const pods = everyPod.filter((p) => sameNamespace(ns, namespaceOf(p, scope.host)));
  if (pods.some((p) => selects(tag.selector, p.labels))) return undefined;
  const operators = all(scope, (o) => o.customResources).filter((c) => sameNamespace(ns, namespaceOf(c, scope.host)));
  if (operators.length) return undefined; // an operator may run the pods its custom resource describes
  // point at the label no pod carries with that value, when there is one
  const missing = tag.keys.find((k) => !pods.some((p) => p.labels[k.key] === tag.selector[k.key]));
  return missing && tag.keys.length > 1 ? { ...f, range: shifted(tag, f, missing.range) } : f;
}

function serviceAccount(f: Finding, tag: ServiceAccountTag, scope: Scope, ns: string | undefined): Finding | undefined {
  const accounts = all(scope, (o) => o.serviceAccounts);
  // a project that defines no ServiceAccount leaves them to the cluster's setup (IaC, eksctl, a platform team)
  if (!accounts.length || ns === 'kube-system') return undefined;
  return accounts.some((a: NamedObject) => a.name === tag.serviceAccount && sameNamespace(ns, namespaceOf(a, scope.host))) ? undefined : f;
}

/** The replicas a workload runs with at least: its HorizontalPodAutoscaler's minimum, else what it writes. */
function leastReplicas(p: PodSource, scope: Scope, ns: string | undefined): number | undefined {
  const scaler = all(scope, (o) => o.scalers).find((s) => s.targetKind === p.kind && s.targetName === p.name && sameNamespace(ns, namespaceOf(s, scope.host)));
  return scaler ? scaler.minReplicas : p.replicas?.value;
}

function minAvailable(f: Finding, tag: MinAvailableTag, scope: Scope, ns: string | undefined): Finding | undefined {
  const replicated = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
  const selected = all(scope, (o) => o.pods).filter((p) => selects(tag.selector, p.labels) && sameNamespace(ns, namespaceOf(p, scope.host)));
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
  const scope: Scope = { project, own, path, host };
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
