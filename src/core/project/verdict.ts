/**
 * The verdict per workload — container, harden, host-agent, sandbox or vm — with the boundary reasons behind it, and
 * the runtime fit matrix. Built on the isolation assessment (isolation.ts) and the workload's traits (traits.ts).
 *   vm:         needs its own kernel or OS (kernel modules, a Windows image on a Linux host), hard separation asked
 *               for by label, or untrusted code that needs host access a sandbox cannot give.
 *   sandbox:    untrusted code or input (by role or label) that would keep working under gVisor or Kata.
 *   host-agent: part of the node's trusted base by design (runtime socket, node monitoring, CNI/CSI, kernel probes,
 *               privileged + hostPID): a sandbox or VM would break it or watch the wrong kernel.
 */
import { fitMatrix } from './fit';
import { IMPACT, reason, type WorkloadAssessment } from './isolation';
import type { Severity } from '../base/model/finding';
import { severityRank } from '../base/model/finding';
import type { FitMatrix, Reason, ReasonCode, ReasonWeight, Verdict, WorkloadFinding } from './model';
import type { RawWorkload } from '../base/model/workload-facts';
import { NODE_AGENT_ROLES, UNTRUSTED_ROLES, type WorkloadTraits } from './traits';

export interface VerdictResult {
  verdict: Verdict;
  reasons: Reason[];
  fit: FitMatrix;
}

/** Host-namespace and host-path reasons a node agent has by design: kept as notes, not as things to remove. */
const BY_DESIGN_FOR_AGENTS = new Set(['host-pid', 'host-network', 'host-ipc', 'host-path']);

export function decideVerdict(raw: RawWorkload, a: WorkloadAssessment, traits: WorkloadTraits, hostOs: 'linux' | 'windows'): VerdictResult {
  const iso = a.isolation;
  const privileged = raw.containers.find((c) => c.privileged?.value)?.privileged;
  // inside gVisor or Kata, hostPID reaches only the sandbox's processes
  const inSandbox = iso.kernel.mode === 'user-space-kernel' || iso.kernel.mode === 'guest-kernel';
  const hostNs = (iso.namespaces.pid.state === 'shared' && !inSandbox) || iso.namespaces.network.state === 'shared';
  const role = traits.role;
  const agentRole = !!role && NODE_AGENT_ROLES.has(role.role) && (hostNs || raw.hostMounts.length > 0 || !!privileged || raw.kind === 'DaemonSet');
  const daemonSetOnHost = raw.kind === 'DaemonSet' && (hostNs || raw.hostMounts.length > 0);
  const hostRootEquivalent = !!privileged && !!raw.hostPID?.value && !inSandbox;
  const untrustedRole = !!role && UNTRUSTED_ROLES.has(role.role);
  const untrusted = !!raw.untrusted || untrustedRole || traits.isolationLabel?.value === 'sandbox';
  const nodeAgent = !untrusted && (!!a.socket || hostRootEquivalent || agentRole || daemonSetOnHost || (!!traits.ebpf && (hostNs || !!privileged)));

  const fit = fitMatrix({ raw, isolation: iso, traits, osFamily: a.osFamily, hostOs, socket: a.socket, untrusted, nodeAgent });
  const reasons: Reason[] = a.reasons.map((r) => (nodeAgent && BY_DESIGN_FOR_AGENTS.has(r.code) && r.weight === 'harden' ? { ...r, weight: 'info' as ReasonWeight } : r));
  const boundary = (code: Reason['code'], weight: ReasonWeight, params: Record<string, string>, location = raw.location, severity?: Severity) =>
    reasons.push(reason(code, weight, params, location, severity));

  // needs its own kernel or OS
  if (a.osFamily === 'windows' && hostOs === 'linux' && !raw.targetsWindows?.value) {
    const c = raw.containers.find((x) => /windows|nanoserver|servercore|ltsc/i.test(x.image)) ?? raw.containers[0];
    boundary('windows-on-linux', 'vm', { image: c?.image ?? '' }, c?.imageLocation);
  }
  if (a.osFamily === 'linux' && hostOs === 'windows') boundary('linux-vm-host', 'info', {});
  // a node agent loads modules into the node's own kernel: a fact of its job (its host-agent reason says so), not a VM need
  if (traits.kernelModules) boundary('kernel-modules', nodeAgent ? 'info' : 'vm', { what: traits.kernelModules.value, agent: nodeAgent ? 'yes' : 'no' }, traits.kernelModules.location);
  if (traits.isolationLabel?.value === 'vm') boundary('isolation-label', 'vm', { value: 'vm' }, traits.isolationLabel.location);

  // untrusted code or input
  const sandboxFits = fit.gvisor.level !== 'no' || fit.kata.level !== 'no';
  const untrustedWeight: ReasonWeight = sandboxFits ? 'sandbox' : 'vm';
  const sandboxed = a.sandboxed ? 'yes' : 'no';
  if (raw.untrusted) boundary('untrusted-code', untrustedWeight, { key: raw.untrusted.value, sandboxed }, raw.untrusted.location);
  else if (traits.isolationLabel?.value === 'sandbox') boundary('isolation-label', untrustedWeight, { value: 'sandbox' }, traits.isolationLabel.location);
  else if (untrustedRole) boundary('untrusted-role', untrustedWeight, { role: role!.role, what: role!.what, sandboxed }, role!.location);
  if (untrusted && !sandboxFits) {
    const blocker = [fit.gvisor, fit.kata].flatMap((c) => c.reasons).find((r) => r.level === 'no');
    boundary('untrusted-needs-host', 'vm', { code: blocker?.code ?? '' }, blocker?.location ?? raw.location);
  }

  // part of the node's trusted base
  const agentWeight: ReasonWeight = untrusted ? 'vm' : 'host-agent';
  // same severity as `containment check` gives privileged containers and runtime-socket mounts
  if (hostRootEquivalent) boundary('host-root-equivalent', agentWeight, {}, privileged!.location, 'error');
  if (a.socket) boundary('container-runtime-socket', agentWeight, { path: a.socket.value, untrusted: untrusted ? 'yes' : 'no' }, a.socket.location, 'error');
  if (a.rootMount) boundary('host-root-mount', agentWeight, { path: a.rootMount.value }, a.rootMount.location);
  if (nodeAgent && (agentRole || daemonSetOnHost) && !a.socket && !hostRootEquivalent) {
    boundary('node-agent', 'host-agent', { role: role?.role ?? 'daemonset', what: role?.what ?? raw.name }, role?.location ?? raw.location);
  }
  if (traits.ebpf && nodeAgent) boundary('ebpf-probe', 'host-agent', { what: traits.ebpf.value }, traits.ebpf.location);

  // facts that change where it can run
  if (traits.gpu) boundary('gpu', 'info', { gpu: traits.gpu.value }, traits.gpu.location);
  const devices = traits.devices.filter((d) => !raw.hostMounts.some((m) => m.value === d.value && (m === a.socket || m === a.rootMount)));
  if (devices.length) boundary('host-devices', nodeAgent ? 'info' : 'harden', { devices: devices.map((d) => d.value).join(', ') }, devices[0].location);
  for (const s of traits.nodeSysctls) boundary('node-sysctl', 'info', { name: s.value }, s.location);

  const verdict: Verdict = pick(reasons);
  reasons.sort((x, y) => WEIGHT_ORDER[x.weight] - WEIGHT_ORDER[y.weight] || IMPACT[y.code] - IMPACT[x.code]);
  return { verdict, reasons, fit };
}

