/**
 * Per-workload isolation profile and verdict: which kernel it runs on, which namespaces it shares with the host,
 * what privileges it holds, which cgroup limits bound it, its Pod Security Standards level — and from that, whether a
 * plain container is fine, needs hardening, or is the wrong boundary (a sandboxed runtime or a VM fits better).
 * Every reason carries the file and line that causes it.
 */
import type { ContainmentConfig } from '../knowledge/config/config';
import { ESCAPE_CAPABILITIES } from '../knowledge/capabilities';
import type {
  IsolationProfile,
  KernelMode,
  Location,
  OsFamily,
  PssLevel,
  Reason,
  RootBasis,
  ReasonCode,
  ReasonWeight,
  Tristate,
} from './model';
import type { Severity } from '../base/model/finding';
import type { Fact, RawContainer, RawWorkload } from '../base/model/workload-facts';
import { cgroupsOf, kernelModeOf, namespacesOf, privilegesOf, uniq, type Privileges, type RootResult } from './isolation-profile';
import { REASON_EN, ROOT_BASIS_EN } from './reason-texts';

export { quantity } from './isolation-profile';

/** What the scanner knows about one container's image (from a linked Dockerfile or from the image name). */
export interface ContainerImageFacts {
  osFamily: OsFamily;
  /** Root by the image's own definition (USER in the Dockerfile or the image default). */
  root: Tristate;
  rootBasis: RootBasis;
  rootLocation?: Location;
  pastEol?: { label: string; location: Location };
  dockerfile?: string;
}

/** Capabilities Pod Security "baseline" allows to add (the container runtime's default set). */
const BASELINE_CAPS = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
const RUNTIME_SOCKETS = /(^|\/)(docker|containerd|crio|cri-dockerd|podman)\.sock$|^\/var\/run\/docker(\.sock)?$|^\/run\/containerd\/?$/;
const MODULE_PATHS = /^\/lib\/modules|^\/usr\/lib\/modules|^\/usr\/src/;
const SENSITIVE_HOST_PATHS = /^(\/(etc|proc|sys|dev|boot|root|home|var\/lib\/(docker|kubelet|containerd)|var\/log|run|var\/run|lib\/modules|usr)(\/|$))|^~|^[A-Za-z]:\\?$/;

/** English reason texts (the JSON model's `message`); the renderer localizes from code + params. */
export const REASON_TEXT = REASON_EN;

export function reason(code: ReasonCode, weight: ReasonWeight, params: Record<string, string>, location?: Location, severity?: Severity): Reason {
  const r: Reason = { code, weight, params, message: REASON_TEXT[code](params), location };
  if (severity) r.severity = severity;
  return r;
}

/** The isolation profile and the hardening reasons; verdict.ts adds the boundary reasons, the verdict and the fit. */
export interface WorkloadAssessment {
  osFamily: OsFamily;
  isolation: IsolationProfile;
  reasons: Reason[];
  /** Host mount that is the container runtime's socket. */
  socket?: Fact<string>;
  /** Host mount of `/` (or a whole Windows drive). */
  rootMount?: Fact<string>;
  /** Host mount of the kernel modules tree. */
  modMount?: Fact<string>;
  /** Runs under gVisor, Kata or Hyper-V isolation. */
  sandboxed: boolean;
}

export function assessWorkload(raw: RawWorkload, images: ContainerImageFacts[], config: ContainmentConfig): WorkloadAssessment {
  const containers = raw.containers;
  const isK8s = raw.platform === 'kubernetes';
  const osFamily: OsFamily = images.some((i) => i.osFamily === 'windows') ? 'windows' : images.some((i) => i.osFamily === 'linux') ? 'linux' : 'unknown';
  const kernelMode = kernelModeOf(raw, osFamily, config);
  const sandboxed = kernelMode === 'user-space-kernel' || kernelMode === 'guest-kernel' || kernelMode === 'windows-hyperv';
  const { namespaces: ns, rootMount } = namespacesOf(raw);
  const root = rootOf(raw, images);
  const privileges = privilegesOf(raw, root);
  const { cgroups, counted, allHave } = cgroupsOf(raw);
  const level = isK8s ? pssLevel(raw, root.value) : undefined;
  // settings not followed could only add violations: a level below "privileged" is then not known
  const pss = level !== 'privileged' && containers.some((c) => c.unknown?.securityContext) ? undefined : level;
  const isolation: IsolationProfile = {
    kernel: { mode: kernelMode, runtime: raw.runtime?.value, location: raw.runtime?.location ?? raw.windowsIsolation?.location },
    namespaces: ns,
    privileges: privileges.profile,
    cgroups,
    pss,
  };
  const socket = raw.hostMounts.find((m) => RUNTIME_SOCKETS.test(m.value));
  const modMount = raw.hostMounts.find((m) => MODULE_PATHS.test(m.value));
  const facts: AssessedFacts = { raw, images, isolation, osFamily, root, privileges, socket, rootMount };
  const reasons = hardeningReasons(facts);
  pushLimitReasons(reasons, raw, counted, config, allHave);
  pushImageReasons(reasons, images);
  reasons.push(...helpingReasons(facts));
  return { osFamily, isolation, reasons, socket, rootMount, modMount, sandboxed };
}

