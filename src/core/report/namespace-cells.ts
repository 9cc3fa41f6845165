/**
 * The kernel and namespace rows of a workload card, as both renderers show them: state class, label and why text.
 * The user row depends on the kernel the card runs on: without a user namespace uid 0 is root of whatever kernel
 * serves the container — the host's under runc, only the sandbox's or guest's under gVisor or Kata.
 */
import type { NamespaceName, NamespaceState, ProjectModel, Workload } from '../project/model';
import type { Strings } from './strings';

export interface NamespaceCell {
  cls: NamespaceState;
  label: string;
  why: string;
  /** The why is the default, not something the files say. */
  isDefault: boolean;
}

export function namespaceCell(s: Strings, w: Workload, n: NamespaceName, hostOs: ProjectModel['hostOs'] = 'linux'): NamespaceCell {
  const st = w.isolation.namespaces[n];
  const isDefault = st.why === 'default';
  const mode = w.isolation.kernel.mode;
  const sandboxKernel = mode === 'user-space-kernel' ? 'gvisor' : mode === 'guest-kernel' ? 'kata' : undefined;
  if ((n === 'pid' || n === 'ipc') && st.state === 'shared' && sandboxKernel) {
    return { cls: 'isolated', label: s.userNsSandbox, why: `${st.why}: ${s.hostNsInSandbox(sandboxKernel)}`, isDefault };
  }
  if (n !== 'user' || !isDefault) return { cls: st.state, label: s.namespaceState[st.state], why: isDefault ? s.defaultWhy : st.why, isDefault };
  if (mode === 'user-space-kernel' || mode === 'guest-kernel') {
    return { cls: 'isolated', label: s.userNsSandbox, why: s.noUserNsSandbox(mode === 'user-space-kernel' ? 'gvisor' : 'kata'), isDefault };
  }
  return { cls: 'partial', label: s.userNsDefault, why: inLinuxVm(w, hostOs) ? s.noUserNsLinuxVm : s.noUserNs, isDefault };
}

/** The kernel a card runs on; a Windows image on a Linux host shares no kernel with it, it cannot run there at all. */
export function kernelLabel(s: Strings, w: Workload, hostOs: ProjectModel['hostOs']): string {
  const mode = w.isolation.kernel.mode;
  if (mode === 'windows-process' && hostOs !== 'windows') return s.kernelWindowsOnLinux;
  return inLinuxVm(w, hostOs) ? s.kernelLinuxVm : s.kernel[mode];
}

/** A Linux image on a Windows (or macOS) host runs in Docker's Linux VM, on that VM's kernel. */
function inLinuxVm(w: Workload, hostOs: ProjectModel['hostOs']): boolean {
  return hostOs === 'windows' && w.osFamily === 'linux' && w.isolation.kernel.mode === 'shared';
}
