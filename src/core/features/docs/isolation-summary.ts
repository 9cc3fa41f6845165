/**
 * One-line isolation and limits summaries for a Kubernetes container and a Compose service, shown as code lenses (and
 * in hovers): `PSS baseline · memory limit ✓ · CPU request ✗ · root`. Pure; texts go through `Translate`.
 */
import { cpuLimitOf, isRootUser, memoryLimitOf, type ComposeService } from '../../formats/compose/services';
import { matchesRuntime } from '../../knowledge/config/config';
import { describeImage } from '../../knowledge';
import { podSecurityLevel, type PodSecurityLevel } from '../../formats/kubernetes/pod-security';
import { sandboxRuntime, type Workload, type WorkloadContainer } from '../../formats/kubernetes/workloads';
import { english, type Translate } from './translate';

export const SUMMARY_SEPARATOR = ' · ';

export type UserVerdict = 'root' | 'non-root' | 'unknown';

function check(t: Translate, ok: boolean, what: 'memory limit' | 'CPU request' | 'CPU limit'): string {
  // whole phrases, so translators see them (not "{0} ✓")
  switch (what) {
    case 'memory limit':
      return ok ? t('memory limit ✓') : t('memory limit ✗');
    case 'CPU request':
      return ok ? t('CPU request ✓') : t('CPU request ✗');
    default:
      return ok ? t('CPU limit ✓') : t('CPU limit ✗');
  }
}

function userText(t: Translate, verdict: UserVerdict): string {
  return verdict === 'root' ? t('root') : verdict === 'non-root' ? t('non-root') : t('root?');
}

/** Who a Kubernetes container runs as: securityContext first, then the image's known default user. */
export function containerUser(container: WorkloadContainer): UserVerdict {
  const sc = container.securityContext;
  if (sc.runAsUser) return sc.runAsUser.value === 0 ? 'root' : 'non-root';
  if (sc.runAsNonRoot?.value) return 'non-root';
  if (container.image && !container.image.ref.hasVariables) {
    const facts = describeImage(container.image.ref);
    if (facts.runsAsNonRootByDefault) return 'non-root';
    if (facts.defaultUid === 0 || facts.defaultUser === 'root') return 'root';
  }
  return 'unknown';
}

export interface KubernetesSummaryOptions {
  sandboxRuntimes: string[];
  /** Precomputed level (one per workload, shared by its containers). */
  level?: PodSecurityLevel;
}

export function containerSummary(workload: Workload, container: WorkloadContainer, options: KubernetesSummaryOptions, t: Translate = english): string {
  const level = options.level ?? podSecurityLevel(workload).level;
  const parts = [t('PSS {0}', level)];
  const sandbox = sandboxRuntime(workload, options.sandboxRuntimes);
  if (sandbox) parts.push(t('sandboxed ({0})', sandbox));
  if (container.securityContext.privileged?.value) parts.push(t('privileged'));
  parts.push(check(t, !!container.resources.limits.memory, 'memory limit'));
  parts.push(check(t, !!container.resources.requests.cpu || !!container.resources.limits.cpu, 'CPU request'));
  parts.push(userText(t, containerUser(container)));
  return parts.join(SUMMARY_SEPARATOR);
}

/** Who a Compose service runs as: `user:`, else the built Dockerfile stage, else the image's known default user. */
export function serviceUser(service: ComposeService): UserVerdict {
  if (service.user) return isRootUser(service.user.value) ? 'root' : 'non-root';
  const stage = service.build?.stage;
  if (stage) return stage.runsAsRoot === 'yes' ? 'root' : stage.runsAsRoot === 'no' ? 'non-root' : 'unknown';
  if (service.image && !service.image.ref.hasVariables) {
    const facts = describeImage(service.image.ref);
    if (facts.runsAsNonRootByDefault) return 'non-root';
    if (facts.defaultUid === 0 || facts.defaultUser === 'root') return 'root';
  }
  return 'unknown';
}

export function serviceSummary(service: ComposeService, options: { sandboxRuntimes: string[] }, t: Translate = english): string {
  const runtime = service.runtime?.value;
  const isolation = service.isolation?.value?.toLowerCase();
  const parts: string[] = [];
  if (runtime && matchesRuntime(options.sandboxRuntimes, runtime)) parts.push(t('sandboxed ({0})', runtime));
  else if (isolation === 'hyperv') parts.push(t('Hyper-V isolation'));
  else parts.push(t('shares the host kernel'));
  if (service.privileged?.value) parts.push(t('privileged'));
  if (service.networkMode?.value === 'host') parts.push(t('host network'));
  if (service.pid?.value === 'host') parts.push(t('host PID'));
  if (service.ipc?.value === 'host') parts.push(t('host IPC'));
  parts.push(check(t, !!memoryLimitOf(service), 'memory limit'));
  parts.push(check(t, !!cpuLimitOf(service), 'CPU limit'));
  parts.push(userText(t, serviceUser(service)));
  return parts.join(SUMMARY_SEPARATOR);
}

export function summaryTexts(): string[] {
  return [
    'memory limit ✓', 'memory limit ✗', 'CPU request ✓', 'CPU request ✗', 'CPU limit ✓', 'CPU limit ✗', 'root', 'non-root', 'root?',
    'PSS {0}', 'sandboxed ({0})', 'privileged', 'Hyper-V isolation', 'shares the host kernel', 'host network', 'host PID', 'host IPC',
  ];
}
