/**
 * English texts of the reasons the project model stores (`message`, `why`): the model is language-neutral data plus
 * these English sentences for JSON consumers; report/strings builds its languages on this table, so the texts live
 * here, below the report layer that localizes them.
 */
import type { FitCode, ReasonCode, RuntimeId } from './model';

type P = Record<string, string>;

/** Why a workload does or does not run as root, from the basis the verdict recorded. */
export const ROOT_BASIS_EN = (code: string, p: P): string =>
  code === 'field'
    ? `${p.field}: ${p.value}`
    : code === 'not-followed'
      ? 'the securityContext is written by a chart template construct that was not followed'
    : code === 'dockerfile-user'
      ? `USER ${p.user} in ${p.file}`
      : code === 'dockerfile-drops-privileges'
        ? `no USER in ${p.file}: it starts as root and installs ${p.tool}, so its entrypoint most likely switches users before the service starts`
      : code === 'dockerfile-image-default'
        ? `no USER in ${p.file}; ${p.image} runs as ${p.user} by default`
        : code === 'dockerfile-image-unknown'
          ? `no USER in ${p.file}; the default user of ${p.image} is not known (most images default to root)`
          : code === 'image-default'
            ? `${p.image} runs as ${p.user} by default`
            : code === 'image-unknown'
              ? `the default user of ${p.image} is not known (most images default to root)`
              : code === 'no-dockerfile'
                ? 'the Dockerfile for build: was not found'
                : 'no containers';

