/**
 * Engine-level fixes for Kubernetes containers: minimal edits through src/core/base/yaml/edit.ts that keep comments,
 * indentation and flow/block style, never overwrite a value that is written, and are idempotent (a second run finds
 * nothing missing and offers no fix).
 */
import type { ContainmentConfig, ResourcePolicy } from '../../knowledge/config/config';
import type { Fix } from '../../base/model/finding';
import type { YamlDocument } from '../../base/yaml/documents';
import { detectStyle, mergeIntoMap, type Desired } from '../../base/yaml/edit';
import { isMissing, satisfiedBy } from './file-facts';
import { parseQuantity, type ResourceName, type Workload, type WorkloadContainer } from './workloads';
import { fixTitle } from '../../base/l10n/fix-titles';
import type { MessageList, MessageRef } from '../../base/l10n/format-message';

/** The resources block a container is missing, per the resource policy in effect (empty when nothing is missing). */
export function missingResources(container: WorkloadContainer, config: ContainmentConfig, policy: ResourcePolicy = config.policy): Desired {
  const { requests } = container.resources;
  const missing = (resource: ResourceName, field: 'request' | 'limit') => isMissing(container.resources, satisfiedBy(resource, field));
  const d = config.resourceDefaults;
  const p = policy;
  const req: Desired = {};
  const lim: Desired = {};
  if (p.cpuRequests && missing('cpu', 'request')) req.cpu = d.cpuRequest;
  if (p.memoryRequests && missing('memory', 'request')) req.memory = d.memoryRequest;
  if (p.memoryLimits && missing('memory', 'limit')) lim.memory = atLeast(d.memoryLimit, requests.memory?.raw ?? (req.memory as string | undefined));
  if (p.cpuLimits && missing('cpu', 'limit')) lim.cpu = atLeast(d.cpuLimit, requests.cpu?.raw ?? (req.cpu as string | undefined));
  if (p.ephemeralStorage) {
    if (missing('ephemeral-storage', 'request')) req['ephemeral-storage'] = d.ephemeralStorage;
    if (missing('ephemeral-storage', 'limit')) lim['ephemeral-storage'] = atLeast(d.ephemeralStorage, requests['ephemeral-storage']?.raw);
  }
  const resources: Desired = {};
  if (Object.keys(req).length) resources.requests = req;
  if (Object.keys(lim).length) resources.limits = lim;
  return Object.keys(resources).length ? { resources } : {};
}

/** A limit must not be below the request, or the API server rejects the pod: take the request when it is larger. */
function atLeast(limit: string, request: string | undefined): string {
  if (!request) return limit;
  const l = parseQuantity(limit);
  const r = parseQuantity(request);
  return l !== undefined && r !== undefined && r > l ? request : limit;
}

export function resourceFix(ydoc: YamlDocument, container: WorkloadContainer, config: ContainmentConfig, policy: ResourcePolicy): Fix | undefined {
  const desired = missingResources(container, config, policy);
  if (!Object.keys(desired).length) return undefined;
  const edits = mergeIntoMap(ydoc, container.node, desired, detectStyle(ydoc.text, ydoc.index.eol));
  if (!edits?.length) return undefined;
  // a limit can get the container OOM-killed or throttled, a request can leave the pod unschedulable
  return { ...fixTitle('addResources', { resources: describeResources(desired) }), edits, changesBehaviour: true, placeholders: resourceValues(desired) };
}

/** The values the resources edit writes, in writing order (the user's own numbers go there). */
function resourceValues(desired: Desired): string[] {
  const res = desired.resources as Desired;
  return (['requests', 'limits'] as const).flatMap((group) => Object.values((res[group] as Desired | undefined) ?? {}).map(String));
}

const RESOURCE_TITLE_IDS: Record<string, string> = { cpu: 'cpu', memory: 'memory', 'ephemeral-storage': 'ephemeralStorage' };

