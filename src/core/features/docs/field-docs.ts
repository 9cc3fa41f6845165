/**
 * What the isolation- and resource-related fields of Kubernetes manifests and Compose files do, for hovers: which kernel
 * mechanism is behind them (cgroups, namespaces, capabilities, seccomp) and what happens at the limit. English source
 * texts; the editor translates them. Looked up by the key path of the hovered key.
 */
import { english, type Translate } from './translate';

export interface FieldDoc {
  /** The key as written. */
  key: string;
  /** Required parent key (the key path's previous string), when the name alone is ambiguous. */
  parent?: string;
  text: string;
}

export const KUBERNETES_FIELD_DOCS: readonly FieldDoc[] = [
  { key: 'resources', text: 'CPU and memory this container asks for (requests) and may use at most (limits). The kubelet turns them into cgroup settings on the node; together they decide the pod\'s QoS class.' },
  { key: 'requests', parent: 'resources', text: 'Requests are what the scheduler reserves on a node. CPU requests also set the cgroup CPU weight: under contention the CPU is shared in proportion to requests. A container may use more than it requests while the node has spare capacity.' },
  { key: 'limits', parent: 'resources', text: 'Limits are hard cgroup caps. Above its CPU limit a container is throttled (it waits, it is not killed); above its memory limit the kernel\'s OOM killer ends the process and the container restarts.' },
  { key: 'cpu', parent: 'requests', text: 'CPU request, in cores (`500m` = half a core). Reserved for scheduling and used as the cgroup CPU weight; the container is never stopped for exceeding it.' },
  { key: 'cpu', parent: 'limits', text: 'CPU limit: a CFS quota per 100 ms period. A busy container hits the quota and is throttled until the next period — latency spikes, not crashes. Many teams set CPU requests but no CPU limit for this reason.' },
  { key: 'memory', parent: 'requests', text: 'Memory request: reserved for scheduling. When the node runs short of memory, pods using more than they requested are evicted first.' },
  { key: 'memory', parent: 'limits', text: 'Memory limit: the cgroup memory.max. Allocating beyond it triggers the OOM killer inside the container (exit code 137, reason OOMKilled); memory cannot be throttled like CPU.' },
  { key: 'ephemeral-storage', text: 'Local disk for the container\'s writable layer, logs and emptyDir volumes. Exceeding the limit gets the pod evicted; without it one pod can fill the node\'s disk.' },
  { key: 'securityContext', text: 'Security settings for the process: which user it runs as, Linux capabilities, seccomp/AppArmor/SELinux profiles, privilege escalation. Container fields override the pod\'s.' },
  { key: 'privileged', text: 'A privileged container gets every capability, all host devices and no seccomp/AppArmor confinement. It is effectively root on the node: it can load kernel modules and mount the host\'s disks.' },
  { key: 'allowPrivilegeEscalation', text: 'Whether a process may gain more privileges than its parent (setuid binaries, file capabilities). `false` sets the kernel\'s no_new_privs flag.' },
  { key: 'runAsNonRoot', text: 'The kubelet refuses to start the container if it would run as uid 0. The image must then declare a numeric non-root USER, or runAsUser must be set.' },
  { key: 'runAsUser', text: 'The uid the container process runs as, overriding the image\'s USER. uid 0 is root — the same uid 0 as on the host, since containers share the host kernel (unless the pod uses a user namespace with `hostUsers: false`).' },
  { key: 'runAsGroup', text: 'The primary gid of the container process, overriding the image\'s group.' },
  { key: 'fsGroup', text: 'A supplementary group for all containers of the pod; supported volumes are made group-owned by it so a non-root user can write to them.' },
  { key: 'readOnlyRootFilesystem', text: 'Mounts the container\'s root filesystem read-only: an attacker cannot drop tools or change binaries. Give writable paths their own emptyDir volumes.' },
  { key: 'capabilities', text: 'Linux capabilities split root\'s power into pieces (NET_ADMIN, SYS_ADMIN…). Containers get a default set from the runtime; `drop: [ALL]` and adding back only what is needed keeps even a root process weak.' },
  { key: 'add', parent: 'capabilities', text: 'Capabilities added to the runtime\'s default set. SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE and similar give powers over the shared kernel that can lead to a container escape.' },
  { key: 'drop', parent: 'capabilities', text: 'Capabilities removed from the runtime\'s default set. `ALL` removes all of them (the restricted Pod Security level requires it; NET_BIND_SERVICE may be added back).' },
  { key: 'seccompProfile', text: 'A seccomp filter limits which system calls the process may make. `RuntimeDefault` blocks rarely needed, dangerous syscalls; `Unconfined` exposes the kernel\'s whole syscall surface.' },
  { key: 'appArmorProfile', text: 'An AppArmor profile confines file and capability access of the process (`RuntimeDefault`, `Localhost` or `Unconfined`).' },
  { key: 'seLinuxOptions', text: 'The SELinux label of the container process; custom types can grant access the default container_t label would deny.' },
  { key: 'procMount', text: '`Unmasked` exposes /proc paths the runtime normally hides (kernel settings, other processes\' details). Keep the default.' },
  { key: 'hostNetwork', text: 'Shares the node\'s network namespace: the pod sees every host interface, can bind host ports and reach services listening on localhost of the node; NetworkPolicies no longer isolate it.' },
  { key: 'hostPID', text: 'Shares the node\'s process (PID) namespace: the pod sees every process on the node, can read their environment and command lines, and with enough privilege signal or ptrace them.' },
  { key: 'hostIPC', text: 'Shares the node\'s IPC namespace: the pod can read and write System V shared memory and message queues of host processes.' },
  { key: 'hostUsers', text: '`false` runs the pod in its own user namespace: uid 0 inside maps to an unprivileged uid on the node, which blunts most container escapes.' },
  { key: 'hostPath', text: 'Mounts a file or folder of the node into the pod. The container can then read (or write) host data directly — the runtime socket, /etc, kubelet credentials — bypassing the container boundary.' },
  { key: 'hostPort', text: 'Binds the container port on the node\'s own network interface. It ties the pod to nodes where the port is free and bypasses Service-based exposure.' },
  { key: 'runtimeClassName', text: 'Selects the container runtime handler. A sandboxed runtime gives the pod its own kernel boundary: gVisor (runsc) intercepts system calls in a user-space kernel; Kata Containers runs the pod in a lightweight VM with its own guest kernel. Without it the pod shares the node\'s kernel with every other pod.' },
  { key: 'image', text: 'The container image. Its files, default user and OS come from here; pin a version (or a digest) so every node runs the same thing.' },
  { key: 'automountServiceAccountToken', text: 'Whether the pod gets a Kubernetes API token mounted. A process that is taken over can use the token with whatever RBAC rights the service account has.' },
];

