/**
 * Pod Security Standards (kubernetes.io/docs/concepts/security/pod-security-standards): which level a workload meets
 * (privileged / baseline / restricted) and every control it violates, with the manifest range to point at.
 * Pure and offline; used by hovers and the trade-off panel.
 */
import type { Range } from '../../base/model/finding';
import { containerLabel, type Workload, type WorkloadContainer } from './workloads';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

export interface PssViolation {
  /** The control's name as the standard words it: `Host Namespaces`, `Privileged Containers`, `Seccomp`… */
  control: string;
  /** The lowest level the control belongs to: a `baseline` violation makes the pod `privileged`. */
  level: 'baseline' | 'restricted';
  message: string;
  range: Range;
  container?: string;
}

export interface PodSecurityResult {
  level: PodSecurityLevel;
  violations: PssViolation[];
}

/** Capabilities the baseline level allows to be added (the container runtimes' usual default set). */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/** Sysctls the baseline level allows (namespaced, isolated per pod). */
export const SAFE_SYSCTLS: ReadonlySet<string> = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
]);

const SELINUX_TYPES = new Set(['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

/** Volume types the restricted level allows. */
export const RESTRICTED_VOLUME_TYPES: ReadonlySet<string> = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret', 'image']);

export function podSecurityLevel(workload: Workload): PodSecurityResult {
  const v: PssViolation[] = [];
  const add = (control: string, level: PssViolation['level'], message: string, range: Range, c?: WorkloadContainer) =>
    v.push({ control, level, message, range, container: c?.name });
  const pod = workload.podSecurityContext;

  // ---- baseline
  if (pod.hostProcess?.value) add('HostProcess', 'baseline', 'the pod runs as a Windows HostProcess pod', pod.hostProcess.range);
  for (const [key, ns] of [['hostNetwork', 'network'], ['hostPID', 'process'], ['hostIPC', 'IPC']] as const) {
    const s = workload[key];
    if (s?.value) add('Host Namespaces', 'baseline', `${key}: the pod shares the host's ${ns} namespace`, s.range);
  }
  for (const vol of workload.volumes) {
    if (vol.type === 'hostPath') add('HostPath Volumes', 'baseline', `volume "${vol.name}" mounts a host path${vol.hostPath ? ` (${vol.hostPath.path})` : ''}`, vol.typeRange ?? vol.range);
    else if (vol.type && !RESTRICTED_VOLUME_TYPES.has(vol.type)) add('Volume Types', 'restricted', `volume "${vol.name}" uses the ${vol.type} volume type`, vol.typeRange ?? vol.range);
  }
  for (const s of workload.sysctls) if (!SAFE_SYSCTLS.has(s.name)) add('Sysctls', 'baseline', `sysctl ${s.name} is not in the safe set`, s.range);
  if (pod.seccompProfile?.value === 'Unconfined') add('Seccomp', 'baseline', 'the pod-level seccomp profile is Unconfined', pod.seccompProfile.range);
  if (pod.appArmorProfile?.value === 'Unconfined') add('AppArmor', 'baseline', 'the pod-level AppArmor profile is Unconfined', pod.appArmorProfile.range);
  seLinux(pod, add);

  const windows = workload.os?.toLowerCase() === 'windows';
  for (const c of workload.containers) {
    const sc = c.securityContext;
    const label = containerLabel(c);
    if (sc.hostProcess?.value && sc.hostProcess.source === 'container') add('HostProcess', 'baseline', `${label} runs as a Windows HostProcess container`, sc.hostProcess.range, c);
    if (sc.privileged?.value) add('Privileged Containers', 'baseline', `${label} is privileged`, sc.privileged.range, c);
    for (const cap of sc.capabilities.add) {
      if (!BASELINE_CAPABILITIES.has(cap.name)) add('Capabilities', 'baseline', `${label} adds ${cap.name}`, cap.range, c);
    }
    for (const p of c.ports) if (p.hostPort) add('Host Ports', 'baseline', `${label} binds host port ${p.hostPort}`, p.hostPortRange ?? p.range, c);
    if (sc.appArmorProfile?.value === 'Unconfined' && sc.appArmorProfile.source === 'container') add('AppArmor', 'baseline', `${label} runs without AppArmor (Unconfined)`, sc.appArmorProfile.range, c);
    if (sc.seLinuxType?.source === 'container' || sc.seLinuxUser?.source === 'container' || sc.seLinuxRole?.source === 'container') seLinux(sc, add, c, 'container');
    if (sc.procMount && sc.procMount.value !== 'Default') add('/proc Mount Type', 'baseline', `${label} uses procMount ${sc.procMount.value}`, sc.procMount.range, c);
    if (sc.seccompProfile?.value === 'Unconfined' && sc.seccompProfile.source === 'container') add('Seccomp', 'baseline', `${label} runs without seccomp (Unconfined)`, sc.seccompProfile.range, c);

    // ---- restricted
    if (!windows) {
      if (sc.allowPrivilegeEscalation?.value !== false) add('Privilege Escalation', 'restricted', `${label} does not set allowPrivilegeEscalation: false`, sc.allowPrivilegeEscalation?.range ?? c.anchorRange, c);
      const seccomp = sc.seccompProfile?.value;
      if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost' && seccomp !== 'Unconfined') add('Seccomp', 'restricted', `${label} sets no seccomp profile (RuntimeDefault or Localhost needed)`, sc.seccompProfile?.range ?? c.anchorRange, c);
      if (!sc.capabilities.drop.some((d) => d.name === 'ALL')) add('Capabilities', 'restricted', `${label} does not drop ALL capabilities`, c.anchorRange, c);
      for (const cap of sc.capabilities.add) {
        if (cap.name !== 'NET_BIND_SERVICE' && BASELINE_CAPABILITIES.has(cap.name)) add('Capabilities', 'restricted', `${label} adds ${cap.name} (only NET_BIND_SERVICE is allowed)`, cap.range, c);
      }
    }
    if (sc.runAsNonRoot?.value !== true) add('Running as Non-root', 'restricted', `${label} does not set runAsNonRoot: true (pod or container)`, sc.runAsNonRoot?.range ?? c.anchorRange, c);
    if (sc.runAsUser?.value === 0) add('Running as Non-root user', 'restricted', `${label} runs as uid 0`, sc.runAsUser.range, c);
  }
  if (pod.runAsUser?.value === 0 && !workload.containers.some((c) => c.securityContext.runAsUser?.source === 'pod')) {
    // every container overrides it: still a violation of the pod field itself
    add('Running as Non-root user', 'restricted', 'the pod-level runAsUser is 0', pod.runAsUser.range);
  }
  const level: PodSecurityLevel = v.some((x) => x.level === 'baseline') ? 'privileged' : v.length ? 'baseline' : 'restricted';
  return { level, violations: v };
}

function seLinux(
  sc: Workload['podSecurityContext'],
  add: (control: string, level: PssViolation['level'], message: string, range: Range, c?: WorkloadContainer) => void,
  c?: WorkloadContainer,
  only?: 'container',
): void {
  const who = c ? containerLabel(c) : 'the pod';
  const ok = (s?: { source: string }) => !only || s?.source === only;
  if (sc.seLinuxType && ok(sc.seLinuxType) && !SELINUX_TYPES.has(sc.seLinuxType.value)) add('SELinux', 'baseline', `${who} sets SELinux type ${sc.seLinuxType.value}`, sc.seLinuxType.range, c);
  if (sc.seLinuxUser && ok(sc.seLinuxUser)) add('SELinux', 'baseline', `${who} sets a custom SELinux user`, sc.seLinuxUser.range, c);
  if (sc.seLinuxRole && ok(sc.seLinuxRole)) add('SELinux', 'baseline', `${who} sets a custom SELinux role`, sc.seLinuxRole.range, c);
}