/** One sentence per isolation reason code. */
export const REASON_EN: Record<ReasonCode, (p: P) => string> = {
  'host-root-equivalent': () => 'Privileged and sharing the host PID namespace: this is root on the host, not a contained process',
  privileged: (p) =>
    p.kernel === 'kata'
      ? 'Runs privileged inside the Kata guest: every capability there, seccomp off; host devices only if the runtime passes them'
      : p.kernel === 'gvisor'
        ? 'Asks for privileged: under gVisor that gives no host access, and GKE Sandbox refuses it'
        : 'Runs privileged: every capability and every host device, with seccomp and AppArmor off',
  'container-runtime-socket': (p) =>
    p.untrusted === 'yes'
      ? `Runs code from others with the container runtime socket mounted (${p.path}): any job can start a privileged container, i.e. become root on the host; no sandbox contains that`
      : `Mounts the container runtime socket (${p.path}): it controls every container on the host, which makes it part of the host's trusted base`,
  'host-root-mount': (p) => `Mounts the host's root file system (${p.path})`,
  'kernel-modules': (p) =>
    p.agent === 'yes'
      ? `Loads kernel modules (${p.what}) into the node's kernel: part of its job as a node agent, which a sandbox or a VM of its own cannot do`
      : `Loads kernel modules (${p.what}): a container cannot bring its own kernel; a VM (or a Kata guest kernel built with the module) can`,
  'untrusted-role': (p) => `Runs code or input from others (${p.role}: ${p.what})${p.sandboxed === 'yes' ? '; it already runs in a sandbox' : ' on the shared host kernel'}`,
  'untrusted-needs-host': () => 'Runs code from others but needs host access no sandbox allows: give it its own VM',
  'isolation-label': (p) => (p.value === 'vm' ? 'Labelled for hard separation (containment.dev/isolation: vm)' : 'Labelled for a sandbox (containment.dev/isolation: sandbox)'),
  'node-agent': (p) => `A node agent by design (${p.role === 'daemonset' ? 'DaemonSet with host access' : p.role}: ${p.what}): it exists to watch or manage the node`,
  'ebpf-probe': (p) => `Probes the host kernel (${p.what}): eBPF and tracing see only the kernel they run on`,
  'linux-vm-host': () => 'Linux image on a Windows or macOS host: Docker already runs it inside a Linux VM (WSL 2 or Hyper-V on Windows, Apple\'s Virtualization framework on macOS)',
  gpu: (p) => `Requests a GPU (${p.gpu})`,
  'host-devices': (p) => `Uses host devices (${p.devices})`,
  'node-sysctl': (p) => `${p.name} is node configuration (not namespaced): it applies to the whole node, so set it on the node, not from a workload`,
  'windows-on-linux': (p) => `Windows image (${p.image}) on a Linux host: containers share the host kernel, so it needs a Windows host or a Windows VM`,
  'untrusted-code': (p) =>
    p.sandboxed === 'yes' ? `Marked as running untrusted or multi-tenant code (${p.key}); it already runs in a sandbox` : `Marked as running untrusted or multi-tenant code (${p.key}) on the shared host kernel`,
  'host-pid': (p) =>
    p.kernel === 'gvisor' || p.kernel === 'kata'
      ? `Asks for the host PID namespace (${p.why}): inside the ${p.kernel === 'gvisor' ? 'gVisor sandbox' : 'Kata guest'} it sees only the sandbox's processes, never the node's (GKE Sandbox refuses it)`
      : p.ptrace === 'yes'
      ? `Shares the host PID namespace (${p.why}): it sees every host process, and with its capabilities can ptrace or nsenter into them`
      : `Shares the host PID namespace (${p.why}): it sees every host process and their command lines (ptrace or nsenter would need CAP_SYS_PTRACE / CAP_SYS_ADMIN)`,
  'host-network': (p) => `Shares the host network namespace (${p.why}): it binds host ports and reaches host-only services directly`,
  'host-ipc': (p) =>
    p.kernel === 'gvisor' || p.kernel === 'kata'
      ? `Asks for the host IPC namespace (${p.why}): inside the ${p.kernel === 'gvisor' ? 'gVisor sandbox' : 'Kata guest'} it shares the sandbox's IPC objects, never the node's`
      : `Shares the host IPC namespace (${p.why}): host shared memory and message queues are visible`,
  'host-uts': (p) =>
    p.sysadmin === 'yes' ? `Shares the host UTS namespace (${p.why}): with CAP_SYS_ADMIN it can change the host name` : `Shares the host UTS namespace (${p.why}): it sees the host name (changing it would need CAP_SYS_ADMIN)`,
  'host-userns': (p) => `Opts out of user-namespace remapping (${p.why})`,
  'host-path': (p) => `Mounts a host path (${p.path}): the mount namespace no longer hides that part of the host`,
  'runs-as-root': (p) =>
    p.kernel === 'gvisor' || p.kernel === 'kata'
      ? `Runs as root (${p.why}); uid 0 is root inside the ${p.kernel === 'gvisor' ? 'gVisor sandbox' : 'Kata guest'}, not on the host kernel`
      : `Runs as root (${p.why}); root in a container is root on the shared kernel`,
  'may-run-as-root': (p) => `May run as root: ${p.why}`,
  'dangerous-caps': (p) => `Adds capabilities beyond the default set: ${p.caps}`,
  'privilege-escalation': () => 'Allows privilege escalation (setuid binaries can gain more privileges)',
  'seccomp-unconfined': () => 'Seccomp is switched off: every system call reaches the host kernel',
  'no-memory-limit': (p) => `No memory limit (${p.containers}): one leak can push the whole host into out-of-memory`,
  'no-cpu-request': (p) => `No CPU request (${p.containers}): the scheduler cannot reserve CPU for it`,
  'no-cpu-limit': (p) => `No CPU limit (${p.containers}): it can take every core of the host (cpus: / --cpus)`,
  'no-pids-limit': () => 'No pids limit: a fork bomb can exhaust the host process table',
  'limits-at-run-time': () => 'No limits in an image: set them where it runs (docker run --memory, --cpus, --pids-limit)',
  'eol-base-image': (p) => `Base image is past end of life (${p.label}): no more security fixes`,
  'rule-finding': (p) => `${p.rule}: ${p.message}`,
  'sandboxed-runtime': (p) =>
    `Runs under a sandboxed runtime (${p.runtime}): ${p.kernel === 'gvisor' ? 'system calls are served by a user-space kernel (gVisor), not the host kernel' : 'the pod runs in a lightweight VM with its own guest kernel (Kata)'}`,
  'hyperv-isolation': () => 'Hyper-V isolation: each container gets its own utility VM and kernel',
  'user-namespace': () => 'Own user namespace: root inside maps to an unprivileged user on the host',
  restricted: () => 'Meets the Pod Security Standards "restricted" level',
};

