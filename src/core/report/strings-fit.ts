/**
 * Texts of the decision parts of the report — the three decisions at the top, the verdict filter, the runtime fit
 * matrix and the explainer's sections on microVMs, managed sandboxes and confidential VMs — in English and Korean.
 * Plain text: the renderer escapes. Figures are typical values from the runtimes' own documentation.
 */
import type { FitCode, FitLevel, RuntimeId, Verdict } from '../project/model';
import { FIT_REASON_EN } from '../project/reason-texts';

type P = Record<string, string>;

export interface DecisionGroup {
  verdict: Verdict;
  names: string[];
}

export interface FitStrings {
  runtime: Record<RuntimeId, string>;
  level: Record<FitLevel, string>;
  reason: (rt: RuntimeId, code: FitCode, p: P) => string;
  matrixCaption: (name: string) => string;
  colRuntime: string;
  colFit: string;
  colStartup: string;
  colOverhead: string;
  startup: (lo: number, hi: number) => string;
  overhead: (lo: number, hi: number, pct?: [number, number]) => string;
  costNote: string;
  decisionsHeading: string;
  /** One line per verdict that has workloads: what to decide, for which workloads. */
  decision: Record<Verdict, (names: string) => string>;
  /** The sandbox decision naming only the runtimes every listed workload fits (gVisor is no use for a privileged one). */
  sandboxDecision: (names: string, gvisor: boolean, kata: boolean) => string;
  /** Untrusted workloads that already run under gVisor or Kata. */
  keepSandboxed: (names: string) => string;
  noDecisions: string;
  filterLegend: string;
  filterAll: string;
  moreCards: (n: number) => string;
  microvmHeading: string;
  microvmText: string[];
  managedHeading: string;
  managedText: string[];
  confidentialHeading: string;
  confidentialText: string[];
  labelDoc: string;
}

const ms = (n: number) => (n >= 1000 ? `${n / 1000} s` : `${n} ms`);


