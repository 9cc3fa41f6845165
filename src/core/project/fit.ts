/**
 * The runtime fit matrix: for one workload, how runc, gVisor, Kata, a Firecracker microVM and a full VM would suit it
 * (yes / caveat / no), each answer with reasons taken from the workload's own facts, plus the typical cost side
 * (start-up, memory overhead, overhead relative to the workload's memory limit).
 */
import type { FitCell, FitCode, FitCost, FitLevel, FitMatrix, FitReason, IsolationProfile, Location, OsFamily, RuntimeId } from './model';
import { RUNTIMES } from './model';
import { FIT_REASON_EN } from './reason-texts';
import { quantity } from './isolation';
import type { RawWorkload } from '../base/model/workload-facts';
import { NODE_AGENT_ROLES, type WorkloadTraits } from './traits';

export interface FitInput {
  raw: RawWorkload;
  isolation: IsolationProfile;
  traits: WorkloadTraits;
  osFamily: OsFamily;
  hostOs: 'linux' | 'windows';
  /** Host mount that is the container runtime's socket. */
  socket?: { value: string; location: Location };
  untrusted: boolean;
  /** The workload is a node agent (its job is to watch or manage the node). */
  nodeAgent: boolean;
}

/** Typical figures: container start in milliseconds; microVMs ~100–200 ms; full VMs boot an OS. */
const BASE_COST: Record<RuntimeId, Omit<FitCost, 'overheadPctOfLimit'>> = {
  runc: { startupMs: [5, 300], overheadMiB: [0, 5] },
  gvisor: { startupMs: [100, 500], overheadMiB: [15, 50] },
  kata: { startupMs: [150, 1000], overheadMiB: [60, 160] },
  firecracker: { startupMs: [100, 200], overheadMiB: [5, 40] },
  vm: { startupMs: [5000, 60000], overheadMiB: [256, 1024] },
};

const LEVEL_RANK: Record<FitLevel, number> = { yes: 0, caveat: 1, no: 2 };

export function fitMatrix(input: FitInput): FitMatrix {
  const per: Record<RuntimeId, FitReason[]> = { runc: [], gvisor: [], kata: [], firecracker: [], vm: [] };
  const add = (rt: RuntimeId, code: FitCode, level: FitLevel, location?: Location, params: Record<string, string> = {}) => {
    per[rt].push({ code, level, params, location, message: FIT_REASON_EN(rt, code, params) });
  };
  addFacts(input, add);
  const limit = memoryLimitMiB(input.isolation.cgroups.memoryLimit);
  const matrix = {} as FitMatrix;
  for (const rt of RUNTIMES) {
    const reasons = per[rt].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
    const level = reasons.reduce<FitLevel>((worst, r) => (LEVEL_RANK[r.level] > LEVEL_RANK[worst] ? r.level : worst), 'yes');
    const base = BASE_COST[rt];
    const cost: FitCost = { startupMs: [...base.startupMs], overheadMiB: [...base.overheadMiB] };
    if (limit) cost.overheadPctOfLimit = [Math.round((100 * base.overheadMiB[0]) / limit), Math.round((100 * base.overheadMiB[1]) / limit)];
    matrix[rt] = { level, reasons, cost } satisfies FitCell;
  }
  return matrix;
}

type Add = (rt: RuntimeId, code: FitCode, level: FitLevel, location?: Location, params?: Record<string, string>) => void;

type Levels = Partial<Record<RuntimeId, FitLevel>>;

/** One reason for several runtimes at once, each at its own level. */
function addFor(add: Add, code: FitCode, levels: Levels, location?: Location, params?: Record<string, string>): void {
  for (const [rt, level] of Object.entries(levels) as Array<[RuntimeId, FitLevel]>) add(rt, code, level, location, params);
}

const SANDBOXES: RuntimeId[] = ['gvisor', 'kata', 'firecracker'];
const ALL_NO = (level: FitLevel, vm?: FitLevel): Levels => ({ gvisor: level, kata: level, firecracker: level, ...(vm ? { vm } : {}) });

function addFacts(input: FitInput, add: Add): void {
  if (input.osFamily === 'windows') {
    if (input.hostOs === 'linux') add('runc', 'windows-image', 'no', input.raw.location);
    for (const rt of SANDBOXES) add(rt, 'windows-image', 'no', input.raw.location);
    add('vm', 'windows-host', 'yes', input.raw.location);
    return;
  }
  addHostAccess(input, add);
  addKernelNeeds(input, add);
  addRuntimeFacts(input, add);
}

