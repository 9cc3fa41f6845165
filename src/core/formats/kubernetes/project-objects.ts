/**
 * Objects other manifests of the project define, for the checks that relate one object to others (a Service and the
 * pods it selects, a PodDisruptionBudget and the workloads it covers, a pod and its ServiceAccount). Read from the
 * analysed file's own documents and from every YAML file under the project root (limit-range.ts `projectRoot`), with
 * the same bounded, cached walk as LimitRanges.
 *
 * Besides the objects, the walk notes whether the project may hold pods it cannot see: a Helm chart or template, a
 * kustomization that renders a Helm chart or pulls remote resources, or a walk cut short by its bounds. The
 * cross-object checks then stay silent: a Service that selects an operator's or a chart's pods is not dangling.
 * Custom resources are noted with their namespace, because an operator creates pods where its resource lives.
 */
import type { Document } from 'yaml';
import type { FileHost } from '../../base/host/file-host';
import type { Range } from '../../base/model/finding';
import { parseYamlDocuments, type YamlDocument } from '../../base/yaml/documents';
import { asMap, entries, getEntry, getIn, keyName, scalarValue, seqItems, stringValue } from '../../base/yaml/nodes';
import { cached, dirName, isHelmTemplate, joinPath, walkProjectYaml } from './file-facts';
import { projectRoot } from './limit-range';
import { isWorkloadKind, kubernetesObjects, type KubernetesObject } from './workloads';

/** A pod template (or a bare pod) and the labels its pods carry. */
export interface PodSource {
  kind: string;
  name?: string;
  namespace?: string;
  path: string;
  labels: Record<string, string>;
  /** `spec.replicas` when written as a number (undefined: not written, templated, or a kind without replicas). */
  replicas?: { value: number; range: Range };
}

export interface NamedObject {
  kind: string;
  name: string;
  namespace?: string;
  path: string;
}

export interface ScalerFact {
  namespace?: string;
  path: string;
  targetKind: string;
  targetName: string;
  minReplicas: number;
}

/** What one YAML document contributes. */
export interface ObjectFacts {
  pods: PodSource[];
  serviceAccounts: NamedObject[];
  customResources: NamedObject[];
  scalers: ScalerFact[];
}

export interface ProjectObjects extends ObjectFacts {
  /** The project may create pods no manifest here shows (Helm, remote kustomize resources, a walk cut short). */
  opaque: boolean;
  /** Files kustomizations apply as patches: partial objects, not judged as whole ones. */
  patchFiles: Set<string>;
}

export function emptyFacts(): ObjectFacts {
  return { pods: [], serviceAccounts: [], customResources: [], scalers: [] };
}

/**
 * Custom resources of well-known operators that configure something (monitoring, certificates, routing, secrets) and
 * never run pods of their own: they do not hide pods from the cross-object checks.
 */
const CONFIG_ONLY_KINDS = new Set([
  'ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'Probe', 'ScrapeConfig', 'AlertmanagerConfig',
  'Certificate', 'CertificateRequest', 'Issuer', 'ClusterIssuer',
  'VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'PeerAuthentication', 'AuthorizationPolicy', 'RequestAuthentication', 'EnvoyFilter',
  'IngressRoute', 'IngressRouteTCP', 'Middleware', 'TLSOption', 'BackendConfig', 'FrontendConfig', 'ManagedCertificate',
  'SealedSecret', 'ExternalSecret', 'SecretStore', 'ClusterSecretStore', 'ScaledObject', 'TriggerAuthentication',
  'PodMonitoring', 'ClusterPodMonitoring', 'HealthCheckPolicy', 'GCPBackendPolicy', 'GCPGatewayPolicy', 'FQDNNetworkPolicy',
  'ClusterQueue', 'LocalQueue', 'ResourceFlavor', 'WorkloadPriorityClass',
]);

/** Custom resources that carry a pod template under `spec.template` like a Deployment (group/kind). */
const POD_TEMPLATE_RESOURCES = new Set(['apps.openshift.io/DeploymentConfig', 'argoproj.io/Rollout']);

/** API groups of the Kubernetes API itself: everything else is a custom resource someone's controller acts on. */
function isBuiltinApi(apiVersion: string): boolean {
  const slash = apiVersion.indexOf('/');
  if (slash < 0) return true;
  const group = apiVersion.slice(0, slash);
  return !group.includes('.') || group.endsWith('.k8s.io');
}

/** Scalar label values as text; a template or non-scalar value makes the labels unknown (undefined). */
export function labelMap(node: unknown, doc: Document): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const e of entries(node, doc)) {
    const k = keyName(e.pair);
    const v = scalarValue(e.value, doc);
    if (k === undefined || v === undefined || typeof v === 'object') return undefined;
    out[k] = v === null ? '' : String(v);
  }
  return out;
}

