/**
 * Every text the trade-off report shows, keyed by locale. English and Korean; the Korean follows the terms of the
 * article the product grew from (네임스페이스, cgroups, 하이퍼바이저 타입 1/2, 게스트 OS …).
 * Values are plain text: the renderer escapes them (and every file-derived parameter) once.
 */
import type { Severity } from '../base/model/finding';
import type { KernelMode, NamespaceName, NamespaceState, OsFamily, PssLevel, ReasonCode, ReasonWeight, Tristate, Verdict } from '../project/model';
import { REASON_EN, ROOT_BASIS_EN } from '../project/reason-texts';
import { CHART_EN, CHART_KO, type ChartStrings } from './strings-chart';
import { FIT_EN, FIT_KO, type FitStrings } from './strings-fit';

export type Lang = 'en' | 'ko';

type P = Record<string, string>;

export interface ProjectFacts {
  workloads: number;
  sharedKernel: number;
  /** Workloads under gVisor, Kata or Hyper-V isolation (a count: names repeat across Compose files). */
  sandboxedCount: number;
  sandboxed: string[];
  windows: string[];
  hostNamespaces: string[];
  noMemory: string[];
  candidates: string[];
  /** Workload names per verdict (the explainer's examples). */
  byVerdict: Record<Verdict, string[]>;
  hasKubernetes: boolean;
  hasCompose: boolean;
}

export interface Strings {
  lang: string;
  title: string;
  subtitle: (name: string) => string;
  generatedBy: string;
  nav: string;
  glance: string;
  workloadsHeading: string;
  explainHeading: string;
  nextHeading: string;
  files: string;
  workloads: string;
  findings: string;
  images: string;
  noWorkloads: string;
  chartTitle: string;
  chartDesc: string;
  memoryLimit: string;
  cpuRequest: string;
  nonRoot: string;
  pssLabel: string;
  of: (n: number, total: number) => string;
  imageCols: { image: string; os: string; size: string; eol: string; user: string; source: string };
  builtFrom: string;
  pulled: string;
  verdict: Record<Verdict, string>;
  verdictHint: Record<Verdict, string>;
  weight: Record<ReasonWeight, string>;
  kernel: Record<KernelMode, string>;
  namespace: Record<NamespaceName, string>;
  namespaceState: Record<NamespaceState, string>;
  defaultWhy: string;
  noUserNs: string;
  userNsDefault: string;
  /** User row of a gVisor or Kata card: no user namespace, but uid 0 is root of the sandbox or guest kernel only. */
  userNsSandbox: string;
  /** PID/IPC rows of a gVisor or Kata card that asks for the host's: it gets the sandbox's. */
  hostNsInSandbox: (kernel: 'gvisor' | 'kata') => string;
  noUserNsSandbox: (kernel: 'gvisor' | 'kata') => string;
  tristate: Record<Tristate, string>;
  /** Who the workload runs as, a phrase that reads on its own before the basis (not a bare yes/no). */
  rootState: Record<Tristate, string>;
  /** "Runs as" of a Windows workload: ContainerAdministrator or ContainerUser, not root. */
  rootStateWindows: Record<Tristate, string>;
  /** Kernel row of a Windows image on a Linux host: it cannot share that kernel. */
  kernelWindowsOnLinux: string;
  /** Kernel row and user row of a Linux image on a Windows or macOS host: the kernel is the one of Docker's Linux VM. */
  kernelLinuxVm: string;
  noUserNsLinuxVm: string;
  /** Limits heading of a Windows workload: job objects, not cgroups. */
  limitsWindows: string;
  rootBasis: (code: string, p: P) => string;
  pss: Record<PssLevel, string>;
  profileCaption: (name: string) => string;
  colPart: string;
  colState: string;
  colWhy: string;
  kernelRow: string;
  privileges: string;
  cgroups: string;
  root: string;
  privileged: string;
  addedCaps: string;
  escalation: string;
  seccomp: string;
  readOnlyRoot: string;
  yes: string;
  no: string;
  notSet: string;
  atRunTime: string;
  qos: string;
  memory: string;
  cpuReq: string;
  cpuLim: string;
  pids: string;
  containers: string;
  reasons: string;
  ruleFindings: (n: number) => string;
  none: string;
  reason: Record<ReasonCode, (p: P) => string>;
  action: Record<ReasonCode, string>;
  affects: string;
  nothingToDo: string;
  // explainer
  diagramTitle: string;
  diagramDesc: string;
  d: { hardware: string; hyp1: string; hyp2: string; hostOs: string; guestOs: string; app: string; kernel: string; runtime: string; container: string; vm1: string; vm2: string; ctr: string; sandbox: string; sentry: string; guestKernel: string; vmm: string };
  compareCaption: string;
  aspect: string;
  vm: string;
  container: string;
  sandboxCol: string;
  rows: Array<[string, string, string, string]>;
  inThisProject: (f: ProjectFacts) => string[];
  hypervisorsHeading: string;
  hypervisors: string[];
  nsHeading: string;
  nsIntro: string;
  nsExplain: Record<NamespaceName, string>;
  cgroupsIntro: string;
  cgroupsItems: string[];
  sandboxHeading: string;
  sandboxText: string[];
  windowsText: string;
  hybridHeading: string;
  hybridText: string[];
  openFile: (path: string, line: number) => string;
  skipToContent: string;
  seccompOffPrivileged: string;
  initTag: string;
  severityTag: (sev: string) => string;
  /** A finding's severity as a word (the finding list of a card). */
  severity: Record<Severity, string>;
  /** The kind label of a Compose workload (Kubernetes kinds stay as written: Deployment, CronJob …). */
  composeService: string;
  osFamily: Record<OsFamily, string>;
  /** A base image's size class (`full-os`, `slim`, `alpine`, `distroless`, `scratch`, `unknown`). */
  sizeClass: (sizeClass: string) => string;
  fit: FitStrings;
  chart: ChartStrings;
}

const SEVERITY_KO: Record<Severity, string> = { error: '오류', warning: '경고', info: '정보', hint: '힌트' };
const SIZE_CLASS_KO: Record<string, string> = { 'full-os': '전체 OS', slim: 'slim', alpine: 'alpine', distroless: 'distroless', scratch: 'scratch', unknown: '알 수 없음' };