interface AssessedFacts {
  raw: RawWorkload;
  images: ContainerImageFacts[];
  isolation: IsolationProfile;
  osFamily: OsFamily;
  root: RootResult;
  privileges: Privileges;
  socket?: Fact<string>;
  rootMount?: Fact<string>;
}

/** The reasons to harden (the boundary reasons are decided in verdict.ts). */
function hardeningReasons(facts: AssessedFacts): Reason[] {
  const { raw, isolation, osFamily, root, socket, rootMount } = facts;
  const { privileged, addedCaps, escalation, unconfined } = facts.privileges;
  const ns = isolation.namespaces;
  const containers = raw.containers;
  const isK8s = raw.platform === 'kubernetes';
  const reasons: Reason[] = [];
  const kernelMode = isolation.kernel.mode;
  const kernelWord = kernelWordOf(kernelMode);
  const inSandbox = kernelWord !== 'shared';
  const capsOf = new Set(addedCaps);
  // privileged + hostPID on the shared kernel is host root (verdict.ts); inside gVisor or Kata hostPID reaches no host process
  const hostRoot = !!privileged && !!raw.hostPID?.value && !inSandbox;
  if (privileged && !hostRoot) reasons.push(reason('privileged', 'harden', { kernel: kernelWord }, privileged.location, 'error'));
  const ptrace = privileged || capsOf.has('SYS_PTRACE') || capsOf.has('SYS_ADMIN') || capsOf.has('ALL');
  if (ns.pid.state === 'shared') reasons.push(reason('host-pid', privileged || inSandbox ? 'info' : 'harden', { why: ns.pid.why, ptrace: ptrace ? 'yes' : 'no', kernel: kernelWord }, ns.pid.location));
  if (ns.network.state === 'shared') reasons.push(reason('host-network', 'harden', { why: ns.network.why }, ns.network.location));
  if (ns.ipc.state === 'shared') reasons.push(reason('host-ipc', inSandbox ? 'info' : 'harden', { why: ns.ipc.why, kernel: kernelWord }, ns.ipc.location));
  const sysAdmin = privileged || capsOf.has('SYS_ADMIN') || capsOf.has('ALL');
  if (raw.hostUTS?.value) reasons.push(reason('host-uts', 'harden', { why: ns.uts.why, sysadmin: sysAdmin ? 'yes' : 'no' }, ns.uts.location));
  if (raw.userNamespace?.value === 'host' && !isK8s) reasons.push(reason('host-userns', 'info', { why: ns.user.why }, ns.user.location));
  for (const m of raw.hostMounts) {
    // the kernel tree mounts (modules, headers) are judged with the kernel-modules reason
    if (m === socket || m === rootMount || MODULE_PATHS.test(m.value)) continue;
    if (isK8s || SENSITIVE_HOST_PATHS.test(m.value)) reasons.push(reason('host-path', 'harden', { path: m.value }, m.location));
  }
  const whyParams = { why: root.why, basis: root.basis.code, kernel: kernelWord, ...Object.fromEntries(Object.entries(root.basis.params).map(([k, v]) => [`b_${k}`, v])) };
  if (root.value === 'yes' && osFamily !== 'windows') reasons.push(reason('runs-as-root', inSandbox ? 'info' : 'harden', whyParams, root.location));
  else if (root.value === 'unknown' && osFamily !== 'windows') reasons.push(reason('may-run-as-root', inSandbox ? 'info' : 'harden', whyParams, root.location));
  const extraCaps = containers.flatMap((c) => c.capsAdd).filter((c) => !BASELINE_CAPS.has(c.value) && c.value !== 'SYS_MODULE' && c.value !== 'ALL');
  const allCaps = containers.flatMap((c) => c.capsAdd).find((c) => c.value === 'ALL');
  if ((extraCaps.length || allCaps) && !privileged) {
    const caps = uniq([...(allCaps ? ['ALL'] : []), ...extraCaps.map((c) => c.value)]);
    reasons.push(reason('dangerous-caps', 'harden', { caps: caps.join(', ') }, (allCaps ?? extraCaps[0]).location, caps.some((c) => ESCAPE_CAPABILITIES.has(c)) ? 'error' : 'warning'));
  }
  if (escalation && !privileged) reasons.push(reason('privilege-escalation', 'harden', {}, escalation.location));
  if (unconfined && !privileged) reasons.push(reason('seccomp-unconfined', 'harden', {}, unconfined.location));
  return reasons;
}