export const COMPOSE_FIELD_DOCS: readonly FieldDoc[] = [
  { key: 'deploy', text: 'Deployment settings; `deploy.resources` holds the cgroup limits and reservations Compose applies to the container.' },
  { key: 'resources', parent: 'deploy', text: 'cgroup limits (hard caps) and reservations (guarantees) for CPU, memory and process count.' },
  { key: 'limits', parent: 'resources', text: 'Hard caps: above the memory limit the kernel\'s OOM killer ends the process; above the CPU limit the container is throttled.' },
  { key: 'reservations', parent: 'resources', text: 'Soft guarantees: memory the container is meant to keep when the host runs short (a soft limit), and CPU it should get.' },
  { key: 'memory', parent: 'limits', text: 'Memory limit (cgroup memory.max). Beyond it the OOM killer stops the process (exit code 137).' },
  { key: 'memory', parent: 'reservations', text: 'Memory reservation (soft limit): under host memory pressure the container is pushed back towards this amount.' },
  { key: 'cpus', parent: 'limits', text: 'CPU limit in cores (`0.5` = half a core): a CFS quota; a busy container is throttled, not killed.' },
  { key: 'cpus', parent: 'reservations', text: 'CPU reservation in cores.' },
  { key: 'pids', parent: 'limits', text: 'Maximum number of processes/threads (cgroup pids.max): stops a fork bomb from exhausting the host\'s process table.' },
  { key: 'mem_limit', text: 'Memory limit (legacy key, same as `deploy.resources.limits.memory`). Beyond it the OOM killer stops the process.' },
  { key: 'mem_reservation', text: 'Memory soft limit (legacy key, same as `deploy.resources.reservations.memory`).' },
  { key: 'memswap_limit', text: 'Memory plus swap the container may use. Equal to mem_limit means no swap.' },
  { key: 'cpus', text: 'CPU limit in cores (legacy key, same as `deploy.resources.limits.cpus`): a CFS quota, throttling rather than killing.' },
  { key: 'cpu_quota', text: 'CFS quota in microseconds per period (default period 100 ms): a CPU limit in raw cgroup units.' },
  { key: 'cpu_shares', text: 'Relative CPU weight under contention (default 1024). Not a limit.' },
  { key: 'pids_limit', text: 'Maximum number of processes/threads in the container (cgroup pids.max). `-1` means unlimited.' },
  { key: 'privileged', text: 'Gives the container every capability, all host devices and no seccomp/AppArmor confinement: effectively root on the host.' },
  { key: 'network_mode', text: '`host` shares the host\'s network namespace: the container sees every host interface and binds ports directly on the host. `container:<name>` shares another container\'s namespace; `none` has no network.' },
  { key: 'pid', text: '`host` shares the host\'s PID namespace: the container sees and, with privileges, can signal or ptrace every host process.' },
  { key: 'ipc', text: '`host` shares the host\'s IPC namespace (System V shared memory and message queues); `shareable` / `service:<name>` share it between containers.' },
  { key: 'userns_mode', text: '`host` turns off user-namespace remapping for this container: root inside is root on the host.' },
  { key: 'cap_add', text: 'Linux capabilities added to the default set. SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE and similar give powers over the shared kernel that can lead to a container escape.' },
  { key: 'cap_drop', text: 'Capabilities removed from the default set; `ALL` then adding back only what is needed is the hardened pattern.' },
  { key: 'user', text: 'The user (uid[:gid]) the container process runs as, overriding the image\'s USER. Root in the container is uid 0 on the host kernel, held back only by namespaces, capabilities and seccomp.' },
  { key: 'read_only', text: 'Mounts the container\'s root filesystem read-only; give writable paths a `tmpfs` or volume.' },
  { key: 'security_opt', text: 'Security options: `no-new-privileges:true` blocks privilege gains through setuid binaries; `seccomp=unconfined` / `apparmor=unconfined` remove the syscall and file-access filters.' },
  { key: 'runtime', text: 'The OCI runtime for this container. `runsc` (gVisor) or a Kata runtime gives it its own kernel boundary; the default runc shares the host kernel.' },
  { key: 'isolation', text: 'Windows containers: `process` shares the host\'s Windows kernel (the image build must match the host); `hyperv` runs each container in a utility VM with its own kernel. Ignored for Linux containers.' },
  { key: 'image', text: 'The container image. Its files, default user and OS come from here; pin a version (or a digest).' },
];