/** `CPU request 100m, memory request 128Mi, memory limit 256Mi`: what the edit writes, values included. */
function describeResources(desired: Desired): MessageList {
  const res = desired.resources as Desired;
  const items: MessageRef[] = [];
  for (const [group, noun] of [['requests', 'Request'], ['limits', 'Limit']] as const) {
    const values = res[group] as Desired | undefined;
    for (const [resource, value] of Object.entries(values ?? {})) items.push({ id: `resource.${RESOURCE_TITLE_IDS[resource]}${noun}`, data: { value: String(value) } });
  }
  return { items, separator: ', ' };
}

/** Capabilities that cannot be combined with allowPrivilegeEscalation: false (the API server rejects the pod). */
const ESCALATING_CAPS = new Set(['SYS_ADMIN']);

/**
 * The securityContext settings that can safely be added to a container: only those not set at pod or container level
 * (an explicit value, even a weak one, is the user's decision and is explained by the findings instead), and none that
 * would make the pod invalid (allowPrivilegeEscalation: false next to privileged: true or CAP_SYS_ADMIN;
 * runAsNonRoot: true next to runAsUser: 0).
 */
export function missingHardening(container: WorkloadContainer): Desired {
  const sc = container.securityContext;
  const out: Desired = {};
  const privileged = sc.privileged?.value === true;
  if (!sc.allowPrivilegeEscalation && !privileged && !sc.capabilities.add.some((c) => ESCALATING_CAPS.has(c.name))) out.allowPrivilegeEscalation = false;
  if (!sc.runAsNonRoot && sc.runAsUser?.value !== 0) out.runAsNonRoot = true;
  if (!sc.readOnlyRootFilesystem) out.readOnlyRootFilesystem = true;
  if (!privileged && !sc.capabilities.drop.some((c) => c.name === 'ALL')) out.capabilities = { drop: ['ALL'] };
  if (!sc.seccompProfile && !privileged) out.seccompProfile = { type: 'RuntimeDefault' };
  return Object.keys(out).length ? { securityContext: out } : {};
}

export function hardeningFix(ydoc: YamlDocument, _workload: Workload, container: WorkloadContainer): Fix | undefined {
  const desired = missingHardening(container);
  if (!Object.keys(desired).length) return undefined;
  const edits = mergeIntoMap(ydoc, container.node, desired, detectStyle(ydoc.text, ydoc.index.eol));
  if (!edits?.length) return undefined;
  return { ...fixTitle('hardenSecurityContext', { settings: describeHardening(desired) }), edits, changesBehaviour: true };
}

/** Only the settings the edit adds (the others are written already and stay as they are), each a `hardening.<key>` title part. */
function describeHardening(desired: Desired): MessageList {
  return { items: Object.keys(desired.securityContext as Desired).map((k) => ({ id: `hardening.${k}` })), separator: ', ' };
}

/** A container field the Kubernetes fixes complete; a Helm chart may take the whole field from one values key. */
export type ContainerField = 'resources' | 'securityContext';

/**
 * The Kubernetes format's fix builders (`Format.fixes`), by the container field they complete: what is missing, decided
 * as the rules decide it, and the edit that adds it to the manifest. The rules reach them through their context; the
 * Helm values fix merges the same `missing` into a values file.
 */
export const kubernetesFixes: Record<ContainerField, ContainerFixBuilder> = {
  resources: { missing: missingResources, fix: (ydoc, _workload, container, config, policy) => resourceFix(ydoc, container, config, policy) },
  securityContext: { missing: (container) => missingHardening(container), fix: (ydoc, workload, container) => hardeningFix(ydoc, workload, container) },
};

export interface ContainerFixBuilder {
  /** What the container is missing under the policy in effect, as the desired map to merge (empty when nothing is). */
  missing(container: WorkloadContainer, config: ContainmentConfig, policy: ResourcePolicy): Desired;
  fix(ydoc: YamlDocument, workload: Workload, container: WorkloadContainer, config: ContainmentConfig, policy: ResourcePolicy): Fix | undefined;
}