/** A base image past its end of life, once per release. */
function pushImageReasons(reasons: Reason[], images: ContainerImageFacts[]): void {
  for (const img of images) {
    if (img.pastEol && !reasons.some((r) => r.code === 'eol-base-image' && r.params.label === img.pastEol!.label)) {
      reasons.push(reason('eol-base-image', 'harden', { label: img.pastEol.label }, img.pastEol.location));
    }
  }
}

/** The Linux sandbox a workload's containers run in (the reason texts' `kernel` parameter); `shared` for none. */
function kernelWordOf(mode: KernelMode): 'gvisor' | 'kata' | 'shared' {
  return mode === 'user-space-kernel' ? 'gvisor' : mode === 'guest-kernel' ? 'kata' : 'shared';
}

/** What already helps: a sandboxed runtime, Hyper-V isolation, a user namespace, Pod Security "restricted". */
function helpingReasons(facts: AssessedFacts): Reason[] {
  const { raw, isolation } = facts;
  const kernelMode = isolation.kernel.mode;
  const kernelWord = kernelWordOf(kernelMode);
  const out: Reason[] = [];
  if (kernelWord !== 'shared') out.push(reason('sandboxed-runtime', 'good', { runtime: raw.runtime?.value ?? '', kernel: kernelWord }, raw.runtime?.location));
  if (kernelMode === 'windows-hyperv') out.push(reason('hyperv-isolation', 'good', {}, raw.windowsIsolation?.location));
  if (isolation.namespaces.user.state === 'isolated') out.push(reason('user-namespace', 'good', {}, isolation.namespaces.user.location));
  if (isolation.pss === 'restricted') out.push(reason('restricted', 'good', {}, raw.location));
  return out;
}

function pushLimitReasons(reasons: Reason[], raw: RawWorkload, counted: RawContainer[], config: ContainmentConfig, allHave: (f: (c: RawContainer) => Fact<string> | undefined) => boolean): void {
  const isK8s = raw.platform === 'kubernetes';
  if (raw.platform === 'docker') {
    reasons.push(reason('limits-at-run-time', 'info', {}, raw.location));
    return;
  }
  const noMem = counted.filter((c) => !c.memoryLimit && !c.unknown?.resources);
  if (noMem.length && config.policy.memoryLimits) reasons.push(reason('no-memory-limit', 'harden', { containers: noMem.map((c) => c.name).join(', ') }, noMem[0].resourcesLocation ?? noMem[0].location));
  if (isK8s && config.policy.cpuRequests) {
    const noCpu = counted.filter((c) => !(c.cpuRequest ?? c.cpuLimit) && !c.unknown?.resources);
    if (noCpu.length) reasons.push(reason('no-cpu-request', 'harden', { containers: noCpu.map((c) => c.name).join(', ') }, noCpu[0].resourcesLocation ?? noCpu[0].location));
  }
  if (!isK8s && config.policy.cpuLimits) {
    const noCpu = counted.filter((c) => !c.cpuLimit);
    if (noCpu.length) reasons.push(reason('no-cpu-limit', 'harden', { containers: noCpu.map((c) => c.name).join(', ') }, noCpu[0].location));
  }
  if (!isK8s && config.policy.pidsLimit && !allHave((c) => c.pidsLimit)) reasons.push(reason('no-pids-limit', 'harden', {}, raw.location));
}