const en: Strings = {
  lang: 'en',
  title: 'Containment: VM or container?',
  subtitle: (name) => `What each workload in ${name} shares with the host, and when a sandboxed runtime or a VM fits better`,
  generatedBy: 'Generated by Containment',
  nav: 'Sections',
  glance: 'Project at a glance',
  workloadsHeading: 'Workloads',
  explainHeading: 'VM vs container, for this project',
  nextHeading: 'What to do next',
  files: 'Files',
  workloads: 'Workloads',
  findings: 'Rule findings',
  images: 'Images',
  noWorkloads: 'No Dockerfiles, Compose services or Kubernetes workloads were found here.',
  chartTitle: 'Limits, users and Pod Security levels',
  chartDesc: 'Bar chart: how many workloads set a memory limit, set CPU, run as non-root, and which Pod Security Standards level the Kubernetes workloads meet.',
  memoryLimit: 'Memory limit',
  cpuRequest: 'CPU request / limit',
  nonRoot: 'Non-root',
  pssLabel: 'Pod Security',
  of: (n, total) => `${n} of ${total}`,
  imageCols: { image: 'Image', os: 'OS', size: 'Size class', eol: 'End of life', user: 'Runs as', source: 'Where' },
  builtFrom: 'built from',
  pulled: 'pulled',
  verdict: { container: 'Container', harden: 'Harden', 'host-agent': 'Host agent', sandbox: 'Sandbox', vm: 'VM' },
  verdictHint: {
    container: 'Fine as a container as it is.',
    harden: 'Fine as a container once the settings below change.',
    'host-agent': 'Part of the node\'s trusted base by design: a sandbox or VM would break it or watch the wrong kernel. Contain it with dedicated nodes, a socket proxy, eBPF agents and the fewest capabilities.',
    sandbox: 'Runs code or input from others and keeps working in a sandbox (each card\'s runtime table says whether gVisor, Kata or both): give it a sandboxed runtime.',
    vm: 'Needs its own kernel or OS, or separation a shared kernel cannot give: a VM (or a Kata guest kernel where noted).',
  },
  weight: { vm: 'VM', sandbox: 'Sandbox', 'host-agent': 'Host agent', harden: 'Harden', info: 'Note', good: 'Good' },
  kernel: {
    shared: 'Shared host kernel (runc)',
    'guest-kernel': 'Own guest kernel (Kata, lightweight VM)',
    'user-space-kernel': 'User-space kernel (gVisor)',
    'windows-process': 'Windows process isolation (shares the host kernel)',
    'windows-hyperv': 'Windows Hyper-V isolation (utility VM)',
  },
  namespace: { pid: 'PID', network: 'Network', mount: 'Mount', ipc: 'IPC', uts: 'UTS', user: 'User' },
  namespaceState: { isolated: 'Isolated', shared: 'Shared with host', partial: 'Partly shared' },
  defaultWhy: 'default',
  noUserNs: 'no user namespace: uid 0 inside is uid 0 on the host',
  userNsDefault: 'Host user ids (default)',
  userNsSandbox: 'Behind the sandbox kernel',
  hostNsInSandbox: (k) => `a process inside the ${k === 'gvisor' ? 'gVisor sandbox' : 'Kata guest'} cannot reach the node's`,
  noUserNsSandbox: (k) => `no user namespace, but uid 0 inside is root of the ${k === 'gvisor' ? 'gVisor sandbox' : 'Kata guest kernel'}, not of the host kernel`,
  tristate: { yes: 'yes', no: 'no', unknown: 'unknown' },
  rootState: { yes: 'root', no: 'non-root', unknown: 'unknown' },
  rootStateWindows: { yes: 'administrator', no: 'non-administrator', unknown: 'unknown' },
  kernelWindowsOnLinux: 'Needs a Windows kernel: a Linux host cannot run it',
  kernelLinuxVm: "Kernel of Docker's Linux VM (shared with the other Linux containers)",
  noUserNsLinuxVm: "no user namespace: uid 0 inside is uid 0 in Docker's Linux VM, not on the Windows or macOS host",
  limitsWindows: 'Resource limits (Windows job objects)',
  rootBasis: ROOT_BASIS_EN,
  pss: { privileged: 'Privileged', baseline: 'Baseline', restricted: 'Restricted' },
  profileCaption: (name) => `Isolation profile of ${name}`,
  colPart: 'Part',
  colState: 'State',
  colWhy: 'Why',
  kernelRow: 'Kernel',
  privileges: 'Privileges',
  cgroups: 'cgroups (resource limits)',
  root: 'Runs as',
  privileged: 'Privileged',
  addedCaps: 'Added capabilities',
  escalation: 'Privilege escalation',
  seccomp: 'Seccomp',
  readOnlyRoot: 'Read-only root file system',
  yes: 'yes',
  no: 'no',
  notSet: 'not set',
  atRunTime: 'decided at docker run',
  qos: 'QoS class',
  memory: 'Memory limit',
  cpuReq: 'CPU request',
  cpuLim: 'CPU limit',
  pids: 'PIDs limit',
  containers: 'Containers',
  reasons: 'Why',
  ruleFindings: (n) => `Rule findings (${n})`,
  none: 'none',
  reason: REASON_EN,
  action: {
    'host-root-equivalent': 'Treat these as part of the host. Drop privileged and hostPID if specific capabilities will do; if the agent truly needs host root, give it dedicated nodes (or run it as a host service) and keep untrusted workloads away from them.',
    'container-runtime-socket': 'Runtime socket: put a socket proxy in front that allows only the API calls needed (read-only for dashboards), run it on dedicated nodes away from untrusted work; CI jobs should build with a rootless builder (BuildKit rootless, kaniko) or get a VM per job. A sandbox around the client does not contain the socket.',
    'host-root-mount': 'Mount only the host paths the workload needs, read-only, instead of the whole host file system.',
    'kernel-modules': 'Load kernel modules on the host (or bake them into the VM image), not from a container. A workload that needs its own kernel belongs in a VM or a Kata pod whose guest kernel has the module — gVisor cannot load modules.',
    'untrusted-role':
      "Run code or input from others under a sandboxed runtime: runtimeClassName: gvisor or kata (GKE Sandbox, AKS Pod Sandboxing), Compose runtime: runsc; or a microVM per job. Privileged workloads, host devices, eBPF and kernel modules do not fit gVisor: those need Kata or a VM (each card's runtime table says which fits).",
    'untrusted-needs-host': 'Give runners that need host access a VM of their own per job or tenant, or drop the host access (rootless builds) so a sandbox fits.',
    'isolation-label': 'Honour the label: a VM (or confidential VM) per tenant for vm, a sandboxed runtime for sandbox.',
    'node-agent': 'Node agents: run them on every node as part of its trusted base, with the fewest capabilities and read-only host paths; prefer eBPF-based agents over privileged ones, and keep untrusted workloads on other nodes.',
    'ebpf-probe': 'Kernel probes: grant CAP_BPF / CAP_PERFMON instead of privileged or SYS_ADMIN where the kernel allows, and keep them on nodes without untrusted workloads.',
    'linux-vm-host': '',
    gpu: '',
    'host-devices': 'Pass only the devices needed, read-only where possible; prefer a device plugin over host paths to /dev.',
    'node-sysctl': 'Set node-level sysctls on the nodes (node image, tuned DaemonSet, cloud node config), not from each workload.',
    'untrusted-code':
      "Run untrusted or multi-tenant code under a sandboxed runtime (runtimeClassName: gvisor or kata; Compose runtime: runsc) or in separate VMs. Privileged workloads, host devices, eBPF and kernel modules do not fit gVisor: those need Kata or a VM (each card's runtime table says which fits).",
    'windows-on-linux': 'Run Windows images on Windows hosts (Kubernetes: nodeSelector kubernetes.io/os: windows; Docker: a Windows host), in a Windows VM, or move the service to a Linux base image.',
    privileged: 'Replace privileged: true with the specific capabilities or devices the workload needs.',
    'host-pid': 'Remove hostPID / pid: host; use a sidecar with shareProcessNamespace if it only needs to see its own pod.',
    'dangerous-caps': 'Drop ALL capabilities and add back only what is needed (often just NET_BIND_SERVICE).',
    'host-network': 'Remove hostNetwork / network_mode: host and publish the ports it needs instead.',
    'host-path': 'Replace hostPath mounts with ConfigMaps, Secrets, emptyDir or volumes; mount what must stay read-only.',
    'host-ipc': 'Remove hostIPC / ipc: host.',
    'runs-as-root': 'Run as a non-root user: USER 10001 in the Dockerfile, runAsNonRoot: true with runAsUser in Kubernetes, user: in Compose.',
    'seccomp-unconfined': 'Use the runtime default seccomp profile (seccompProfile: RuntimeDefault) or a custom one instead of Unconfined.',
    'no-memory-limit': 'Set memory limits: resources.limits.memory (Kubernetes), mem_limit or deploy.resources.limits.memory (Compose), --memory (docker run).',
    'eol-base-image': 'Move to a base image release that still gets security fixes.',
    'may-run-as-root': 'Make the user explicit (runAsNonRoot: true / runAsUser, Compose user:, or USER in the Dockerfile) so a root default cannot slip through.',
    'privilege-escalation': 'Set allowPrivilegeEscalation: false (Compose: security_opt: [no-new-privileges:true]).',
    'host-uts': 'Remove uts: host.',
    'no-cpu-request': 'Set CPU requests (resources.requests.cpu) so the scheduler can place the pods.',
    'no-cpu-limit': 'Cap CPU with cpus: (docker run --cpus) so one service cannot starve the others.',
    'rule-finding': 'Fix the rule findings listed on the cards.',
    'no-pids-limit': 'Set pids_limit (docker run --pids-limit) to stop fork bombs.',
    'limits-at-run-time': 'Wherever these images run, set --memory, --cpus and --pids-limit.',
    'host-userns': 'Keep user-namespace remapping on unless the service needs host user ids.',
    'sandboxed-runtime': '',
    'hyperv-isolation': '',
    'user-namespace': '',
    restricted: '',
  },
  affects: 'Affects',
  nothingToDo: 'Nothing to change: every workload is fine as a container.',
  seccompOffPrivileged: 'off (privileged disables seccomp)',
  initTag: 'init container',
  severityTag: (sev) => `containment check: ${sev}`,
  severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  composeService: 'Compose service',
  osFamily: { linux: 'linux', windows: 'windows', unknown: 'unknown' },
  sizeClass: (c) => c,
  fit: FIT_EN,
  chart: CHART_EN,
  diagramTitle: 'Virtual machines and containers, layer by layer',
  diagramDesc:
    'Four stacks side by side. Type 1: hardware, hypervisor, then a guest OS with its own kernel per VM. Type 2: hardware, host OS, hypervisor, guest OS per VM. Containers: hardware, one host OS kernel with namespaces and cgroups, a container runtime, then containers that share that kernel. Sandboxed runtimes: on the left a gVisor pod whose system calls go to a user-space kernel; on the right a Kata pod with its own guest kernel inside a lightweight VM, run by a VMM (QEMU, Cloud Hypervisor or Firecracker) on KVM in the host kernel.',
  d: {
    hardware: 'Hardware',
    hyp1: 'Hypervisor (type 1)',
    hyp2: 'Hypervisor (type 2)',
    hostOs: 'Host OS',
    guestOs: 'Guest OS + kernel',
    app: 'App',
    kernel: 'Host OS kernel · namespaces · cgroups',
    runtime: 'Container runtime',
    container: 'Container',
    vm1: 'VM, type 1',
    vm2: 'VM, type 2',
    ctr: 'Containers',
    sandbox: 'Sandboxed runtime',
    sentry: 'gVisor Sentry / Kata guest kernel',
    vmm: 'VMM · KVM',
    guestKernel: 'Guest kernel',
  },
  compareCaption: 'What each boundary costs and gives',
  aspect: 'Aspect',
  vm: 'Virtual machine',
  container: 'Container',
  sandboxCol: 'Sandboxed runtime',
  rows: [
    ['Isolation', 'Own kernel per VM; the hypervisor is the boundary', 'Namespaces and cgroups on one shared kernel', 'Own (gVisor: user-space) kernel per pod'],
    ['Overhead', 'A whole guest OS per VM: more memory and CPU', 'Only the app and its libraries', 'Small: a thin kernel or a lightweight VM'],
    ['Start-up', 'Full VM: seconds to tens of seconds (boots an OS); microVM (Firecracker): about 100–200 ms', 'Starts a process: milliseconds', 'gVisor: a fraction of a second; Kata: a fraction of a second to about a second'],
    ['Density', 'Tens of full VMs per host; microVMs far more', 'Hundreds of containers per host', 'Between the two: each pod pays its sandbox or guest-kernel memory'],
    ['OS choice', 'Any OS: Windows and Linux side by side', 'Same kernel as the host (Linux on Linux, Windows on Windows)', 'Linux only'],
  ],
  inThisProject: (f) => {
    const out: string[] = [];
    out.push(`${f.sharedKernel} of ${f.workloads} workloads share the host kernel directly.`);
    if (f.sandboxed.length) out.push(`Already sandboxed: ${f.sandboxed.join(', ')}.`);
    if (f.hostNamespaces.length) out.push(`Joining host namespaces: ${f.hostNamespaces.join(', ')}.`);
    if (f.noMemory.length) out.push(`Without a memory limit: ${f.noMemory.join(', ')}.`);
    if (f.windows.length) out.push(`Windows images: ${f.windows.join(', ')}.`);
    if (!f.workloads) return ['No workloads were found here, so the comparison below is general, not about this project.'];
    if (f.byVerdict.vm.length) out.push(`Needs its own kernel or OS — the VM column below: ${f.byVerdict.vm.join(', ')}.`);
    if (f.byVerdict.sandbox.length) out.push(`Runs code or input from others — the sandboxed-runtime column: ${f.byVerdict.sandbox.join(', ')}.`);
    if (f.byVerdict['host-agent'].length) out.push(`Part of the node by design — a sandbox or VM would watch the wrong kernel: ${f.byVerdict['host-agent'].join(', ')}.`);
    if (f.byVerdict.container.length + f.byVerdict.harden.length) out.push(`The container column (namespaces and cgroups on the shared kernel) fits: ${[...f.byVerdict.container, ...f.byVerdict.harden].join(', ')}.`);
    return out;
  },
  hypervisorsHeading: 'Hypervisors: type 1 and type 2',
  hypervisors: [
    'A hypervisor turns one machine\'s CPU, memory, storage and network into virtual hardware, so every VM can boot its own operating system and kernel. One VM\'s crash or compromise stays inside it.',
    'Type 1 (bare metal) runs directly on the hardware: VMware ESXi, Xen, Microsoft Hyper-V. Less overhead and a small attack surface, but it wants dedicated hardware and specialist administration. Cloud servers — and therefore most Kubernetes nodes — are type 1 VMs.',
    'Type 2 (hosted) runs as a program on an ordinary OS: VMware Workstation, Oracle VirtualBox. Easy to install on a laptop; it depends on the host OS for performance and security.',
    'Hypervisors also over-commit resources, balloon unused guest memory back, pin VMs to CPU cores, take snapshots and live-migrate running VMs between servers. The price: each VM has a full OS to boot, patch and update.',
  ],
  nsHeading: 'Namespaces and cgroups: what a container really is',
  nsIntro: 'A container is an ordinary process on the host kernel. Linux namespaces give it its own view of the system; cgroups cap what it may use. Every row in the workload tables above is one of these:',
  nsExplain: {
    pid: 'its own process ids; it cannot see processes outside (hostPID / pid: host undoes this).',
    network: 'its own network stack: interfaces, IP address, ports (hostNetwork / network_mode: host undoes this).',
    mount: 'its own file-system view (host paths and sockets mounted in punch holes into it).',
    ipc: 'its own semaphores, message queues and shared memory (hostIPC / ipc: host undoes this).',
    uts: 'its own host and domain name.',
    user: 'its own user ids, so root inside can be an unprivileged user outside. Off by default in Docker and Kubernetes (hostUsers: false turns it on).',
  },
  cgroupsIntro: 'cgroups (control groups) limit and account CPU, memory, I/O and process counts per container, so one runaway container cannot take the host down:',
  cgroupsItems: [
    'docker run --memory 512m / Compose mem_limit / Kubernetes resources.limits.memory: above it the container is killed (OOM), not the host.',
    'docker run --cpus 1.5 / Compose cpus / Kubernetes resources.limits.cpu: CPU time is throttled; requests.cpu reserves it for scheduling.',
    'docker run --pids-limit 200 / Compose pids_limit: caps the number of processes.',
  ],
  sandboxHeading: 'Sandboxed runtimes: the middle ground',
  sandboxText: [
    'gVisor (runsc) puts a kernel written in user space between the container and the host: system calls are served by gVisor, and only a small, filtered set reaches the host kernel. Kata Containers starts each pod in a lightweight VM with its own guest kernel.',
    'Kata is drawn with its VMM (QEMU, Cloud Hypervisor or Firecracker) on KVM: the boundary is the hardware virtualization the host kernel provides, so nodes need /dev/kvm (bare metal, or cloud VMs with nested virtualization).',
    'Both keep the container workflow — same images, same manifests — and are chosen per workload: runtimeClassName: gvisor or kata in Kubernetes (a RuntimeClass installed on the nodes), runtime: runsc in Compose. Use them for untrusted or multi-tenant code. Neither helps a workload that needs host namespaces or the runtime socket; a workload that needs a real kernel (modules, eBPF, kernel features) fits Kata with a suitable guest kernel or a VM — not gVisor.',
  ],
  windowsText: 'Windows containers share the Windows kernel of their host, so they need a Windows host. With process isolation the host build must match the image build; Hyper-V isolation gives each container a small utility VM with a matching kernel (stronger isolation, more memory, slower start). Linux containers on a Windows or macOS host already run in a VM: Docker Desktop uses WSL 2 or Hyper-V on Windows and Apple\'s Virtualization framework on macOS.',
  hybridHeading: 'The hybrid: containers on VMs',
  hybridText: [
    'Most production containers run on VMs: the cloud provider\'s hypervisor separates customers, and namespaces and cgroups separate the containers of one customer. Kubernetes schedules containers across those VM nodes and can mix plain, gVisor and Kata pods, or Windows and Linux node pools, in one cluster.',
    'A common split: security-critical or legacy systems and anything that needs its own kernel stay on VMs; web services and microservices ship as containers for fast deploys and scaling.',
  ],
  openFile: (path, line) => `Open ${path} at line ${line}`,
  skipToContent: 'Skip to content',
};