/** Host namespaces, the runtime socket, host paths and devices: what a sandbox or VM cannot hand through. */
function addHostAccess(input: FitInput, add: Add): void {
  const { raw, isolation, traits } = input;
  const hostNs = (['pid', 'network', 'ipc'] as const).filter((n) => isolation.namespaces[n].state === 'shared');
  if (input.nodeAgent || (traits.role && NODE_AGENT_ROLES.has(traits.role.role))) {
    const where = traits.role?.location ?? input.socket?.location ?? isolation.namespaces[hostNs[0] ?? 'pid'].location ?? raw.location;
    addFor(add, 'node-agent', ALL_NO('no', 'no'), where);
  } else if (hostNs.length) {
    addFor(add, 'host-namespaces', ALL_NO('no', 'caveat'), isolation.namespaces[hostNs[0]].location, { ns: hostNs.join(', ') });
  }
  if (input.socket) addFor(add, 'runtime-socket', ALL_NO('no', 'caveat'), input.socket.location, { path: input.socket.value });
  // the modules tree is covered by kernel-modules (a VM or guest kernel brings its own)
  const paths = raw.hostMounts.filter((m) => m.value !== input.socket?.value && !/^\/dev(\/|$)/.test(m.value) && !/^\/(usr\/)?lib\/modules/.test(m.value));
  if (paths.length) addFor(add, 'host-paths', { gvisor: 'caveat', kata: 'caveat', firecracker: 'no', vm: 'caveat' }, paths[0].location, { path: paths.map((m) => m.value).join(', ') });
  const devices = traits.devices;
  if (devices.length) addFor(add, 'host-devices', { gvisor: 'no', kata: 'caveat', firecracker: 'no', vm: 'caveat' }, devices[0].location, { devices: devices.map((d) => d.value).join(', ') });
}

/** GPUs, kernel modules, eBPF, privileged mode and I/O-heavy databases: what each kernel boundary changes. */
function addKernelNeeds(input: FitInput, add: Add): void {
  const { raw, isolation, traits } = input;
  if (traits.gpu) addFor(add, 'gpu', { gvisor: 'caveat', kata: 'caveat', firecracker: 'no', vm: 'caveat' }, traits.gpu.location, { gpu: traits.gpu.value });
  if (traits.kernelModules) {
    addFor(add, 'kernel-modules', { runc: 'caveat', gvisor: 'no', kata: 'caveat', firecracker: 'caveat' }, traits.kernelModules.location, { what: traits.kernelModules.value });
  }
  if (traits.ebpf && !input.nodeAgent) addFor(add, 'ebpf', { gvisor: 'no', kata: 'caveat', firecracker: 'caveat' }, traits.ebpf.location, { what: traits.ebpf.value });
  if (isolation.privileges.privileged) {
    addFor(add, 'privileged', { gvisor: 'no', kata: 'caveat', firecracker: 'caveat' }, raw.containers.find((c) => c.privileged?.value)?.privileged?.location);
  }
  if (traits.role?.role === 'database') addFor(add, 'io-heavy', { gvisor: 'caveat', kata: 'caveat' }, traits.role.location, { what: traits.role.what });
  if (input.untrusted) add('runc', 'untrusted-shared-kernel', 'caveat', raw.untrusted?.location ?? traits.role?.location ?? raw.location);
}

/** The sandbox it already runs in, and what Kata/Firecracker need from the node. */
function addRuntimeFacts(input: FitInput, add: Add): void {
  const { raw, isolation } = input;
  const runtime = isolation.kernel.runtime;
  if (runtime && isolation.kernel.mode !== 'shared') {
    const current: RuntimeId = isolation.kernel.mode === 'user-space-kernel' ? 'gvisor' : /fc|firecracker/i.test(runtime) ? 'firecracker' : 'kata';
    add(current, 'current-runtime', 'yes', isolation.kernel.location, { runtime });
  }
  if (!(runtime && isolation.kernel.mode === 'guest-kernel')) addFor(add, 'needs-kvm', { kata: 'caveat', firecracker: 'caveat' }, undefined);
  if (raw.platform === 'kubernetes') add('firecracker', 'no-k8s-integration', 'caveat', undefined);
}

function memoryLimitMiB(limit: string | undefined): number | undefined {
  if (!limit || limit.includes(',')) return undefined;
  const compose = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)b?\s*$/i.exec(limit);
  const bytes = compose ? parseFloat(compose[1]) * ({ '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 } as Record<string, number>)[compose[2].toLowerCase()] : quantity(limit);
  return Number.isFinite(bytes) && bytes > 0 ? bytes / 1024 ** 2 : undefined;
}