const koReason = (rt: RuntimeId, code: FitCode, p: P): string => {
  switch (code) {
    case 'windows-image':
      return rt === 'runc' ? 'Windows 이미지: Linux 호스트 커널로는 실행할 수 없습니다' : 'Windows 이미지: 이 런타임은 Linux 게스트만 실행합니다';
    case 'windows-host':
      return 'Windows VM(또는 Windows 노드)에서 그대로 실행됩니다';
    case 'node-agent':
      return rt === 'vm' ? '자체 VM 안의 노드 에이전트는 노드가 아니라 그 VM을 봅니다' : '샌드박스 안의 노드 에이전트는 감시·관리해야 할 노드가 아니라 샌드박스 커널을 봅니다';
    case 'host-namespaces':
      return rt === 'vm' ? `호스트 네임스페이스(${p.ns})가 VM 자신의 것이 됩니다: 노드가 아니라 VM을 봅니다` : `호스트 네임스페이스(${p.ns})는 거부되거나(GKE Sandbox, Kata) 샌드박스 안에서는 의미가 없습니다`;
    case 'runtime-socket':
      return rt === 'vm' ? `호스트가 아니라 VM 안의 컨테이너 엔진을 상대할 때만 동작합니다 (${p.path})` : `런타임 소켓(${p.path})은 호스트를 제어합니다: 클라이언트를 샌드박스에 넣어도 막지 못합니다`;
    case 'host-paths':
      return rt === 'gvisor'
        ? `호스트 경로(${p.path})는 gVisor의 gofer를 거칩니다: 느리고, 호스트 쪽 변경이 늦게 보일 수 있습니다`
        : rt === 'kata'
          ? `호스트 경로(${p.path})는 virtio-fs로 게스트에 공유됩니다: 동작하지만 I/O 오버헤드가 있습니다`
          : rt === 'firecracker'
            ? `Firecracker에는 공유 파일시스템이 없습니다(블록 장치만): 호스트 경로(${p.path})를 실시간으로 마운트할 수 없습니다`
            : `호스트 경로(${p.path})를 VM에 주려면 공유 또는 네트워크 파일시스템이 필요합니다`;
    case 'host-devices':
      return rt === 'gvisor' ? `gVisor는 호스트 장치(${p.devices})를 넘겨주지 않습니다` : rt === 'firecracker' ? `Firecracker에는 장치 패스스루가 없습니다 (${p.devices})` : `장치(${p.devices})를 쓰려면 노드에 패스스루(VFIO)를 설정해야 합니다`;
    case 'gpu':
      return rt === 'gvisor'
        ? `GPU(${p.gpu}): gVisor는 nvproxy가 필요합니다 (NVIDIA만, 지원되는 드라이버 버전만)`
        : rt === 'kata'
          ? `GPU(${p.gpu}): Kata는 GPU 전체를 VFIO로 게스트에 넘겨야 합니다`
          : rt === 'firecracker'
            ? `GPU(${p.gpu}): Firecracker에는 GPU·PCI 패스스루가 없습니다`
            : `GPU(${p.gpu}): VM에 패스스루나 vGPU가 필요합니다`;
    case 'kernel-modules':
      return rt === 'runc'
        ? `모든 워크로드가 공유하는 호스트 커널에 모듈(${p.what})을 올립니다`
        : rt === 'gvisor'
          ? `gVisor에는 적재 가능한 모듈이 없습니다(${p.what}): 커널이 사용자 공간 프로그램입니다`
          : `그 모듈(${p.what})을 포함해 빌드한 게스트 커널이 있어야 동작합니다`;
    case 'ebpf':
      return rt === 'gvisor' ? `gVisor에서는 eBPF·트레이싱(${p.what})을 쓸 수 없습니다` : `eBPF·트레이싱(${p.what})은 게스트 커널만 봅니다`;
    case 'privileged':
      return rt === 'gvisor' ? 'privileged는 GKE Sandbox가 거부하며, runsc에서는 호스트 접근을 주지 않습니다' : 'privileged는 게스트 안에만 적용됩니다. 런타임에 따로 지정하지 않으면 호스트 장치는 넘어가지 않습니다';
    case 'io-heavy':
      return rt === 'gvisor' ? `I/O와 시스템 콜이 많습니다(${p.what}): 모든 호출이 gVisor Sentry를 거치므로 오버헤드가 있습니다` : `I/O가 많습니다(${p.what}): virtio-fs보다 블록 볼륨이 낫습니다`;
    case 'needs-kvm':
      return '노드에 /dev/kvm이 필요합니다: 베어메탈이나 중첩 가상화를 지원하는 클라우드 VM';
    case 'no-k8s-integration':
      return 'Kubernetes에서는 단독이 아니라 Firecracker VMM을 쓰는 Kata(또는 firecracker-containerd)로 씁니다';
    case 'untrusted-shared-kernel':
      return '신뢰할 수 없는 코드가 다른 모든 워크로드와 호스트 커널을 공유하게 됩니다';
    case 'current-runtime':
      return `이미 ${p.runtime}로 실행됩니다`;
  }
};