/** How much fixing a reason changes (used to order "what to do next"). */
export const IMPACT: Record<ReasonCode, number> = {
  'host-root-equivalent': 100,
  'container-runtime-socket': 95,
  'host-root-mount': 94,
  'kernel-modules': 92,
  'untrusted-code': 90,
  'untrusted-role': 89,
  'untrusted-needs-host': 91,
  'isolation-label': 87,
  'node-agent': 80,
  'ebpf-probe': 78,
  'linux-vm-host': 5,
  gpu: 10,
  'host-devices': 63,
  'node-sysctl': 12,
  'windows-on-linux': 88,
  privileged: 85,
  'host-pid': 70,
  'dangerous-caps': 66,
  'host-network': 64,
  'host-path': 62,
  'host-ipc': 60,
  'runs-as-root': 55,
  'seccomp-unconfined': 52,
  'no-memory-limit': 50,
  'eol-base-image': 48,
  'may-run-as-root': 45,
  'privilege-escalation': 42,
  'host-uts': 40,
  'no-cpu-request': 35,
  'no-cpu-limit': 25,
  'rule-finding': 30,
  'no-pids-limit': 20,
  'limits-at-run-time': 18,
  'host-userns': 15,
  'sandboxed-runtime': 0,
  'hyperv-isolation': 0,
  'user-namespace': 0,
  restricted: 0,
};


function rootResult(value: Tristate, basis: RootBasis, location?: Location): RootResult {
  return { value, why: ROOT_BASIS_EN(basis.code, basis.params), basis, location };
}

function rootOf(raw: RawWorkload, images: ContainerImageFacts[]): RootResult {
  const results = raw.containers.map((c, i) => containerRoot(raw, c, images[i]));
  return results.find((r) => r.value === 'yes') ?? results.find((r) => r.value === 'unknown') ?? results[0] ?? rootResult('unknown', { code: 'none', params: {} });
}

function containerRoot(raw: RawWorkload, c: RawContainer, img: ContainerImageFacts | undefined): RootResult {
  const isK8s = raw.platform === 'kubernetes';
  const uid = c.runAsUser ?? raw.pod.runAsUser;
  if (uid) {
    const rootUser = /^(0|root)$/i.test(uid.value);
    return rootResult(rootUser ? 'yes' : 'no', { code: 'field', params: { field: isK8s ? 'runAsUser' : 'user', value: uid.value } }, uid.location);
  }
  const nonRoot = c.runAsNonRoot ?? raw.pod.runAsNonRoot;
  if (nonRoot?.value) return rootResult('no', { code: 'field', params: { field: 'runAsNonRoot', value: 'true' } }, nonRoot.location);
  if (c.unknown?.securityContext) return rootResult('unknown', { code: 'not-followed', params: {} }, c.location);
  if (img) return rootResult(img.root, img.rootBasis, img.rootLocation);
  return rootResult('unknown', { code: 'image-unknown', params: { image: c.image || '?' } }, c.imageLocation);
}

function pssLevel(raw: RawWorkload, root: Tristate): PssLevel {
  const cs = raw.containers;
  const baselineViolation =
    !!raw.hostPID?.value ||
    !!raw.hostNetwork?.value ||
    !!raw.hostIPC?.value ||
    raw.hostMounts.length > 0 ||
    cs.some((c) => c.privileged?.value || c.hostPorts.length > 0 || c.capsAdd.some((cap) => !BASELINE_CAPS.has(cap.value))) ||
    [raw.pod.seccomp, ...cs.map((c) => c.seccomp)].some((s) => s && /^unconfined$/i.test(s.value)) ||
    raw.windowsIsolation?.value === 'hostProcess';
  if (baselineViolation) return 'privileged';
  const podSeccompOk = !!raw.pod.seccomp && /^(runtimedefault|localhost)$/i.test(raw.pod.seccomp.value);
  const restricted =
    raw.otherVolumeTypes.length === 0 &&
    root === 'no' &&
    cs.every((c) => (c.runAsNonRoot?.value ?? raw.pod.runAsNonRoot?.value) === true || (c.runAsUser ?? raw.pod.runAsUser)?.value.match(/^[1-9]\d*$/)) &&
    cs.every((c) => !/^0$/.test((c.runAsUser ?? raw.pod.runAsUser)?.value ?? '')) &&
    cs.every((c) => c.allowPrivilegeEscalation?.value === false) &&
    cs.every((c) => c.dropAll && c.capsAdd.every((cap) => cap.value === 'NET_BIND_SERVICE')) &&
    cs.every((c) => (c.seccomp ? /^(runtimedefault|localhost)$/i.test(c.seccomp.value) : podSeccompOk));
  return restricted ? 'restricted' : 'baseline';
}

