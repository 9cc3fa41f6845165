/**
 * Ignores written for other Kubernetes linters, honoured on an object's metadata.annotations and its pod template's:
 *   ignore-check.kube-linter.io/<check>: "reason"      kube-linter, by check name (our rule ids and aliases work too)
 *   kube-linter.io/ignore-all: "reason"                kube-linter, everything
 *   polaris.fairwinds.com/<checkId>-exempt: "true"     Polaris, by check id (mapped below)
 *   polaris.fairwinds.com/exempt: "true"               Polaris, everything
 *   kube-score/ignore: "check-a,check-b"               kube-score, by test name (mapped below)
 */
import type { RuleMeta } from '../../base/model/rule';

/** Polaris check id → our rule ids. */
const POLARIS: Record<string, string[]> = {
  cpuRequestsMissing: ['k8s-cpu-request-missing'],
  cpuLimitsMissing: ['k8s-cpu-limit-missing'],
  memoryRequestsMissing: ['k8s-memory-request-missing'],
  memoryLimitsMissing: ['k8s-memory-limit-missing'],
  runAsPrivileged: ['k8s-privileged-container'],
  privilegeEscalationAllowed: ['k8s-privilege-escalation'],
  runAsRootAllowed: ['k8s-run-as-root'],
  notReadOnlyRootFilesystem: ['k8s-writable-root-fs'],
  hostNetworkSet: ['k8s-host-network'],
  hostPIDSet: ['k8s-host-pid'],
  hostIPCSet: ['k8s-host-ipc'],
  hostPathSet: ['k8s-host-path-volume', 'k8s-sensitive-host-mount', 'k8s-writable-host-mount', 'k8s-runtime-socket-mount'],
  hostPortSet: ['k8s-host-port'],
  dangerousCapabilities: ['k8s-added-capabilities'],
  insecureCapabilities: ['k8s-added-capabilities', 'k8s-net-raw-not-dropped'],
  procMount: ['k8s-unsafe-proc-mount'],
  tagNotSpecified: ['k8s-image-latest-tag'],
  automountServiceAccountToken: ['k8s-service-account-token-mounted'],
  sensitiveContainerEnvVar: ['k8s-secret-in-env'],
};

/** kube-score test name → our rule ids. */
const KUBE_SCORE: Record<string, string[]> = {
  'container-resources': ['k8s-cpu-request-missing', 'k8s-memory-request-missing', 'k8s-memory-limit-missing', 'k8s-cpu-limit-missing'],
  'container-ephemeral-storage-request-and-limit': ['k8s-ephemeral-storage-missing'],
  'container-cpu-requests-equal-limits': ['k8s-qos-not-guaranteed'],
  'container-memory-requests-equal-limits': ['k8s-qos-not-guaranteed'],
  'container-resource-requests-equal-limits': ['k8s-qos-not-guaranteed'],
  'container-security-context-privileged': ['k8s-privileged-container'],
  'container-security-context-user-group-id': ['k8s-run-as-root'],
  'container-security-context-readonlyrootfilesystem': ['k8s-writable-root-fs'],
  'container-seccomp-profile': ['k8s-no-seccomp-profile'],
  'container-image-tag': ['k8s-image-latest-tag'],
};

/** kube-linter checks that cover more than the rule carrying their name as alias. */
const KUBE_LINTER_EXTRA: Record<string, string[]> = {
  'unset-cpu-requirements': ['k8s-cpu-limit-missing'],
  'unset-memory-requirements': ['k8s-memory-request-missing'],
};

function mapped(table: Record<string, string[]>, name: string): string[] {
  const hit = Object.entries(table).find(([k]) => k.toLowerCase() === name.toLowerCase());
  return hit ? hit[1] : [];
}

const truthy = (v: string | undefined) => v !== undefined && v.trim().toLowerCase() !== 'false';

/** True when the annotations exempt this object from the rule. */
export function ignoredByAnnotations(meta: RuleMeta, names: string[], annotations: Record<string, string>): boolean {
  let any = false;
  for (const k in annotations) {
    any = true;
    break;
  }
  if (!any) return false;
  if ('kube-linter.io/ignore-all' in annotations) return true;
  if (truthy(annotations['polaris.fairwinds.com/exempt'])) return true;
  for (const [key, value] of Object.entries(annotations)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('ignore-check.kube-linter.io/')) {
      const check = lower.slice('ignore-check.kube-linter.io/'.length);
      if (names.includes(check) || mapped(KUBE_LINTER_EXTRA, check).includes(meta.id)) return true;
    } else if (lower.startsWith('polaris.fairwinds.com/') && lower.endsWith('-exempt') && truthy(value)) {
      const check = key.slice('polaris.fairwinds.com/'.length, -'-exempt'.length);
      if (names.includes(check.toLowerCase()) || mapped(POLARIS, check).includes(meta.id)) return true;
    } else if (lower === 'kube-score/ignore') {
      for (const check of value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
        if (names.includes(check) || mapped(KUBE_SCORE, check).includes(meta.id)) return true;
      }
    }
  }
  return false;
}