function lookup(docs: readonly FieldDoc[], path: ReadonlyArray<string | number>): FieldDoc | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const key = keys[keys.length - 1];
  if (key === undefined) return undefined;
  const parent = keys[keys.length - 2];
  return docs.find((d) => d.key === key && d.parent === parent) ?? docs.find((d) => d.key === key && d.parent === undefined);
}

/** The doc for the key at the end of `path` (`['spec', 'containers', 0, 'resources', 'limits', 'cpu']`). */
export function kubernetesFieldDoc(path: ReadonlyArray<string | number>): FieldDoc | undefined {
  return lookup(KUBERNETES_FIELD_DOCS, path);
}

/** The doc for a Compose key path (`['services', 'web', 'deploy', 'resources', 'limits', 'memory']`). */
export function composeFieldDoc(path: ReadonlyArray<string | number>): FieldDoc | undefined {
  if (path[0] !== 'services' || path.length < 3) return undefined;
  return lookup(COMPOSE_FIELD_DOCS, path.slice(2));
}

export function renderFieldDoc(doc: FieldDoc, t: Translate = english): string {
  return `**${doc.key}** — ${t(doc.text)}`;
}

export function fieldDocTexts(): string[] {
  return [...KUBERNETES_FIELD_DOCS, ...COMPOSE_FIELD_DOCS].map((d) => d.text);
}