export const FIT_EN: FitStrings = {
  runtime: { runc: 'runc (container)', gvisor: 'gVisor', kata: 'Kata Containers', firecracker: 'Firecracker microVM', vm: 'Full VM' },
  level: { yes: 'fits', caveat: 'with caveats', no: 'does not fit' },
  reason: FIT_REASON_EN,
  matrixCaption: (name) => `Which runtime fits ${name}`,
  colRuntime: 'Runtime',
  colFit: 'Fit',
  colStartup: 'Start-up',
  colOverhead: 'Memory overhead',
  startup: (lo, hi) => `${ms(lo)}–${ms(hi)}`,
  overhead: (lo, hi, pct) =>
    `${lo}–${hi} MiB${!pct ? '' : pct[1] === 0 ? ' (under 1 % of its limit)' : pct[0] === 0 ? ` (up to ${pct[1]} % of its limit)` : ` (${pct[0]}–${pct[1]} % of its limit)`}`,
  costNote: 'Typical figures; overhead per sandbox or VM lowers how many replicas fit on a node.',
  decisionsHeading: 'The decisions that matter',
  decision: {
    vm: (n) => `Give these their own kernel or OS (a VM, or a Kata guest kernel where noted): ${n}.`,
    sandbox: (n) => `Run these under a sandboxed runtime (gVisor or Kata; managed: GKE Sandbox, AKS Pod Sandboxing): ${n}.`,
    'host-agent': (n) => `Treat these as part of the node: dedicated nodes, socket proxies, eBPF agents, least capabilities: ${n}.`,
    harden: (n) => `Keep these as containers, with the listed settings changed: ${n}.`,
    container: (n) => `Fine as containers as they are: ${n}.`,
  },
  sandboxDecision: (n, gvisor, kata) =>
    gvisor && kata
      ? `Run these under a sandboxed runtime (gVisor or Kata; managed: GKE Sandbox, AKS Pod Sandboxing): ${n}.`
      : kata
        ? `Run these under Kata (managed: AKS Pod Sandboxing) — gVisor does not fit them — or give them a VM: ${n}.`
        : `Run these under gVisor (managed: GKE Sandbox): ${n}.`,
  keepSandboxed: (n) => `Already in a sandbox; keep them there: ${n}.`,
  noDecisions: 'No workloads were found, so there is nothing to decide yet.',
  filterLegend: 'Show workloads',
  filterAll: 'All',
  moreCards: (n) => `${n} more`,
  microvmHeading: 'MicroVMs: a VM that starts like a container',
  microvmText: [
    'A microVM (Firecracker, Cloud Hypervisor) is a VM stripped to what a Linux guest needs: no BIOS, no USB, a handful of virtio devices. It boots a guest kernel in about 100–200 ms and adds a few MiB of VMM memory, which is why serverless platforms (AWS Lambda and Fargate run on Firecracker) give every function or task its own kernel.',
    'The price: no device or GPU passthrough and no shared file system in Firecracker, and the node needs hardware virtualization (/dev/kvm) — bare metal, or cloud VMs with nested virtualization.',
  ],
  managedHeading: 'Managed sandboxes',
  managedText: [
    'GKE Sandbox runs pods under gVisor (runtimeClassName: gvisor on a sandbox node pool); AKS Pod Sandboxing runs pods in Kata VMs (runtimeClassName: kata-vm-isolation); AWS Fargate gives each pod or task its own microVM. None of them gives a pod the node’s own namespaces, files or devices: each refuses such settings or confines them to the sandbox, depending on the service — and those are exactly what node agents need, which is why those stay on ordinary nodes.',
  ],
  confidentialHeading: 'Confidential VMs',
  confidentialText: [
    'A confidential VM (AMD SEV-SNP, Intel TDX) encrypts the guest\'s memory so that even the host and the hypervisor cannot read it; Confidential Containers runs Kata pods that way. Use it when the threat is the infrastructure operator, or a compliance rule requires it — it adds nothing against a workload that attacks its own neighbours through shared host access.',
  ],
  labelDoc: 'Mark what the files cannot show with a label or annotation: containment.dev/untrusted: "true" (runs code or input from others → sandbox), containment.dev/isolation: "vm" (hard multi-tenancy or compliance separation → VM).',
};