export const WEIGHT_ORDER: Record<ReasonWeight, number> = { vm: 0, sandbox: 1, 'host-agent': 2, harden: 3, info: 4, good: 5 };

function pick(reasons: Reason[]): Verdict {
  const has = (w: ReasonWeight) => reasons.some((r) => r.weight === w);
  return has('vm') ? 'vm' : has('sandbox') ? 'sandbox' : has('host-agent') ? 'host-agent' : has('harden') ? 'harden' : 'container';
}

/** The rules of `containment check` that report the same problem as a reason that carries a severity. */
const SAME_PROBLEM_RULES: Partial<Record<ReasonCode, RegExp>> = {
  privileged: /^(compose|k8s)-privileged-container$/,
  'host-root-equivalent': /^(compose|k8s)-privileged-container$/,
  'container-runtime-socket': /^(compose-docker-socket|k8s-runtime-socket-mount)$/,
  'dangerous-caps': /^(compose-dangerous-capability|k8s-added-capabilities)$/,
};

/**
 * Gives each reason that carries a severity the one `containment check` gave the same problem in this workload (the
 * highest, when several findings report it): check lowers kernel-sharing findings under a sandboxed runtime, and the
 * report must say what check says.
 */
export function agreeWithCheck(reasons: Reason[], findings: WorkloadFinding[]): void {
  for (const r of reasons) {
    const rules = SAME_PROBLEM_RULES[r.code];
    if (!r.severity || !rules) continue;
    // a capability reason answers for its own capabilities only (SYS_MODULE is judged as kernel-modules)
    const caps = r.code === 'dangerous-caps' ? new Set(r.params.caps.split(', ')) : undefined;
    const same = findings.filter((f) => rules.test(f.rule) && (!caps || caps.has(String(f.data?.capability ?? f.messageId ?? ''))));
    if (same.length) r.severity = same.reduce((top, f) => (severityRank(f.severity) < severityRank(top) ? f.severity : top), same[0].severity);
  }
}

/** Reasons kept as notes whose code also has a "what to do next" action that asks to undo them. */
const NOTE_ACTIONS: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['node-sysctl', 'limits-at-run-time', 'host-userns']);

/**
 * Whether a reason belongs in "what to do next". Notes are facts, not tasks: a node agent's host namespaces are there by
 * design and root inside a sandbox is not root on the host, so the actions that would remove them are not offered;
 * untrusted code is sent to a sandbox only when it is not in one yet and one fits.
 */
export function asksForAction(r: Reason): boolean {
  if (r.weight === 'good') return false;
  if (r.weight === 'info') return NOTE_ACTIONS.has(r.code);
  // untrusted code already sandboxed needs no move; one no sandbox fits (weight vm) gets the untrusted-needs-host step
  return !((r.code === 'untrusted-role' || r.code === 'untrusted-code') && (r.params.sandboxed === 'yes' || r.weight === 'vm'));
}