const ko: Strings = {
  lang: 'ko',
  title: 'Containment: VM일까, 컨테이너일까?',
  subtitle: (name) => `${name}의 각 워크로드가 호스트와 무엇을 공유하는지, 그리고 언제 샌드박스 런타임이나 VM이 더 나은지`,
  generatedBy: 'Containment가 생성함',
  nav: '목차',
  glance: '프로젝트 한눈에 보기',
  workloadsHeading: '워크로드',
  explainHeading: '이 프로젝트로 보는 VM과 컨테이너',
  nextHeading: '다음에 할 일',
  files: '파일',
  workloads: '워크로드',
  findings: '규칙 검사 결과',
  images: '이미지',
  noWorkloads: '이 폴더에서 Dockerfile, Compose 서비스, Kubernetes 워크로드를 찾지 못했습니다.',
  chartTitle: '리소스 제한, 실행 사용자, Pod Security 수준',
  chartDesc: '막대 그래프: 메모리 제한과 CPU 설정이 있는 워크로드 수, non-root로 실행되는 워크로드 수, Kubernetes 워크로드의 Pod Security Standards 수준.',
  memoryLimit: '메모리 제한',
  cpuRequest: 'CPU 요청/제한',
  nonRoot: 'non-root 실행',
  pssLabel: 'Pod Security',
  of: (n, total) => `${total}개 중 ${n}개`,
  imageCols: { image: '이미지', os: 'OS', size: '크기 분류', eol: '지원 종료(EOL)', user: '실행 사용자', source: '위치' },
  builtFrom: '빌드:',
  pulled: '외부 이미지',
  verdict: { container: '컨테이너', harden: '보안 강화', 'host-agent': '호스트 에이전트', sandbox: '샌드박스', vm: 'VM' },
  verdictHint: {
    container: '지금 그대로 컨테이너로 충분합니다.',
    harden: '아래 설정을 고치면 컨테이너로 충분합니다.',
    'host-agent': '설계상 노드의 신뢰 기반에 속합니다: 샌드박스나 VM에 넣으면 동작하지 않거나 엉뚱한 커널을 봅니다. 전용 노드, 소켓 프록시, eBPF 에이전트, 최소 capability로 다루세요.',
    sandbox: '다른 사람의 코드나 입력을 실행하며 샌드박스 안에서도 동작합니다(gVisor, Kata 중 무엇이 맞는지는 각 카드의 런타임 표에 있습니다): 샌드박스 런타임을 쓰세요.',
    vm: '자체 커널이나 OS가 필요하거나, 공유 커널로는 줄 수 없는 분리가 필요합니다: VM(표시된 경우 Kata 게스트 커널).',
  },
  weight: { vm: 'VM', sandbox: '샌드박스', 'host-agent': '호스트 에이전트', harden: '강화', info: '참고', good: '양호' },
  kernel: {
    shared: '호스트 커널 공유 (runc)',
    'guest-kernel': '자체 게스트 커널 (Kata, 경량 VM)',
    'user-space-kernel': '사용자 공간 커널 (gVisor)',
    'windows-process': 'Windows 프로세스 격리 (호스트 커널 공유)',
    'windows-hyperv': 'Windows Hyper-V 격리 (유틸리티 VM)',
  },
  namespace: { pid: 'PID', network: '네트워크', mount: '마운트', ipc: 'IPC', uts: 'UTS', user: '사용자' },
  namespaceState: { isolated: '격리됨', shared: '호스트와 공유', partial: '일부 공유' },
  defaultWhy: '기본값',
  noUserNs: '사용자 네임스페이스 없음: 컨테이너 안의 uid 0은 호스트의 uid 0',
  userNsDefault: '호스트 사용자 ID (기본값)',
  userNsSandbox: '샌드박스 커널 뒤에 있음',
  hostNsInSandbox: (k) => `${k === 'gvisor' ? 'gVisor 샌드박스' : 'Kata 게스트'} 안의 프로세스는 노드의 것에 닿지 못함`,
  noUserNsSandbox: (k) => `사용자 네임스페이스는 없지만, 컨테이너 안의 uid 0은 ${k === 'gvisor' ? 'gVisor 샌드박스' : 'Kata 게스트 커널'}의 root일 뿐 호스트 커널의 root가 아님`,
  tristate: { yes: '예', no: '아니요', unknown: '알 수 없음' },
  rootState: { yes: '루트', no: '루트 아님', unknown: '알 수 없음' },
  rootStateWindows: { yes: '관리자', no: '관리자 아님', unknown: '알 수 없음' },
  kernelWindowsOnLinux: 'Windows 커널 필요: Linux 호스트에서는 실행할 수 없음',
  kernelLinuxVm: 'Docker Linux VM의 커널 (다른 Linux 컨테이너와 공유)',
  noUserNsLinuxVm: '사용자 네임스페이스 없음: 컨테이너 안의 uid 0은 Docker Linux VM의 uid 0이며, Windows나 macOS 호스트의 uid 0이 아님',
  limitsWindows: '리소스 제한 (Windows 작업 개체)',
  rootBasis: (code, p) =>
    code === 'field'
      ? `${p.field}: ${p.value}`
      : code === 'not-followed'
        ? '차트 템플릿에서 따라가지 못한 구문이 securityContext를 씀'
      : code === 'dockerfile-user'
        ? `${p.file}의 USER ${p.user}`
        : code === 'dockerfile-drops-privileges'
          ? `${p.file}에 USER가 없어 루트로 시작하지만 ${p.tool}을(를) 설치하므로, 엔트리포인트가 서비스를 시작하기 전에 사용자를 바꿀 가능성이 큼`
        : code === 'dockerfile-image-default'
          ? `${p.file}에 USER가 없고, ${p.image}의 기본 사용자는 ${p.user}`
          : code === 'dockerfile-image-unknown'
            ? `${p.file}에 USER가 없고 ${p.image}의 기본 사용자를 알 수 없음 (대부분의 이미지는 기본이 root)`
            : code === 'image-default'
              ? `${p.image}의 기본 사용자는 ${p.user}`
              : code === 'image-unknown'
                ? `${p.image}의 기본 사용자를 알 수 없음 (대부분의 이미지는 기본이 root)`
                : code === 'no-dockerfile'
                  ? 'build:의 Dockerfile을 찾지 못함'
                  : '컨테이너 없음',
  pss: { privileged: 'Privileged', baseline: 'Baseline', restricted: 'Restricted' },
  profileCaption: (name) => `${name}의 격리 프로필`,
  colPart: '항목',
  colState: '상태',
  colWhy: '근거',
  kernelRow: '커널',
  privileges: '권한',
  cgroups: 'cgroups (리소스 제한)',
  root: '실행 사용자',
  privileged: 'privileged',
  addedCaps: '추가된 capability',
  escalation: '권한 상승 허용',
  seccomp: 'Seccomp',
  readOnlyRoot: '읽기 전용 루트 파일시스템',
  yes: '예',
  no: '아니요',
  notSet: '설정 안 됨',
  atRunTime: 'docker run 시 결정',
  qos: 'QoS 클래스',
  memory: '메모리 제한',
  cpuReq: 'CPU 요청',
  cpuLim: 'CPU 제한',
  pids: 'PID 수 제한',
  containers: '컨테이너',
  reasons: '판단 근거',
  ruleFindings: (n) => `규칙 검사 결과 (${n})`,
  none: '없음',
  reason: {
    'host-root-equivalent': () => 'privileged이면서 호스트 PID 네임스페이스를 공유합니다: 격리된 프로세스가 아니라 호스트의 root와 같습니다',
    privileged: (p) =>
      p.kernel === 'kata'
        ? 'Kata 게스트 안에서 privileged로 실행됩니다: 게스트 안의 모든 capability를 갖고 seccomp가 꺼지며, 호스트 장치는 런타임이 넘겨줄 때만 보입니다'
        : p.kernel === 'gvisor'
          ? 'privileged를 요청합니다: gVisor에서는 호스트 접근을 주지 않으며 GKE Sandbox는 거부합니다'
          : 'privileged로 실행됩니다: 모든 capability와 호스트 장치를 갖고, seccomp와 AppArmor가 꺼집니다',
    'container-runtime-socket': (p) =>
      p.untrusted === 'yes'
        ? `컨테이너 런타임 소켓(${p.path})을 마운트한 채 다른 사람의 코드를 실행합니다: 어떤 작업이든 privileged 컨테이너를 띄워 호스트 root가 될 수 있고, 어떤 샌드박스도 이를 막지 못합니다`
        : `컨테이너 런타임 소켓(${p.path})을 마운트합니다: 호스트의 모든 컨테이너를 제어하므로 호스트의 신뢰 기반에 속합니다`,
    'host-root-mount': (p) => `호스트의 루트 파일시스템(${p.path})을 마운트합니다`,
    'kernel-modules': (p) =>
      p.agent === 'yes'
        ? `노드 커널에 커널 모듈을 올립니다(${p.what}): 노드 에이전트로서 하는 일이며, 자체 샌드박스나 VM 안에서는 할 수 없습니다`
        : `커널 모듈을 올립니다(${p.what}): 컨테이너는 자체 커널을 가질 수 없지만, VM(또는 그 모듈을 넣어 빌드한 Kata 게스트 커널)은 가질 수 있습니다`,
    'untrusted-role': (p) => `다른 사람의 코드나 입력(${p.role}: ${p.what})을 ${p.sandboxed === 'yes' ? '실행하며, 이미 샌드박스 안에 있습니다' : '공유 호스트 커널 위에서 실행합니다'}`,
    'untrusted-needs-host': () => '다른 사람의 코드를 실행하지만 어떤 샌드박스도 허용하지 않는 호스트 접근이 필요합니다: 자체 VM을 주세요',
    'isolation-label': (p) => (p.value === 'vm' ? '강한 분리가 필요하다고 표시되어 있습니다 (containment.dev/isolation: vm)' : '샌드박스가 필요하다고 표시되어 있습니다 (containment.dev/isolation: sandbox)'),
    'node-agent': (p) => `설계상 노드 에이전트입니다(${p.role === 'daemonset' ? '호스트 접근이 있는 DaemonSet' : p.role}: ${p.what}): 노드를 감시하거나 관리하려고 존재합니다`,
    'ebpf-probe': (p) => `호스트 커널을 관찰합니다(${p.what}): eBPF와 트레이싱은 자신이 실행되는 커널만 봅니다`,
    'linux-vm-host': () => 'Windows나 macOS 호스트의 Linux 이미지: Docker가 이미 Linux VM 안에서 실행합니다 (Windows는 WSL 2나 Hyper-V, macOS는 Apple Virtualization 프레임워크)',
    gpu: (p) => `GPU를 요청합니다(${p.gpu})`,
    'host-devices': (p) => `호스트 장치를 씁니다(${p.devices})`,
    'node-sysctl': (p) => `${p.name}은(는) 노드 설정입니다(네임스페이스로 나뉘지 않음): 노드 전체에 적용되므로 워크로드가 아니라 노드에서 설정하세요`,
    'windows-on-linux': (p) => `Linux 호스트에서 Windows 이미지(${p.image})를 씁니다: 컨테이너는 호스트 커널을 공유하므로 Windows 호스트나 Windows VM이 필요합니다`,
    'untrusted-code': (p) =>
      p.sandboxed === 'yes' ? `신뢰할 수 없는 코드 또는 멀티테넌트 코드(${p.key})를 실행하며, 이미 샌드박스 안에 있습니다` : `신뢰할 수 없는 코드 또는 멀티테넌트 코드(${p.key})를 공유 커널 위에서 실행합니다`,
    'host-pid': (p) =>
      p.kernel === 'gvisor' || p.kernel === 'kata'
        ? `호스트 PID 네임스페이스를 요청합니다(${p.why}): ${p.kernel === 'gvisor' ? 'gVisor 샌드박스' : 'Kata 게스트'} 안에서는 샌드박스의 프로세스만 보이고 노드의 프로세스는 보이지 않습니다 (GKE Sandbox는 거부함)`
        : p.ptrace === 'yes'
        ? `호스트 PID 네임스페이스를 공유합니다(${p.why}): 호스트의 모든 프로세스를 보고, 가진 capability로 ptrace나 nsenter도 할 수 있습니다`
        : `호스트 PID 네임스페이스를 공유합니다(${p.why}): 호스트의 모든 프로세스와 명령줄을 봅니다 (ptrace나 nsenter에는 CAP_SYS_PTRACE / CAP_SYS_ADMIN이 필요)`,
    'host-network': (p) => `호스트 네트워크 네임스페이스를 공유합니다(${p.why}): 호스트 포트를 직접 열고 호스트 전용 서비스에 바로 접근합니다`,
    'host-ipc': (p) =>
      p.kernel === 'gvisor' || p.kernel === 'kata'
        ? `호스트 IPC 네임스페이스를 요청합니다(${p.why}): ${p.kernel === 'gvisor' ? 'gVisor 샌드박스' : 'Kata 게스트'} 안에서는 샌드박스의 IPC 객체만 공유하고 노드의 것은 보이지 않습니다`
        : `호스트 IPC 네임스페이스를 공유합니다(${p.why}): 호스트의 공유 메모리와 메시지 큐가 보입니다`,
    'host-uts': (p) =>
      p.sysadmin === 'yes' ? `호스트 UTS 네임스페이스를 공유합니다(${p.why}): CAP_SYS_ADMIN이 있어 호스트 이름을 바꿀 수 있습니다` : `호스트 UTS 네임스페이스를 공유합니다(${p.why}): 호스트 이름이 보입니다 (바꾸려면 CAP_SYS_ADMIN이 필요)`,
    'host-userns': (p) => `사용자 네임스페이스 재매핑을 끕니다(${p.why})`,
    'host-path': (p) => `호스트 경로(${p.path})를 마운트합니다: 마운트 네임스페이스가 호스트의 그 부분을 더 이상 가리지 못합니다`,
    'runs-as-root': (p) =>
      p.kernel === 'gvisor' || p.kernel === 'kata'
        ? `root로 실행됩니다(${p.why}). uid 0은 ${p.kernel === 'gvisor' ? 'gVisor 샌드박스' : 'Kata 게스트'} 안의 root이지 호스트 커널의 root가 아닙니다`
        : `root로 실행됩니다(${p.why}). 컨테이너의 root는 공유 커널 위의 root입니다`,
    'may-run-as-root': (p) => `root로 실행될 수 있습니다: ${p.why}`,
    'dangerous-caps': (p) => `기본 집합 밖의 capability를 추가합니다: ${p.caps}`,
    'privilege-escalation': () => '권한 상승을 허용합니다 (setuid 바이너리로 더 높은 권한을 얻을 수 있음)',
    'seccomp-unconfined': () => 'seccomp가 꺼져 있습니다: 모든 시스템 콜이 호스트 커널에 그대로 닿습니다',
    'no-memory-limit': (p) => `메모리 제한이 없습니다(${p.containers}): 메모리 누수 하나로 호스트 전체가 메모리 부족에 빠질 수 있습니다`,
    'no-cpu-request': (p) => `CPU 요청이 없습니다(${p.containers}): 스케줄러가 CPU를 확보해 둘 수 없습니다`,
    'no-cpu-limit': (p) => `CPU 제한이 없습니다(${p.containers}): 호스트의 모든 코어를 차지할 수 있습니다 (cpus: / --cpus)`,
    'no-pids-limit': () => 'PID 수 제한이 없습니다: 포크 폭탄 하나로 호스트 프로세스 테이블이 가득 찰 수 있습니다',
    'limits-at-run-time': () => '이미지에는 제한이 없습니다: 실행하는 곳에서 설정하세요 (docker run --memory, --cpus, --pids-limit)',
    'eol-base-image': (p) => `베이스 이미지의 지원이 종료되었습니다(${p.label}): 더 이상 보안 패치가 없습니다`,
    'rule-finding': (p) => `${p.rule}: ${p.message}`,
    'sandboxed-runtime': (p) =>
      `샌드박스 런타임(${p.runtime})으로 실행됩니다: ${p.kernel === 'gvisor' ? '시스템 콜을 호스트 커널이 아니라 사용자 공간 커널(gVisor)이 처리합니다' : '파드가 자체 게스트 커널을 가진 경량 VM(Kata)에서 실행됩니다'}`,
    'hyperv-isolation': () => 'Hyper-V 격리: 컨테이너마다 자체 유틸리티 VM과 커널을 갖습니다',
    'user-namespace': () => '자체 사용자 네임스페이스: 컨테이너 안의 root가 호스트에서는 권한 없는 사용자입니다',
    restricted: () => 'Pod Security Standards의 "restricted" 수준을 만족합니다',
  },
  action: {
    'host-root-equivalent': '이 워크로드는 호스트의 일부로 다루세요. 특정 capability로 충분하다면 privileged와 hostPID를 없애고, 정말 호스트 root가 필요하다면 전용 노드에서 실행하거나(또는 호스트 서비스로 돌리고) 신뢰할 수 없는 워크로드와 분리하세요.',
    'container-runtime-socket': '런타임 소켓: 필요한 API 호출만 허용하는 소켓 프록시를 앞에 두고(대시보드는 읽기 전용), 신뢰할 수 없는 작업과 떨어진 전용 노드에서 실행하세요. CI 작업은 rootless 빌더(BuildKit rootless, kaniko)로 빌드하거나 작업마다 VM을 주세요. 클라이언트를 샌드박스에 넣어도 소켓은 막지 못합니다.',
    'host-root-mount': '호스트 파일시스템 전체 대신 필요한 경로만 읽기 전용으로 마운트하세요.',
    'kernel-modules': '커널 모듈은 컨테이너가 아니라 호스트(또는 VM 이미지)에서 로드하세요. 자체 커널이 필요한 워크로드는 VM이나, 그 모듈이 있는 게스트 커널을 쓰는 Kata 파드가 맞습니다. gVisor는 모듈을 올릴 수 없습니다.',
    'untrusted-role':
      '다른 사람의 코드나 입력은 샌드박스 런타임으로 실행하세요: runtimeClassName: gvisor 또는 kata(GKE Sandbox, AKS Pod Sandboxing), Compose는 runtime: runsc, 또는 작업마다 마이크로VM. privileged, 호스트 장치, eBPF, 커널 모듈이 필요한 워크로드는 gVisor에 맞지 않으니 Kata나 VM을 쓰세요(어느 쪽이 맞는지는 각 카드의 런타임 표에 있습니다).',
    'untrusted-needs-host': '호스트 접근이 필요한 러너에는 작업이나 테넌트마다 자체 VM을 주거나, 호스트 접근을 없애서(rootless 빌드) 샌드박스가 맞게 하세요.',
    'isolation-label': '레이블을 따르세요: vm이면 테넌트마다 VM(또는 컨피덴셜 VM), sandbox면 샌드박스 런타임.',
    'node-agent': '노드 에이전트: 노드의 신뢰 기반으로서 모든 노드에서 실행하되, capability는 최소로, 호스트 경로는 읽기 전용으로 두세요. privileged 에이전트보다 eBPF 기반 에이전트를 고르고, 신뢰할 수 없는 워크로드는 다른 노드에 두세요.',
    'ebpf-probe': '커널 프로브: 커널이 허용하면 privileged나 SYS_ADMIN 대신 CAP_BPF / CAP_PERFMON을 주고, 신뢰할 수 없는 워크로드가 없는 노드에 두세요.',
    'linux-vm-host': '',
    gpu: '',
    'host-devices': '필요한 장치만, 가능하면 읽기 전용으로 넘기세요. /dev 호스트 경로보다 디바이스 플러그인을 쓰세요.',
    'node-sysctl': '노드 수준 sysctl은 워크로드마다가 아니라 노드(노드 이미지, 튜닝 DaemonSet, 클라우드 노드 설정)에서 설정하세요.',
    'untrusted-code':
      '신뢰할 수 없는 코드나 멀티테넌트 코드는 샌드박스 런타임(runtimeClassName: gvisor 또는 kata, Compose는 runtime: runsc)이나 별도 VM에서 실행하세요. privileged, 호스트 장치, eBPF, 커널 모듈이 필요한 워크로드는 gVisor에 맞지 않으니 Kata나 VM을 쓰세요(어느 쪽이 맞는지는 각 카드의 런타임 표에 있습니다).',
    'windows-on-linux': 'Windows 이미지는 Windows 호스트(Kubernetes: nodeSelector kubernetes.io/os: windows, Docker: Windows 호스트)나 Windows VM에서 실행하거나, Linux 베이스 이미지로 옮기세요.',
    privileged: 'privileged: true 대신 필요한 capability나 장치만 지정하세요.',
    'host-pid': 'hostPID / pid: host를 없애세요. 같은 파드의 프로세스만 보면 된다면 shareProcessNamespace를 쓰세요.',
    'dangerous-caps': '모든 capability를 drop(ALL)하고 꼭 필요한 것만 다시 추가하세요 (대개 NET_BIND_SERVICE 하나).',
    'host-network': 'hostNetwork / network_mode: host를 없애고 필요한 포트만 공개하세요.',
    'host-path': 'hostPath 마운트를 ConfigMap, Secret, emptyDir, 볼륨으로 바꾸고, 남겨야 하는 것은 읽기 전용으로 마운트하세요.',
    'host-ipc': 'hostIPC / ipc: host를 없애세요.',
    'runs-as-root': 'non-root 사용자로 실행하세요: Dockerfile에 USER 10001, Kubernetes에 runAsNonRoot: true와 runAsUser, Compose에 user:.',
    'seccomp-unconfined': 'Unconfined 대신 런타임 기본 seccomp 프로필(seccompProfile: RuntimeDefault)이나 직접 만든 프로필을 쓰세요.',
    'no-memory-limit': '메모리 제한을 설정하세요: resources.limits.memory (Kubernetes), mem_limit 또는 deploy.resources.limits.memory (Compose), --memory (docker run).',
    'eol-base-image': '아직 보안 패치를 받는 베이스 이미지 버전으로 옮기세요.',
    'may-run-as-root': '실행 사용자를 명시하세요 (runAsNonRoot: true / runAsUser, Compose user:, Dockerfile USER). 그래야 root 기본값이 끼어들지 않습니다.',
    'privilege-escalation': 'allowPrivilegeEscalation: false를 설정하세요 (Compose: security_opt: [no-new-privileges:true]).',
    'host-uts': 'uts: host를 없애세요.',
    'no-cpu-request': '스케줄러가 파드를 배치할 수 있도록 CPU 요청(resources.requests.cpu)을 설정하세요.',
    'no-cpu-limit': '한 서비스가 다른 서비스를 굶기지 않도록 cpus:(docker run --cpus)로 CPU를 제한하세요.',
    'rule-finding': '카드에 나온 규칙 검사 결과를 고치세요.',
    'no-pids-limit': '포크 폭탄을 막도록 pids_limit(docker run --pids-limit)를 설정하세요.',
    'limits-at-run-time': '이 이미지를 실행하는 곳마다 --memory, --cpus, --pids-limit를 설정하세요.',
    'host-userns': '호스트 사용자 ID가 꼭 필요하지 않다면 사용자 네임스페이스 재매핑을 켜 두세요.',
    'sandboxed-runtime': '',
    'hyperv-isolation': '',
    'user-namespace': '',
    restricted: '',
  },
  affects: '대상',
  nothingToDo: '바꿀 것이 없습니다: 모든 워크로드가 컨테이너로 충분합니다.',
  seccompOffPrivileged: '꺼짐 (privileged는 seccomp를 끕니다)',
  initTag: 'init 컨테이너',
  severityTag: (sev) => `containment check: ${SEVERITY_KO[sev as Severity] ?? sev}`,
  severity: SEVERITY_KO,
  composeService: 'Compose 서비스',
  osFamily: { linux: 'Linux', windows: 'Windows', unknown: '알 수 없음' },
  sizeClass: (c) => SIZE_CLASS_KO[c] ?? c,
  fit: FIT_KO,
  chart: CHART_KO,
  diagramTitle: '가상 머신과 컨테이너의 계층 구조',
  diagramDesc:
    '네 가지 구조를 나란히 보여 줍니다. 타입 1: 하드웨어, 하이퍼바이저, 그리고 VM마다 자체 커널을 가진 게스트 OS. 타입 2: 하드웨어, 호스트 OS, 하이퍼바이저, VM마다 게스트 OS. 컨테이너: 하드웨어, 네임스페이스와 cgroups를 가진 하나의 호스트 OS 커널, 컨테이너 런타임, 그 커널을 공유하는 컨테이너들. 샌드박스 런타임: 왼쪽은 시스템 콜이 사용자 공간 커널로 가는 gVisor 파드, 오른쪽은 경량 VM 안에 자체 게스트 커널을 가진 Kata 파드로, 호스트 커널의 KVM 위에서 VMM(QEMU, Cloud Hypervisor, Firecracker)이 실행합니다.',
  d: {
    hardware: '하드웨어',
    hyp1: '하이퍼바이저 (타입 1)',
    hyp2: '하이퍼바이저 (타입 2)',
    hostOs: '호스트 OS',
    guestOs: '게스트 OS + 커널',
    app: '앱',
    kernel: '호스트 OS 커널 · 네임스페이스 · cgroups',
    runtime: '컨테이너 런타임',
    container: '컨테이너',
    vm1: 'VM, 타입 1',
    vm2: 'VM, 타입 2',
    ctr: '컨테이너',
    sandbox: '샌드박스 런타임',
    sentry: 'gVisor Sentry / Kata 게스트 커널',
    vmm: 'VMM · KVM',
    guestKernel: '게스트 커널',
  },
  compareCaption: '격리 방식별 비용과 이점',
  aspect: '항목',
  vm: '가상 머신',
  container: '컨테이너',
  sandboxCol: '샌드박스 런타임',
  rows: [
    ['격리', 'VM마다 자체 커널, 하이퍼바이저가 경계', '하나의 공유 커널 위의 네임스페이스와 cgroups', '파드마다 자체 커널 (gVisor는 사용자 공간 커널)'],
    ['오버헤드', 'VM마다 게스트 OS 전체: 메모리와 CPU를 더 씀', '앱과 라이브러리만', '작음: 얇은 커널 또는 경량 VM'],
    ['시작 시간', '전체 VM: 수 초에서 수십 초(OS 부팅), 마이크로VM(Firecracker): 약 100–200 ms', '프로세스 시작: 밀리초 단위', 'gVisor: 1초 미만, Kata: 1초 미만에서 약 1초'],
    ['밀도', '호스트당 전체 VM 수십 개, 마이크로VM은 훨씬 많이', '호스트당 컨테이너 수백 개', '그 중간: 파드마다 샌드박스나 게스트 커널 메모리가 듭니다'],
    ['OS 선택', '어떤 OS든: Windows와 Linux를 한 서버에서', '호스트와 같은 커널 (Linux는 Linux에서, Windows는 Windows에서)', 'Linux만'],
  ],
  inThisProject: (f) => {
    const out: string[] = [];
    out.push(`워크로드 ${f.workloads}개 중 ${f.sharedKernel}개가 호스트 커널을 직접 공유합니다.`);
    if (f.sandboxed.length) out.push(`이미 샌드박스에서 실행: ${f.sandboxed.join(', ')}.`);
    if (f.hostNamespaces.length) out.push(`호스트 네임스페이스에 참여: ${f.hostNamespaces.join(', ')}.`);
    if (f.noMemory.length) out.push(`메모리 제한 없음: ${f.noMemory.join(', ')}.`);
    if (f.windows.length) out.push(`Windows 이미지: ${f.windows.join(', ')}.`);
    if (!f.workloads) return ['이 폴더에서 워크로드를 찾지 못했으므로 아래 비교는 이 프로젝트가 아니라 일반적인 설명입니다.'];
    if (f.byVerdict.vm.length) out.push(`자체 커널이나 OS가 필요함 — 아래 VM 열: ${f.byVerdict.vm.join(', ')}.`);
    if (f.byVerdict.sandbox.length) out.push(`다른 사람의 코드나 입력을 실행함 — 샌드박스 런타임 열: ${f.byVerdict.sandbox.join(', ')}.`);
    if (f.byVerdict['host-agent'].length) out.push(`설계상 노드의 일부 — 샌드박스나 VM에서는 엉뚱한 커널을 봄: ${f.byVerdict['host-agent'].join(', ')}.`);
    if (f.byVerdict.container.length + f.byVerdict.harden.length) out.push(`컨테이너 열(공유 커널 위의 네임스페이스와 cgroups)이 맞음: ${[...f.byVerdict.container, ...f.byVerdict.harden].join(', ')}.`);
    return out;
  },
  hypervisorsHeading: '하이퍼바이저: 타입 1과 타입 2',
  hypervisors: [
    '하이퍼바이저는 물리 서버의 CPU, 메모리, 저장장치, 네트워크를 가상 하드웨어로 만들어, VM마다 자체 운영 체제와 커널을 부팅할 수 있게 합니다. 한 VM의 장애나 침해는 그 VM 안에 머뭅니다.',
    '타입 1(베어메탈)은 하드웨어 위에서 직접 실행됩니다: VMware ESXi, Xen, Microsoft Hyper-V. 오버헤드가 적고 공격 표면이 작지만, 전용 하드웨어와 전문적인 관리가 필요합니다. 클라우드 서버, 따라서 대부분의 Kubernetes 노드는 타입 1 위의 VM입니다.',
    '타입 2(호스티드)는 일반 OS 위의 프로그램으로 실행됩니다: VMware Workstation, Oracle VirtualBox. 노트북에 쉽게 설치할 수 있지만 성능과 보안이 호스트 OS에 달려 있습니다.',
    '하이퍼바이저는 리소스 오버커밋, 메모리 벌루닝, CPU 핀닝, 스냅샷, 실행 중인 VM의 라이브 마이그레이션도 제공합니다. 대가는 VM마다 부팅하고 패치하고 업데이트할 OS 전체가 있다는 점입니다.',
  ],
  nsHeading: '네임스페이스와 cgroups: 컨테이너의 실체',
  nsIntro: '컨테이너는 호스트 커널 위의 평범한 프로세스입니다. 리눅스 네임스페이스가 시스템을 보는 자체 시야를 주고, cgroups가 쓸 수 있는 자원을 제한합니다. 위 워크로드 표의 각 행이 바로 이것입니다:',
  nsExplain: {
    pid: '자체 프로세스 ID 공간. 밖의 프로세스를 볼 수 없습니다 (hostPID / pid: host는 이를 없앱니다).',
    network: '자체 네트워크 스택: 인터페이스, IP, 포트 (hostNetwork / network_mode: host는 이를 없앱니다).',
    mount: '자체 파일시스템 뷰 (호스트 경로나 소켓을 마운트하면 그만큼 구멍이 뚫립니다).',
    ipc: '자체 세마포어, 메시지 큐, 공유 메모리 (hostIPC / ipc: host는 이를 없앱니다).',
    uts: '자체 호스트 이름과 도메인 이름.',
    user: '자체 사용자 ID. 안의 root가 밖에서는 권한 없는 사용자가 될 수 있습니다. Docker와 Kubernetes에서는 기본으로 꺼져 있습니다 (hostUsers: false로 켭니다).',
  },
  cgroupsIntro: 'cgroups(control groups)는 컨테이너별로 CPU, 메모리, I/O, 프로세스 수를 제한하고 측정해서, 폭주하는 컨테이너 하나가 호스트를 쓰러뜨리지 못하게 합니다:',
  cgroupsItems: [
    'docker run --memory 512m / Compose mem_limit / Kubernetes resources.limits.memory: 넘으면 호스트가 아니라 그 컨테이너가 종료됩니다(OOM).',
    'docker run --cpus 1.5 / Compose cpus / Kubernetes resources.limits.cpu: CPU 시간이 조절됩니다. requests.cpu는 스케줄링을 위해 CPU를 확보합니다.',
    'docker run --pids-limit 200 / Compose pids_limit: 프로세스 수를 제한합니다.',
  ],
  sandboxHeading: '샌드박스 런타임: 중간 지점',
  sandboxText: [
    'gVisor(runsc)는 컨테이너와 호스트 사이에 사용자 공간에서 동작하는 커널을 둡니다. 시스템 콜은 gVisor가 처리하고, 걸러진 일부만 호스트 커널에 닿습니다. Kata Containers는 파드마다 자체 게스트 커널을 가진 경량 VM을 띄웁니다.',
    'Kata는 KVM 위의 VMM(QEMU, Cloud Hypervisor, Firecracker)과 함께 그렸습니다: 경계는 호스트 커널이 제공하는 하드웨어 가상화이므로 노드에 /dev/kvm이 필요합니다(베어메탈, 또는 중첩 가상화를 지원하는 클라우드 VM).',
    '둘 다 컨테이너 작업 방식(같은 이미지, 같은 매니페스트)을 그대로 유지하며 워크로드별로 고릅니다: Kubernetes는 runtimeClassName: gvisor 또는 kata(노드에 RuntimeClass 설치), Compose는 runtime: runsc. 신뢰할 수 없는 코드나 멀티테넌트 코드에 쓰세요. 호스트 네임스페이스나 런타임 소켓이 필요한 워크로드에는 둘 다 도움이 되지 않습니다. 진짜 커널이 필요한 워크로드(모듈, eBPF, 커널 기능)는 gVisor가 아니라 알맞은 게스트 커널의 Kata나 VM이 맞습니다.',
  ],
  windowsText: 'Windows 컨테이너는 호스트의 Windows 커널을 공유하므로 Windows 호스트가 필요합니다. 프로세스 격리에서는 호스트 빌드와 이미지 빌드가 맞아야 하고, Hyper-V 격리는 컨테이너마다 커널이 맞는 작은 유틸리티 VM을 줍니다 (격리는 강하지만 메모리를 더 쓰고 시작이 느림). Windows나 macOS 호스트의 Linux 컨테이너는 이미 VM 안에서 실행됩니다: Docker Desktop은 Windows에서 WSL 2나 Hyper-V를, macOS에서 Apple Virtualization 프레임워크를 씁니다.',
  hybridHeading: '하이브리드: VM 위의 컨테이너',
  hybridText: [
    '운영 환경의 컨테이너 대부분은 VM 위에서 돌아갑니다. 클라우드 사업자의 하이퍼바이저가 고객을 나누고, 네임스페이스와 cgroups가 한 고객의 컨테이너들을 나눕니다. Kubernetes는 이 VM 노드들에 컨테이너를 배치하며, 일반 파드와 gVisor·Kata 파드, Windows와 Linux 노드 풀을 한 클러스터에 섞을 수 있습니다.',
    '흔한 분담: 보안이 중요한 시스템, 레거시 시스템, 자체 커널이 필요한 것은 VM에 두고, 웹 서비스와 마이크로서비스는 빠른 배포와 확장을 위해 컨테이너로 운영합니다.',
  ],
  openFile: (path, line) => `${path} ${line}행 열기`,
  skipToContent: '본문으로 건너뛰기',
};

export const STRINGS: Record<Lang, Strings> = { en, ko };

export function stringsFor(lang: string | undefined): Strings {
  return lang && lang.toLowerCase().startsWith('ko') ? ko : en;
}
