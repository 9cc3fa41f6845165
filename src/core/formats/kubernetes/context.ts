import type { ContainmentConfig } from '../../knowledge/config/config';
import type { FileHost } from '../../base/host/file-host';
import type { Fix } from '../../base/model/finding';
import { defineRule, type Report, type Rule, type RuleContextBase, type RuleMeta } from '../../base/model/rule';
import type { YamlDocument } from '../../base/yaml/documents';
import type { ResourceNeed } from './file-facts';
import type { LimitRangeFact } from './limit-range';
import type { KubernetesObject, QosClass, Workload, WorkloadContainer } from './workloads';

/** One YAML document of a manifest, read once: what every Kubernetes rule looks at (format.ts parses it). */
export interface KubernetesDocument {
  ydoc: YamlDocument;
  objects: KubernetesObject[];
  workloads: Workload[];
  /** LimitRanges this document defines, for the file-level stage (analyze-kubernetes.ts). */
  limitRanges: LimitRangeFact[];
}

/**
 * What a Kubernetes rule gets. Rules run once per YAML document (their findings are cached by the document's text), so
 * they must only look at `document`, `objects` and `workloads`; facts from other documents or files (LimitRanges,
 * kustomize patches) are applied afterwards, through `reportResource`.
 */
export interface KubernetesContext extends RuleContextBase {
  /** Path of the manifest (for messages); may be virtual. */
  path: string;
  config: ContainmentConfig;
  host: FileHost;
  /** The document being checked (positions are shifted to the file by the engine). */
  document: YamlDocument;
  /** Objects of this document (`List` items included). */
  objects: KubernetesObject[];
  /** Pod-bearing objects of this document, built once and shared by every rule. */
  workloads: Workload[];
  /** The pod's QoS class (memoized). */
  qos(workload: Workload): QosClass;
  /** The runtimeClassName when it names a sandboxed runtime (config `sandboxRuntimes`), else undefined. */
  sandbox(workload: Workload): string | undefined;
  /**
   * Reports a finding about something that matters because containers share the host kernel (privileged, host
   * namespaces, capabilities, host paths…): inside a sandboxed runtime it drops to `info` and says why.
   */
  reportKernelSharing(workload: Workload, report: Report, inSandbox?: Pick<Report, 'messageId' | 'data'>): void;
  /**
   * Reports a missing resource setting (or, without a container and with `need.qosOnly`, the pod's QoS class); the
   * engine may turn it into `info` or judge it again (LimitRange defaults) or drop it (kustomize patch).
   */
  reportResource(workload: Workload, container: WorkloadContainer | undefined, need: ResourceNeed, report: Report): void;
  /** Adds the missing resource settings (values from config resourceDefaults), merged into the container's map. */
  resourceFix(workload: Workload, container: WorkloadContainer): Fix | undefined;
  /** Hardens the container's securityContext without changing anything written explicitly. */
  hardeningFix(workload: Workload, container: WorkloadContainer): Fix | undefined;
}

export type KubernetesRule = Rule<KubernetesContext>;

export function defineKubernetesRule(rule: { meta: Omit<RuleMeta, 'appliesTo'>; check(ctx: KubernetesContext): void }): KubernetesRule {
  return defineRule<KubernetesContext>({ meta: { ...rule.meta, appliesTo: 'kubernetes' }, check: rule.check });
}