/** Why a runtime fits a workload or not, per runtime and fit code. */
export const FIT_REASON_EN = (rt: RuntimeId, code: FitCode, p: P): string => {
  switch (code) {
    case 'windows-image':
      return rt === 'runc' ? 'Windows image: a Linux host kernel cannot run it' : 'Windows image: this runtime runs Linux guests only';
    case 'windows-host':
      return 'A Windows VM (or a Windows node) runs it as is';
    case 'node-agent':
      return rt === 'vm' ? 'A node agent in its own VM watches that VM, not the node' : 'A node agent in a sandbox sees the sandbox kernel, not the node it is meant to watch or manage';
    case 'host-namespaces':
      return rt === 'vm' ? `Host namespaces (${p.ns}) become the VM's own: it sees the VM, not the node` : `Host namespaces (${p.ns}) are refused (GKE Sandbox, Kata) or meaningless inside a sandbox`;
    case 'runtime-socket':
      return rt === 'vm' ? `Works only against a container engine inside the VM, not the host's (${p.path})` : `The runtime socket (${p.path}) controls the host: a sandbox around the client does not contain it`;
    case 'host-paths':
      return rt === 'gvisor'
        ? `Host paths (${p.path}) go through gVisor's gofer: slower, and host-side changes may be seen late`
        : rt === 'kata'
          ? `Host paths (${p.path}) are shared into the guest with virtio-fs: works, with some I/O overhead`
          : rt === 'firecracker'
            ? `Firecracker has no shared file system (block devices only): host paths (${p.path}) cannot be mounted live`
            : `Host paths (${p.path}) need a shared or network file system into the VM`;
    case 'host-devices':
      return rt === 'gvisor' ? `Host devices (${p.devices}) are not passed through by gVisor` : rt === 'firecracker' ? `Firecracker has no device passthrough (${p.devices})` : `Devices (${p.devices}) need passthrough (VFIO) configured on the node`;
    case 'gpu':
      return rt === 'gvisor'
        ? `GPU (${p.gpu}): gVisor needs nvproxy (NVIDIA only, supported driver versions)`
        : rt === 'kata'
          ? `GPU (${p.gpu}): Kata needs VFIO passthrough of a whole GPU to the guest`
          : rt === 'firecracker'
            ? `GPU (${p.gpu}): Firecracker has no GPU or PCI passthrough`
            : `GPU (${p.gpu}): needs passthrough or a vGPU for the VM`;
    case 'kernel-modules':
      return rt === 'runc'
        ? `Loads modules (${p.what}) into the host kernel every other workload shares`
        : rt === 'gvisor'
          ? `gVisor has no loadable modules (${p.what}): its kernel is a user-space program`
          : `Works only with a guest kernel built with the module (${p.what})`;
    case 'ebpf':
      return rt === 'gvisor' ? `eBPF / tracing (${p.what}) is not available in gVisor` : `eBPF / tracing (${p.what}) sees the guest kernel only`;
    case 'privileged':
      return rt === 'gvisor' ? 'privileged is refused by GKE Sandbox and gives no host access under runsc' : 'privileged applies inside the guest; host devices are not passed unless the runtime is told to';
    case 'io-heavy':
      return rt === 'gvisor' ? `I/O- and syscall-heavy (${p.what}): every call goes through gVisor's Sentry, expect overhead` : `I/O-heavy (${p.what}): prefer block volumes over virtio-fs`;
    case 'needs-kvm':
      return 'Nodes need /dev/kvm: bare metal, or cloud VMs with nested virtualization';
    case 'no-k8s-integration':
      return 'In Kubernetes through Kata with the Firecracker VMM (or firecracker-containerd), not on its own';
    case 'untrusted-shared-kernel':
      return 'Untrusted code would share the host kernel with every other workload';
    case 'current-runtime':
      return `Runs under ${p.runtime} already`;
  }
};
