/**
 * The runtime fit matrix: for one workload, how runc, gVisor, Kata, a Firecracker microVM and a full VM would suit it
 * (yes / caveat / no), each answer with reasons taken from the workload's own facts, plus the typical cost side
 * (start-up, memory overhead, overhead relative to the workload's memory limit).
 */
import type { FitCell, FitCode, FitCost, FitLevel, FitMatrix, FitReason, IsolationProfile, Location, OsFamily, RuntimeId } from './model';
import { RUNTIMES } from './model';
import { STRINGS } from '../report/strings';
import { quantity } from './isolation';
import type { RawWorkload } from './sources/types';
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
    per[rt].push({ code, level, params, location, message: STRINGS.en.fit.reason(rt, code, params) });
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

function addFacts(input: FitInput, add: Add): void {
  const { raw, isolation, traits } = input;
  const sandboxes: RuntimeId[] = ['gvisor', 'kata', 'firecracker'];
  if (input.osFamily === 'windows') {
    if (input.hostOs === 'linux') add('runc', 'windows-image', 'no', raw.location);
    for (const rt of sandboxes) add(rt, 'windows-image', 'no', raw.location);
    add('vm', 'windows-host', 'yes', raw.location);
    return;
  }
  const hostNs = (['pid', 'network', 'ipc'] as const).filter((n) => isolation.namespaces[n].state === 'shared');
  if (input.nodeAgent || (traits.role && NODE_AGENT_ROLES.has(traits.role.role))) {
    const where = traits.role?.location ?? input.socket?.location ?? isolation.namespaces[hostNs[0] ?? 'pid'].location ?? raw.location;
    for (const rt of [...sandboxes, 'vm'] as RuntimeId[]) add(rt, 'node-agent', 'no', where);
  } else if (hostNs.length) {
    const where = isolation.namespaces[hostNs[0]].location;
    for (const rt of sandboxes) add(rt, 'host-namespaces', 'no', where, { ns: hostNs.join(', ') });
    add('vm', 'host-namespaces', 'caveat', where, { ns: hostNs.join(', ') });
  }
  if (input.socket) {
    for (const rt of sandboxes) add(rt, 'runtime-socket', 'no', input.socket.location, { path: input.socket.value });
    add('vm', 'runtime-socket', 'caveat', input.socket.location, { path: input.socket.value });
  }
  // the modules tree is covered by kernel-modules (a VM or guest kernel brings its own)
  const paths = raw.hostMounts.filter((m) => m.value !== input.socket?.value && !/^\/dev(\/|$)/.test(m.value) && !/^\/(usr\/)?lib\/modules/.test(m.value));
  if (paths.length) {
    const p = { path: paths.map((m) => m.value).join(', ') };
    add('gvisor', 'host-paths', 'caveat', paths[0].location, p);
    add('kata', 'host-paths', 'caveat', paths[0].location, p);
    add('firecracker', 'host-paths', 'no', paths[0].location, p);
    add('vm', 'host-paths', 'caveat', paths[0].location, p);
  }
  const devices = traits.devices;
  if (devices.length) {
    const p = { devices: devices.map((d) => d.value).join(', ') };
    add('gvisor', 'host-devices', 'no', devices[0].location, p);
    add('kata', 'host-devices', 'caveat', devices[0].location, p);
    add('firecracker', 'host-devices', 'no', devices[0].location, p);
    add('vm', 'host-devices', 'caveat', devices[0].location, p);
  }
  if (traits.gpu) {
    const p = { gpu: traits.gpu.value };
    add('gvisor', 'gpu', 'caveat', traits.gpu.location, p);
    add('kata', 'gpu', 'caveat', traits.gpu.location, p);
    add('firecracker', 'gpu', 'no', traits.gpu.location, p);
    add('vm', 'gpu', 'caveat', traits.gpu.location, p);
  }
  if (traits.kernelModules) {
    const p = { what: traits.kernelModules.value };
    add('runc', 'kernel-modules', 'caveat', traits.kernelModules.location, p);
    add('gvisor', 'kernel-modules', 'no', traits.kernelModules.location, p);
    add('kata', 'kernel-modules', 'caveat', traits.kernelModules.location, p);
    add('firecracker', 'kernel-modules', 'caveat', traits.kernelModules.location, p);
  }
  if (traits.ebpf && !input.nodeAgent) {
    const p = { what: traits.ebpf.value };
    add('gvisor', 'ebpf', 'no', traits.ebpf.location, p);
    add('kata', 'ebpf', 'caveat', traits.ebpf.location, p);
    add('firecracker', 'ebpf', 'caveat', traits.ebpf.location, p);
  }
  if (isolation.privileges.privileged) {
    const where = raw.containers.find((c) => c.privileged?.value)?.privileged?.location;
    add('gvisor', 'privileged', 'no', where);
    add('kata', 'privileged', 'caveat', where);
    add('firecracker', 'privileged', 'caveat', where);
  }
  if (traits.role?.role === 'database') {
    add('gvisor', 'io-heavy', 'caveat', traits.role.location, { what: traits.role.what });
    add('kata', 'io-heavy', 'caveat', traits.role.location, { what: traits.role.what });
  }
  if (input.untrusted) add('runc', 'untrusted-shared-kernel', 'caveat', raw.untrusted?.location ?? traits.role?.location ?? raw.location);
  const runtime = isolation.kernel.runtime;
  if (runtime && isolation.kernel.mode !== 'shared') {
    const current: RuntimeId = isolation.kernel.mode === 'user-space-kernel' ? 'gvisor' : /fc|firecracker/i.test(runtime) ? 'firecracker' : 'kata';
    add(current, 'current-runtime', 'yes', isolation.kernel.location, { runtime });
  }
  if (!(runtime && isolation.kernel.mode === 'guest-kernel')) {
    add('kata', 'needs-kvm', 'caveat', undefined);
    add('firecracker', 'needs-kvm', 'caveat', undefined);
  }
  if (raw.platform === 'kubernetes') add('firecracker', 'no-k8s-integration', 'caveat', undefined);
}

function memoryLimitMiB(limit: string | undefined): number | undefined {
  if (!limit || limit.includes(',')) return undefined;
  const compose = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)b?\s*$/i.exec(limit);
  const bytes = compose ? parseFloat(compose[1]) * ({ '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 } as Record<string, number>)[compose[2].toLowerCase()] : quantity(limit);
  return Number.isFinite(bytes) && bytes > 0 ? bytes / 1024 ** 2 : undefined;
}
