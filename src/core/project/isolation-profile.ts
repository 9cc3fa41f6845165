/**
 * The rows of a workload's isolation profile, read from its facts: the kernel it runs on, the namespaces it shares
 * with the host, its privileges and its cgroup values. isolation.ts judges them into reasons.
 */
import { matchesRuntime, type ContainmentConfig } from '../knowledge/config/config';
import type { Fact, RawContainer, RawWorkload } from '../base/model/workload-facts';
import type { IsolationProfile, KernelMode, Location, NamespaceName, NamespaceStatus, OsFamily, QosClass, RootBasis, Tristate } from './model';

/** Who a workload runs as, why, and where that is decided. */
export type RootResult = { value: Tristate; why: string; basis: RootBasis; location?: Location };

/** The kernel a workload's containers run on: the host's, gVisor's, a Kata guest's, or Windows' (process or Hyper-V). */
export function kernelModeOf(raw: RawWorkload, osFamily: OsFamily, config: ContainmentConfig): KernelMode {
  const runtime = raw.runtime?.value;
  if (osFamily === 'windows') return raw.windowsIsolation && /hyperv/i.test(raw.windowsIsolation.value) ? 'windows-hyperv' : 'windows-process';
  if (runtime && matchesRuntime(config.sandboxRuntimes, runtime)) return /gvisor|runsc/i.test(runtime) ? 'user-space-kernel' : 'guest-kernel';
  return 'shared';
}

/** Which of the six namespaces a workload shares with the host, with the setting that shares each. */
export function namespacesOf(raw: RawWorkload): { namespaces: Record<NamespaceName, NamespaceStatus>; rootMount?: Fact<string> } {
  const isK8s = raw.platform === 'kubernetes';
  const ns = {} as Record<NamespaceName, NamespaceStatus>;
  const isolated = (why = 'default'): NamespaceStatus => ({ state: 'isolated', why });
  const key = (k8s: string, compose: string) => (isK8s ? k8s : compose);
  ns.pid = raw.hostPID?.value
    ? { state: 'shared', why: key('hostPID: true', 'pid: host'), location: raw.hostPID.location }
    : raw.shareProcessNamespace?.value
      ? { state: 'partial', why: key('shareProcessNamespace: true', 'pid: service'), location: raw.shareProcessNamespace.location }
      : isolated();
  ns.network = raw.hostNetwork?.value
    ? { state: 'shared', why: key('hostNetwork: true', 'network_mode: host'), location: raw.hostNetwork.location }
    : raw.networkSharedWith
      ? { state: 'partial', why: `network_mode: ${raw.networkSharedWith.value}`, location: raw.networkSharedWith.location }
      : raw.networkNone
        ? { state: 'isolated', why: 'network_mode: none', location: raw.networkNone.location }
        : isolated();
  const rootMount = raw.hostMounts.find((m) => /^\/+$/.test(m.value) || /^[A-Za-z]:\\?$/.test(m.value));
  ns.mount = rootMount
    ? { state: 'shared', why: `${key('hostPath', 'bind')} ${rootMount.value}`, location: rootMount.location }
    : raw.hostMounts.length
      ? { state: 'partial', why: raw.hostMounts.map((m) => `${key('hostPath', 'bind')} ${m.value}`).join(', '), location: raw.hostMounts[0].location }
      : isolated();
  ns.ipc = raw.hostIPC?.value ? { state: 'shared', why: key('hostIPC: true', 'ipc: host'), location: raw.hostIPC.location } : isolated();
  ns.uts = raw.hostUTS?.value
    ? { state: 'shared', why: 'uts: host', location: raw.hostUTS.location }
    : isK8s && raw.hostNetwork?.value
      ? { state: 'shared', why: 'hostNetwork: true', location: raw.hostNetwork.location }
      : isolated();
  ns.user =
    raw.userNamespace?.value === 'private'
      ? { state: 'isolated', why: key('hostUsers: false', 'userns_mode'), location: raw.userNamespace.location }
      : raw.userNamespace?.value === 'host'
        ? { state: 'shared', why: key('hostUsers: true', 'userns_mode: host'), location: raw.userNamespace.location }
        : { state: 'shared', why: 'default' };

  return { namespaces: ns, rootMount };
}

export interface Privileges {
  profile: IsolationProfile['privileges'];
  privileged?: Fact<boolean>;
  addedCaps: string[];
  escalation?: Fact<boolean>;
  unconfined?: Fact<string>;
}