export const FIT_KO: FitStrings = {
  runtime: { runc: 'runc (컨테이너)', gvisor: 'gVisor', kata: 'Kata Containers', firecracker: 'Firecracker 마이크로VM', vm: '전체 VM' },
  level: { yes: '적합', caveat: '조건부', no: '부적합' },
  reason: koReason,
  matrixCaption: (name) => `${name}에 맞는 런타임`,
  colRuntime: '런타임',
  colFit: '적합도',
  colStartup: '시작 시간',
  colOverhead: '메모리 오버헤드',
  startup: (lo, hi) => `${ms(lo)}–${ms(hi)}`,
  overhead: (lo, hi, pct) =>
    `${lo}–${hi} MiB${!pct ? '' : pct[1] === 0 ? ' (메모리 제한의 1% 미만)' : pct[0] === 0 ? ` (메모리 제한의 최대 ${pct[1]}%)` : ` (메모리 제한의 ${pct[0]}–${pct[1]}%)`}`,
  costNote: '일반적인 수치입니다. 샌드박스나 VM마다 붙는 오버헤드만큼 노드에 올릴 수 있는 복제본 수가 줄어듭니다.',
  decisionsHeading: '중요한 결정',
  decision: {
    vm: (n) => `자체 커널이나 OS를 주세요 (VM, 또는 표시된 경우 Kata 게스트 커널): ${n}.`,
    sandbox: (n) => `샌드박스 런타임(gVisor 또는 Kata, 관리형: GKE Sandbox, AKS Pod Sandboxing)으로 실행하세요: ${n}.`,
    'host-agent': (n) => `노드의 일부로 다루세요: 전용 노드, 소켓 프록시, eBPF 에이전트, 최소 capability: ${n}.`,
    harden: (n) => `컨테이너로 두되 표시된 설정을 고치세요: ${n}.`,
    container: (n) => `지금 그대로 컨테이너로 충분합니다: ${n}.`,
  },
  sandboxDecision: (n, gvisor, kata) =>
    gvisor && kata
      ? `샌드박스 런타임(gVisor 또는 Kata, 관리형: GKE Sandbox, AKS Pod Sandboxing)으로 실행하세요: ${n}.`
      : kata
        ? `Kata(관리형: AKS Pod Sandboxing)로 실행하거나 VM을 주세요. gVisor는 맞지 않습니다: ${n}.`
        : `gVisor(관리형: GKE Sandbox)로 실행하세요: ${n}.`,
  keepSandboxed: (n) => `이미 샌드박스 안에서 실행되니 그대로 두세요: ${n}.`,
  noDecisions: '워크로드를 찾지 못했으므로 아직 결정할 것이 없습니다.',
  filterLegend: '워크로드 보기',
  filterAll: '전체',
  moreCards: (n) => `${n}개 더 보기`,
  microvmHeading: '마이크로VM: 컨테이너처럼 시작하는 VM',
  microvmText: [
    '마이크로VM(Firecracker, Cloud Hypervisor)은 Linux 게스트에 필요한 것만 남긴 VM입니다. BIOS도 USB도 없고 virtio 장치 몇 개뿐입니다. 게스트 커널을 약 100–200 ms에 부팅하고 VMM 메모리는 몇 MiB만 더 쓰므로, 서버리스 플랫폼(AWS Lambda와 Fargate는 Firecracker 위에서 동작)은 함수나 작업마다 자체 커널을 줍니다.',
    '대가: Firecracker에는 장치·GPU 패스스루와 공유 파일시스템이 없고, 노드에 하드웨어 가상화(/dev/kvm)가 필요합니다. 베어메탈이거나 중첩 가상화를 지원하는 클라우드 VM이어야 합니다.',
  ],
  managedHeading: '관리형 샌드박스',
  managedText: [
    'GKE Sandbox는 파드를 gVisor로 실행하고(샌드박스 노드 풀에서 runtimeClassName: gvisor), AKS Pod Sandboxing은 파드를 Kata VM에서 실행하며(runtimeClassName: kata-vm-isolation), AWS Fargate는 파드나 작업마다 자체 마이크로VM을 줍니다. 어느 쪽도 파드에 노드 자신의 네임스페이스, 파일, 장치를 내주지 않습니다. 서비스에 따라 그런 설정을 거부하거나 샌드박스 안으로 한정합니다. 노드 에이전트에 바로 이것들이 필요하기 때문에 노드 에이전트는 일반 노드에 남습니다.',
  ],
  confidentialHeading: '컨피덴셜 VM',
  confidentialText: [
    '컨피덴셜 VM(AMD SEV-SNP, Intel TDX)은 게스트 메모리를 암호화해서 호스트와 하이퍼바이저조차 읽지 못하게 합니다. Confidential Containers는 Kata 파드를 이렇게 실행합니다. 위협이 인프라 운영자이거나 규정이 요구할 때 쓰세요. 공유된 호스트 접근으로 이웃을 공격하는 워크로드에는 아무것도 더해 주지 않습니다.',
  ],
  labelDoc: '파일로 알 수 없는 것은 레이블이나 어노테이션으로 표시하세요: containment.dev/untrusted: "true" (다른 사람의 코드나 입력을 실행 → 샌드박스), containment.dev/isolation: "vm" (강한 멀티테넌시나 규정상 분리 → VM).',
};