function podLabelsOf(obj: KubernetesObject, doc: Document): unknown {
  if (obj.kind === 'Pod') return getIn(obj.node, ['metadata', 'labels'], doc);
  if (obj.kind === 'PodTemplate') return getIn(obj.node, ['template', 'metadata', 'labels'], doc);
  if (obj.kind === 'CronJob') return getIn(obj.node, ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'], doc);
  return getIn(obj.node, ['spec', 'template', 'metadata', 'labels'], doc);
}

function podSourceOf(ydoc: YamlDocument, obj: KubernetesObject, path: string): PodSource {
  const doc = ydoc.doc as Document;
  // unreadable (templated) or absent labels (a fragment, a Rollout's workloadRef) match every selector: such a pod may
  // be the one a Service means
  const node = podLabelsOf(obj, doc);
  const labels: Record<string, string> = (node ? labelMap(node, doc) : undefined) ?? { '*': '*' };
  const source: PodSource = { kind: obj.kind, name: obj.name, namespace: obj.namespace, path, labels };
  const replicas = getEntry(getEntry(obj.node, 'spec', doc)?.value, 'replicas', doc);
  const value = scalarValue(replicas?.value, doc);
  if (replicas?.value && typeof value === 'number' && Number.isInteger(value)) source.replicas = { value, range: ydoc.range(replicas.value as never) };
  return source;
}

/** The objects of one document that other documents' checks look for (ranges relative to the document). */
export function objectFactsOf(ydoc: YamlDocument, path: string): ObjectFacts {
  const facts = emptyFacts();
  const doc = ydoc.doc as Document;
  for (const obj of kubernetesObjects(ydoc)) {
    if (isWorkloadKind(obj.kind) || POD_TEMPLATE_RESOURCES.has(`${obj.apiVersion.split('/')[0]}/${obj.kind}`)) facts.pods.push(podSourceOf(ydoc, obj, path));
    else if (obj.kind === 'ServiceAccount' && obj.name) facts.serviceAccounts.push({ kind: obj.kind, name: obj.name, namespace: obj.namespace, path });
    else if (obj.kind === 'HorizontalPodAutoscaler') {
      const spec = getEntry(obj.node, 'spec', doc)?.value;
      const targetKind = stringValue(getIn(spec, ['scaleTargetRef', 'kind'], doc), doc);
      const targetName = stringValue(getIn(spec, ['scaleTargetRef', 'name'], doc), doc);
      const min = scalarValue(getEntry(spec, 'minReplicas', doc)?.value, doc);
      if (targetKind && targetName) facts.scalers.push({ namespace: obj.namespace, path, targetKind, targetName, minReplicas: typeof min === 'number' ? min : 1 });
    } else if (!isBuiltinApi(obj.apiVersion) && !CONFIG_ONLY_KINDS.has(obj.kind)) facts.customResources.push({ kind: obj.kind, name: obj.name ?? '', namespace: obj.namespace, path });
  }
  return facts;
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* The project                                                                                                        */

const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;
/** A kustomization that renders a chart or pulls resources from elsewhere: pods the project's files do not show. */
const KUSTOMIZE_OPAQUE = /^[ \t]*helmCharts[ \t]*:|^[ \t]*-[ \t]*["']?(?:https?:\/\/|git@|github\.com\/|ssh:\/\/)/m;

/** The objects under the project root of `path`, read once per root (and cache period). */
export function projectObjects(path: string, host: FileHost): ProjectObjects {
  const root = projectRoot(path, host);
  return cached(host, 'project-objects\u0000' + root, () => readProjectObjects(root, host));
}

function readProjectObjects(root: string, host: FileHost): ProjectObjects {
  const out: ProjectObjects = { ...emptyFacts(), opaque: false, patchFiles: new Set() };
  const complete = walkProjectYaml(root, host, (file, name, read) => {
    if (name === 'Chart.yaml' || name === 'Chart.yml') return void (out.opaque = true);
    const text = read();
    if (!text) return;
    if (KUSTOMIZATION.test(name)) return kustomizationFacts(text, file, root, out);
    if (!/^[ \t]*-?[ \t]*kind[ \t]*:/m.test(text)) return;
    if (isHelmTemplate(text)) return void (out.opaque = true);
    for (const ydoc of parseYamlDocuments(text)) {
      if (ydoc.errors.length) continue;
      const facts = objectFactsOf(ydoc, file);
      out.pods.push(...facts.pods);
      out.serviceAccounts.push(...facts.serviceAccounts);
      out.customResources.push(...facts.customResources);
      out.scalers.push(...facts.scalers);
    }
  });
  if (!complete) out.opaque = true;
  return out;
}

function kustomizationFacts(text: string, file: string, root: string, out: ProjectObjects): void {
  if (KUSTOMIZE_OPAQUE.test(text)) out.opaque = true;
  const ydoc = parseYamlDocuments(text)[0];
  if (!ydoc || ydoc.errors.length) return;
  const doc = ydoc.doc as Document;
  const dir = dirName(file);
  // a base outside the analysed folder brings objects the walk never reads
  for (const key of ['resources', 'bases', 'components']) {
    for (const item of seqItems(getEntry(ydoc.doc.contents, key, doc)?.value, doc)) {
      const p = stringValue(item, doc);
      const full = p ? joinPath(dir, p) : undefined;
      if (full && root !== '/' && full !== root && !full.startsWith(root + '/')) out.opaque = true;
    }
  }
  for (const key of ['patchesStrategicMerge', 'patches', 'patchesJson6902']) {
    for (const item of seqItems(getEntry(ydoc.doc.contents, key, doc)?.value, doc)) {
      const p = asMap(item, doc) ? stringValue(getEntry(item, 'path', doc)?.value, doc) : stringValue(item, doc);
      if (p && !p.includes('\n')) out.patchFiles.add(joinPath(dir, p));
    }
  }
}