/** Root, privileged mode, capabilities, privilege escalation and seccomp, over all of the workload's containers. */
export function privilegesOf(raw: RawWorkload, root: RootResult): Privileges {
  const containers = raw.containers;
  const privileged = containers.find((c) => c.privileged?.value)?.privileged;
  const addedCaps = uniq(containers.flatMap((c) => c.capsAdd.map((f) => f.value)));
  const escalation = containers.find((c) => c.allowPrivilegeEscalation?.value)?.allowPrivilegeEscalation;
  const allNoEscalation = containers.length > 0 && containers.every((c) => c.allowPrivilegeEscalation?.value === false);
  const seccompFacts = [raw.pod.seccomp, ...containers.map((c) => c.seccomp)].filter(Boolean) as Array<Fact<string>>;
  const unconfined = seccompFacts.find((s) => /^unconfined$/i.test(s.value));
  const seccomp: IsolationProfile['privileges']['seccomp'] = privileged || unconfined
    ? 'unconfined' // privileged switches seccomp off, whatever the profile says
    : seccompFacts.some((s) => /^runtimedefault$/i.test(s.value))
      ? 'runtime-default'
      : seccompFacts.some((s) => /^localhost$/i.test(s.value))
        ? 'localhost'
        : raw.platform === 'kubernetes'
          ? 'unset'
          : 'runtime-default'; // Docker applies its default profile unless told otherwise
  const profile: IsolationProfile['privileges'] = {
    root: root.value,
    rootWhy: root.why,
    rootBasis: root.basis,
    rootLocation: root.location,
    privileged: !!privileged,
    addedCaps,
    droppedAll: containers.length > 0 && containers.every((c) => c.dropAll),
    allowPrivilegeEscalation: escalation ? true : allNoEscalation ? false : undefined,
    seccomp,
    readOnlyRootFilesystem: containers.length > 0 && containers.every((c) => c.readOnlyRootFilesystem),
  };
  return { profile, privileged, addedCaps, escalation, unconfined };
}

/** The cgroup values the main containers (all, when there are only init containers) set, and the pod's QoS class. */
export function cgroupsOf(raw: RawWorkload): { cgroups: IsolationProfile['cgroups']; counted: RawContainer[]; allHave: (f: (c: RawContainer) => Fact<string> | undefined) => boolean } {
  const containers = raw.containers;
  const isK8s = raw.platform === 'kubernetes';
  const main = containers.filter((c) => !c.init);
  const counted = main.length ? main : containers;
  const allHave = (f: (c: RawContainer) => Fact<string> | undefined) => counted.length > 0 && counted.every((c) => f(c));
  const joined = (f: (c: RawContainer) => Fact<string> | undefined) => (allHave(f) ? uniq(counted.map((c) => f(c)!.value)).join(', ') : undefined);
  const cgroups: IsolationProfile['cgroups'] = {
    memoryLimit: joined((c) => c.memoryLimit),
    memoryRequest: joined((c) => c.memoryRequest ?? (isK8s ? c.memoryLimit : undefined)),
    cpuRequest: joined((c) => c.cpuRequest ?? (isK8s ? c.cpuLimit : undefined)),
    cpuLimit: joined((c) => c.cpuLimit),
    pidsLimit: joined((c) => c.pidsLimit),
  };
  const locations = cgroupLocations(counted, cgroups, isK8s);
  if (locations) cgroups.locations = locations;
  // a container whose resources a chart writes through something not followed has a QoS class no one can tell
  if (isK8s && !containers.some((c) => c.unknown?.resources)) cgroups.qos = qosClass(containers);
  if (raw.platform === 'docker') cgroups.decidedAtRunTime = true;
  return { cgroups, counted, allHave };
}

/** Where each cgroup value shown is set: the first container's setting (a Kubernetes CPU limit stands for the request). */
function cgroupLocations(counted: RawContainer[], cgroups: IsolationProfile['cgroups'], isK8s: boolean): IsolationProfile['cgroups']['locations'] {
  const first = counted[0];
  if (!first) return undefined;
  const out: NonNullable<IsolationProfile['cgroups']['locations']> = {};
  if (cgroups.memoryLimit && first.memoryLimit) out.memoryLimit = first.memoryLimit.location;
  const cpuRequest = first.cpuRequest ?? (isK8s ? first.cpuLimit : undefined);
  if (cgroups.cpuRequest && cpuRequest) out.cpuRequest = cpuRequest.location;
  if (cgroups.cpuLimit && first.cpuLimit) out.cpuLimit = first.cpuLimit.location;
  return Object.keys(out).length ? out : undefined;
}

/** Missing limits, only for the policies that are switched on (CPU limits and pids limits are opt-in). */
function qosClass(cs: RawContainer[]): QosClass {
  const any = cs.some((c) => c.memoryLimit || c.memoryRequest || c.cpuLimit || c.cpuRequest);
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => {
    if (!c.memoryLimit || !c.cpuLimit) return false;
    const memReq = c.memoryRequest ?? c.memoryLimit;
    const cpuReq = c.cpuRequest ?? c.cpuLimit;
    return quantity(memReq.value) === quantity(c.memoryLimit.value) && quantity(cpuReq.value) === quantity(c.cpuLimit.value);
  });
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

const SUFFIX: Record<string, number> = { m: 1e-3, '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4 };

/** Kubernetes quantity → number (NaN when unreadable). */
export function quantity(text: string): number {
  const m = /^\s*([0-9.]+)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m || !(m[2] in SUFFIX)) return NaN;
  return parseFloat(m[1]) * SUFFIX[m[2]];
}

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
