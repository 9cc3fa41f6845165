/**
 * Korean texts of the kubernetes rules, by rule id: title, why, how to fix and each message id of `meta.messages`
 * with the same `{name}` placeholders. Code, field names, paths and flags stay as written.
 */
import { labelledMessages, workloadLabelledMessages, type LabelVariant } from '../labelled-messages';
import type { RuleTextTable } from '../rule-text-table';
import { KO_SECRET_VALUE_WORDS } from './secret-kinds';

const KO_CONTAINER_TYPE: Record<LabelVariant['type'], string> = { container: '컨테이너', initContainer: 'init 컨테이너', ephemeralContainer: '임시(ephemeral) 컨테이너' };

/** `Deployment "api"의 컨테이너 "web"`: the Korean container label, workload first. */
function koLabel(v: LabelVariant): string {
  return `${v.workloadNamed ? '{kind} "{name}"' : '{kind}'}의 ${KO_CONTAINER_TYPE[v.type]} ${v.containerNamed ? '"{container}"' : '#{index}'}`;
}

/** Korean messages of every label variant of `id`: `sentence(label)` in Korean word order. */
export function labelled(id: string, sentence: (label: string) => string): Record<string, string> {
  return labelledMessages(id, sentence, koLabel);
}

/** The Korean "sets no <resource>" message of a resource rule, for every label variant. */
function noResource(what: string, consequence: string): Record<string, string> {
  return labelledMessages('noResource', (label) => `${label}에 ${what}이 없습니다(파드 QoS 클래스: {qos}): ${consequence}`, koLabel);
}

/** Korean for what each dangerous capability hands over (k8s-added-capabilities' `adds.<capability>` ids). */
const ADDED_CAPABILITY_KO: Record<string, string> = {
  ALL: '모든 권한이므로 privileged 컨테이너에 가깝습니다',
  SYS_ADMIN: '마운트, 네임스페이스를 비롯한 수많은 커널 관리 호출이며, 컨테이너 탈출의 흔한 첫걸음입니다',
  SYS_MODULE: '호스트 커널에 커널 모듈을 로드하는 권한입니다',
  SYS_PTRACE: '다른 프로세스를 추적하고 코드를 주입하는 권한입니다',
  SYS_RAWIO: '장치와 커널 메모리에 raw I/O를 하는 권한입니다',
  DAC_READ_SEARCH: '핸들로 어떤 파일이든 읽는 권한이며, "shocker" 탈출에 쓰입니다',
  BPF: '호스트 커널에 eBPF 프로그램을 로드하는 권한입니다',
  PERFMON: '커널 성능 모니터링 권한이며, 다른 워크로드를 엿보는 사이드 채널이 됩니다',
  NET_ADMIN: '네트워크 네임스페이스의 인터페이스, 라우팅, 방화벽 규칙을 다시 설정하는 권한입니다',
  SYS_BOOT: '노드를 재부팅하는 권한입니다',
  SYS_TIME: '노드의 시계를 설정하는 권한입니다',
  MAC_ADMIN: 'AppArmor/SELinux 정책을 바꾸는 권한입니다',
  MAC_OVERRIDE: 'AppArmor/SELinux 정책을 무시하는 권한입니다',
  SYSLOG: '커널 로그를 읽고 지우는 권한입니다',
  NET_RAW: 'raw 패킷을 만드는 권한이며, 노드 네트워크에서 ARP/DNS 스푸핑이 가능합니다',
  LINUX_IMMUTABLE: '변경 불가(immutable) 파일 플래그를 바꾸는 권한입니다',
  IPC_LOCK: '메모리를 잠가 메모리 계정(accounting)을 우회하는 권한입니다',
  SYS_RESOURCE: '리소스 제한을 무시하는 권한입니다',
  WAKE_ALARM: '시스템을 깨우는 권한입니다',
  BLOCK_SUSPEND: '절전(suspend)을 막는 권한입니다',
  AUDIT_CONTROL: '커널 감사(audit)를 제어하는 권한입니다',
  SYS_PACCT: '프로세스 accounting 권한입니다',
  SYS_NICE: '다른 워크로드보다 우선순위를 높이는 권한입니다',
  SYS_TTY_CONFIG: '터미널을 설정하는 권한입니다',
  CHECKPOINT_RESTORE: '프로세스를 체크포인트하고 복원하는 권한입니다',
};

export const KO_KUBERNETES_RULES: RuleTextTable = {
  'k8s-removed-api-version': {
    title: '오브젝트가 Kubernetes에서 더 이상 제공하지 않는 API 버전을 씀',
    why: '베타 API 버전은 안정 버전이 나오고 몇 릴리스 뒤에 제거됩니다(1.16의 `extensions/v1beta1` Deployment, 1.25의 `policy/v1beta1` PodSecurityPolicy와 PodDisruptionBudget…). 그 버전 이상의 클러스터는 매니페스트를 바로 거부하므로, 클러스터를 업그레이드하면 배포가 깨집니다.',
    howToFix: '오브젝트를 메시지가 알려 주는 대체 API 버전으로 옮기고 바뀐 필드를 고치세요(apps/v1 워크로드에는 `spec.selector`가 필수입니다).',
    messages: {
      removed: '{kind} {apiVersion}은(는) Kubernetes {removedIn}에서 제거되었습니다: {replacement}을(를) 쓰세요.',
      removedUseInterim: '{kind} {apiVersion}은(는) Kubernetes {removedIn}에서 제거되었습니다: policy/v1beta1을 쓰세요(이 버전도 1.25에서 제거되었습니다).',
      removedUsePodSecurityAdmission: '{kind} {apiVersion}은(는) Kubernetes {removedIn}에서 제거되었습니다: Pod Security Admission을 쓰세요(대체 오브젝트는 없습니다).',
    },
  },
  'k8s-host-ipc': {
    title: '파드가 호스트의 IPC 네임스페이스를 공유함',
    why: '`hostIPC: true`이면 파드가 System V IPC, POSIX 메시지 큐, 공유 메모리(`/dev/shm`)를 노드 및 호스트 IPC 네임스페이스를 쓰는 다른 모든 프로세스와 공유합니다. 다른 워크로드의 공유 메모리 세그먼트를 읽거나 변조할 수 있습니다. Pod Security Standards의 baseline이 이를 금지합니다.',
    howToFix: '`hostIPC: true`를 제거하세요. 같은 파드의 컨테이너는 이미 IPC 네임스페이스를 공유합니다. 컨테이너 간 공유 메모리에는 `medium: Memory`인 `emptyDir`을 쓰세요.',
    messages: {
      hostNamespace: '{kind} "{name}"이(가) hostIPC: true를 설정합니다 — System V IPC, 메시지 큐, 공유 메모리(/dev/shm)를 노드 및 다른 호스트 IPC 프로세스와 공유하며, 이를 읽고 수정할 수 있습니다.',
      hostNamespaceUnnamed: '{kind}이(가) hostIPC: true를 설정합니다 — System V IPC, 메시지 큐, 공유 메모리(/dev/shm)를 노드 및 다른 호스트 IPC 프로세스와 공유하며, 이를 읽고 수정할 수 있습니다.',
    },
  },
  'k8s-host-network': {
    title: '파드가 호스트의 네트워크 네임스페이스를 공유함',
    why: '네임스페이스는 컨테이너를 호스트 커널이 보는 세상과 분리하는 장치입니다. `hostNetwork: true`이면 파드가 노드의 네트워크 스택을 그대로 씁니다. 노드 주소의 아무 포트에나 바인드하고, 노드의 localhost에서 듣는 서비스(kubelet, 메타데이터 엔드포인트, 로컬 데이터베이스)에 접근하며, 권한이 충분하면 노드 트래픽을 엿볼 수 있습니다. NetworkPolicy도 평소처럼 적용되지 않습니다. Pod Security Standards의 baseline이 이를 금지합니다.',
    howToFix: '`hostNetwork: true`를 제거하고 파드를 Service로 노출하세요(노드 주소로 접근해야 한다면 hostPort나 NodePort). 호스트 네트워크가 필요한 것은 노드 수준 에이전트(CNI 플러그인, 일부 모니터링)뿐입니다.',
    messages: {
      hostNamespace: '{kind} "{name}"이(가) hostNetwork: true를 설정합니다 — 노드의 네트워크 스택을 씁니다: 노드의 모든 인터페이스와 포트, 노드의 localhost에 바인드된 서비스, NetworkPolicy가 격리하지 못하는 트래픽까지.',
      hostNamespaceUnnamed: '{kind}이(가) hostNetwork: true를 설정합니다 — 노드의 네트워크 스택을 씁니다: 노드의 모든 인터페이스와 포트, 노드의 localhost에 바인드된 서비스, NetworkPolicy가 격리하지 못하는 트래픽까지.',
    },
  },
  'k8s-host-pid': {
    title: '파드가 호스트의 프로세스 네임스페이스를 공유함',
    why: '`hostPID: true`이면 파드가 다른 파드와 kubelet을 포함해 노드의 모든 프로세스를 명령줄, 환경 변수(비밀 값이 흔히 들어 있습니다)와 함께 봅니다. 파드 안의 루트 프로세스는 그 프로세스에 시그널을 보내거나 ptrace하고 그 네임스페이스에 들어갈 수 있으며(`nsenter -t 1`), 이는 호스트로 곧장 가는 길입니다. Pod Security Standards의 baseline이 이를 금지합니다.',
    howToFix: '`hostPID: true`를 제거하세요. 같은 파드의 컨테이너끼리 프로세스를 공유하려면 파드 안에 머무는 `shareProcessNamespace: true`를 쓰세요.',
    messages: {
      hostNamespace: '{kind} "{name}"이(가) hostPID: true를 설정합니다 — 노드의 모든 프로세스(다른 파드, kubelet)를 인자와 환경 변수까지 보며, 안의 루트는 그 프로세스에 시그널을 보내거나 추적하거나 nsenter로 들어갈 수 있습니다.',
      hostNamespaceUnnamed: '{kind}이(가) hostPID: true를 설정합니다 — 노드의 모든 프로세스(다른 파드, kubelet)를 인자와 환경 변수까지 보며, 안의 루트는 그 프로세스에 시그널을 보내거나 추적하거나 nsenter로 들어갈 수 있습니다.',
    },
  },
  'k8s-cpu-limit-missing': {
    title: '컨테이너에 CPU 제한이 없음(정책)',
    why: '`.containment.yaml`에서 `policy.cpuLimits`가 켜져 있을 때(또는 거기서 이 규칙을 켰을 때)만 검사합니다. CPU 제한은 컨테이너가 주기마다 쓸 수 있는 CPU 시간의 상한이어서, 바쁜 컨테이너가 이웃을 굶기지 못하게 합니다. 다만 이견이 있는 설정입니다. 노드가 한가할 때도 상한 때문에 스로틀링되어 지연 시간이 나빠지므로, 많은 팀이 CPU 요청만으로 운영합니다.',
    howToFix: '`resources.limits.cpu`를 요청보다 작지 않게 설정하세요(예: `500m`). 빠른 수정은 `.containment.yaml`의 기본값을 추가합니다. 시끄러운 이웃보다 스로틀링의 비용이 더 크다면 정책을 끄세요.',
    messages: noResource('CPU 제한', '노드의 유휴 코어를 모두 쓸 수 있는데, 정책은 상한을 요구합니다.'),
  },
  'k8s-cpu-request-missing': {
    title: '컨테이너에 CPU 요청이 없음',
    why: '스케줄러는 요청을 기준으로 파드를 배치합니다. CPU 요청이 없으면 컨테이너는 CPU가 전혀 필요 없는 것처럼 배치되어 노드가 과밀해지고, 경합이 생기면 최소한의 CPU 몫만 받습니다. CPU 제한만 있어도 됩니다. 그러면 Kubernetes가 제한을 요청으로 씁니다.',
    howToFix: '`resources.requests.cpu`를 평소 부하에서 필요한 만큼 설정하세요(예: `100m` = 코어의 10분의 1). 빠른 수정은 `.containment.yaml`의 기본값(`resourceDefaults`)을 추가합니다. 네임스페이스에 기본 요청을 둔 LimitRange가 있으면 이 발견 사항은 참고용 알림이 됩니다.',
    messages: noResource('CPU 요청', '스케줄러는 CPU가 필요 없는 것으로 취급하고, 노드가 바쁠 때는 가장 작은 몫을 받습니다.'),
  },
  'k8s-memory-limit-missing': {
    title: '컨테이너에 메모리 제한이 없음',
    why: '컨테이너는 커널을 통해 노드의 메모리를 공유하며, cgroups는 제한이 설정됐을 때만 컨테이너를 가둡니다. 메모리 제한이 없으면 한 컨테이너의 누수나 급증이 노드 메모리를 전부 차지할 수 있고, 그때 커널의 OOM killer는 이웃 중에서도 희생자를 고릅니다.',
    howToFix: '`resources.limits.memory`를 설정하세요(예: `256Mi`, 최소한 요청 이상). 그러면 제한을 넘을 때 그 컨테이너만 OOM으로 종료되고 노드는 다치지 않습니다. 빠른 수정은 `.containment.yaml`의 기본값을 추가합니다.',
    messages: noResource('메모리 제한', '노드의 메모리를 전부 쓸 수 있고, 그러면 OOM killer가 이웃 파드를 칠 수 있습니다.'),
  },
  'k8s-memory-request-missing': {
    title: '컨테이너에 메모리 요청이 없음',
    why: '메모리 요청은 스케줄러가 노드에 예약하는 양입니다. 요청이 없으면 컨테이너는 메모리를 전혀 쓰지 않는 것처럼 배치되어 노드가 과다 할당될 수 있고, 메모리 압박이 오면 요청보다 많이 쓰는 파드부터 축출됩니다. 메모리 제한만 있어도 됩니다. 그러면 Kubernetes가 제한을 요청으로 씁니다.',
    howToFix: '`resources.requests.memory`를 컨테이너에 필요한 작업 메모리만큼 설정하세요(예: `128Mi`). 빠른 수정은 `.containment.yaml`의 기본값을 추가합니다.',
    messages: noResource('메모리 요청', '노드에 예약되는 메모리가 없고, 메모리 압박이 오면 가장 먼저 축출되는 파드 중 하나가 됩니다.'),
  },
  'k8s-ephemeral-storage-missing': {
    title: '컨테이너에 ephemeral-storage 제한이 없음(정책)',
    why: '`policy.ephemeralStorage`가 켜져 있을 때(또는 설정에서 이 규칙을 켰을 때)만 검사합니다. 로그, 쓰기 가능한 레이어, emptyDir 볼륨은 노드의 디스크에 있습니다. ephemeral-storage 제한이 없으면 컨테이너 하나가 그 디스크를 채울 수 있고, 그러면 kubelet이 노드 전체에서 파드를 축출합니다.',
    howToFix: '`resources.limits.ephemeral-storage`(와 요청)를 컨테이너가 로컬에 쓰는 양만큼 설정하세요(예: `1Gi`). 빠른 수정은 `.containment.yaml`의 기본값을 추가합니다.',
    messages: noResource('ephemeral-storage 제한', '로그와 임시 파일로 노드의 디스크를 채울 수 있는데, 정책은 제한을 요구합니다.'),
  },
  'k8s-privilege-escalation': {
    title: '컨테이너가 시작할 때보다 더 많은 권한을 얻을 수 있음',
    why: '`allowPrivilegeEscalation: false`를 설정하지 않으면 컨테이너 안의 프로세스가 setuid 바이너리나 파일 capability로 권한을 얻을 수 있습니다(커널의 no_new_privs 플래그가 설정되지 않습니다). 루트가 아닌 상태의 침해가 컨테이너 안의 루트 권한이 되어, 공유된 호스트 커널에 한 걸음 더 가까워집니다. Pod Security Standards의 restricted 수준은 이 값이 false이기를 요구합니다.',
    howToFix: '컨테이너에 `securityContext.allowPrivilegeEscalation: false`를 설정하세요. 하드닝 빠른 수정이 추가해 줍니다(Kubernetes가 거부하는 `privileged: true`나 추가된 SYS_ADMIN 옆에는 추가하지 않습니다).',
    messages: {
      ...labelled('allowed', (l) => `${l}이(가) 권한 상승을 명시적으로 허용합니다: setuid 바이너리로 프로세스가 루트가 될 수 있습니다.`),
      ...labelled('notSet', (l) => `${l}에 allowPrivilegeEscalation: false가 설정되지 않아, setuid 바이너리로 프로세스의 권한이 여전히 올라갈 수 있습니다.`),
      ...labelled('notSetPrivileged', (l) => `${l}에 allowPrivilegeEscalation: false가 설정되지 않아, setuid 바이너리로 프로세스의 권한이 여전히 올라갈 수 있습니다(게다가 privileged이므로 권한 상승이 항상 허용됩니다).`),
    },
  },
  'k8s-run-as-root': {
    title: '컨테이너가 루트로 실행될 수 있음',
    why: '`runAsNonRoot: true`가 없으면 컨테이너는 이미지가 정한 사용자로 실행되며, 대개 루트(uid 0)입니다. 컨테이너 안의 루트는 공유하는 호스트 커널 위의 uid 0과 같습니다. 커널 버그나 부주의한 마운트를 통한 탈출은 전체 권한으로 시작됩니다. `runAsUser: 0`은 루트를 명시적으로 요청합니다. Pod Security Standards의 restricted 수준은 둘 다 금지합니다.',
    howToFix: '파드나 컨테이너의 securityContext에 `runAsNonRoot: true`를 설정하고, 이미지에 루트가 아닌 USER가 없다면 `10001` 같은 숫자 `runAsUser`도 설정하세요. 하드닝 빠른 수정은 `runAsNonRoot: true`를 추가합니다. 그러면 kubelet이 루트로 실행될 이미지의 시작을 거부하므로, 이미지의 USER를 확인하세요.',
    messages: {
      ...labelled('uidZero', (l) => `${l}이(가) uid 0(루트)으로 실행됩니다: 공유하는 호스트 커널 위의 uid 0과 같습니다.`),
      ...labelled('uidZeroPod', (l) => `${l}이(가) uid 0(루트, 파드 전체에 설정됨)으로 실행됩니다: 공유하는 호스트 커널 위의 uid 0과 같습니다.`),
      ...labelled('nonRootFalse', (l) => `${l}이(가) runAsNonRoot: false를 설정하므로, 이미지가 루트로 실행되면 그대로 루트로 실행됩니다.`),
      ...labelled('nonRootNotRequired', (l) => `${l}이(가) 루트가 아닌 사용자를 요구하지 않으므로(runAsNonRoot), 이미지가 루트로 실행되면 그대로 루트로 실행됩니다.`),
    },
  },
  'k8s-net-raw-not-dropped': {
    title: '컨테이너가 NET_RAW 권한을 유지함',
    why: '대부분의 런타임은 기본으로 NET_RAW를 줍니다. 이 권한으로 프로세스가 raw 소켓을 열고 패킷을 위조할 수 있어, 같은 노드 네트워크의 다른 파드를 상대로 ARP나 DNS 스푸핑을 하기에 충분합니다. 이 권한이 필요한 애플리케이션은 드뭅니다(ping은 권한 없는 ICMP 소켓을 쓸 수 있습니다).',
    howToFix: '빼세요: `capabilities: {drop: [ALL]}`(가장 좋음) 또는 `drop: [NET_RAW]`. 하드닝 빠른 수정은 `drop: [ALL]`을 추가합니다.',
    messages: labelled('keepsNetRaw', (l) => `${l}이(가) NET_RAW를 빼지 않습니다: 노드 네트워크에서 패킷을 위조할 수 있습니다(ALL 또는 NET_RAW를 drop하세요).`),
  },
  'k8s-no-seccomp-profile': {
    title: '컨테이너가 seccomp 프로필 없이 실행됨',
    why: 'seccomp는 어떤 시스템 호출이 공유된 호스트 커널에 닿는지 거릅니다. 런타임의 기본 프로필은 대부분의 커널 익스플로잇이 쓰는, 거의 필요 없는 호출을 막습니다. Kubernetes는 요청하지 않으면 이를 적용하지 않습니다. `seccompProfile`이 없으면(정보) 컨테이너는 대개 Unconfined로 실행되고, `type: Unconfined`(경고)는 명시적으로 끕니다. Pod Security Standards의 restricted 수준은 RuntimeDefault나 Localhost를 요구합니다.',
    howToFix: '파드(모든 컨테이너에 적용)나 컨테이너에 `securityContext.seccompProfile.type: RuntimeDefault`를 설정하세요. 하드닝 빠른 수정은 아무것도 설정되지 않은 곳에 이를 추가합니다.',
    messages: {
      ...labelled('unconfined', (l) => `${l}이(가) seccomp를 끈 채(Unconfined) 실행됩니다: 모든 시스템 호출이 호스트 커널에 닿습니다.`),
      ...labelled('notSet', (l) => `${l}에 seccomp 프로필이 설정되지 않아 대개 Unconfined로 실행됩니다: 모든 시스템 호출이 호스트 커널에 닿습니다.`),
      podUnconfined: '{kind} "{name}"이(가) 모든 컨테이너의 seccomp를 끕니다(Unconfined): 모든 시스템 호출이 호스트 커널에 닿습니다.',
      podUnconfinedUnnamed: '{kind}이(가) 모든 컨테이너의 seccomp를 끕니다(Unconfined): 모든 시스템 호출이 호스트 커널에 닿습니다.',
    },
  },
  'k8s-writable-root-fs': {
    title: '컨테이너의 루트 파일시스템이 쓰기 가능함',
    why: '쓰기 가능한 루트 파일시스템이면 공격자(또는 버그)가 컨테이너에 도구와 바이너리를 떨어뜨리고, 코드를 바꾸고, 파드가 교체될 때까지 머무를 수 있습니다. 읽기 전용으로 하면 이미지 그대로가 실행되고, 쓰기는 직접 고른 볼륨으로만 갑니다.',
    howToFix: '`securityContext.readOnlyRootFilesystem: true`를 설정하고, 앱이 써야 하는 곳(예: `/tmp`)에 `emptyDir`을 마운트하세요. 하드닝 빠른 수정이 설정을 추가합니다. 앱이 잘 동작하는지 테스트하세요.',
    messages: {
      ...labelled('writable', (l) => `${l}이(가) 루트 파일시스템에 쓸 수 있습니다: 그곳에 떨어뜨린 것은 파드가 교체될 때까지 남습니다.`),
      ...labelled('writableExplicit', (l) => `${l}이(가) 루트 파일시스템에 쓸 수 있습니다(readOnlyRootFilesystem: false): 그곳에 떨어뜨린 것은 파드가 교체될 때까지 남습니다.`),
    },
  },
  'k8s-privileged-container': {
    title: '컨테이너가 privileged로 실행됨',
    why: 'privileged 컨테이너는 모든 권한(capability)을 받고, 모든 호스트 장치를 보며, 런타임이 평소 적용하는 seccomp, AppArmor, SELinux 제한 없이 실행됩니다. 호스트 커널을 공유하므로 그 안의 루트는 사실상 노드의 루트입니다. 커널 모듈 로드나 호스트 디스크 마운트가 명령 하나면 됩니다. Pod Security Standards의 baseline을 위반합니다.',
    howToFix: '`privileged: true`를 제거하고 워크로드에 필요한 특정 권한만 추가하거나(예: `NET_ADMIN`), privileged 작업을 노드 수준 에이전트로 옮기세요. 정말 자체 커널이 필요하다면 VM이나 `runtimeClassName`으로 샌드박스 런타임(gVisor, Kata)에서 실행하세요. 왜 privileged인지는 사용자만 알기 때문에 자동 수정은 없습니다.',
    messages: {
      ...labelled('privileged', (l) => `${l}이(가) privileged입니다: 모든 권한과 호스트 장치를 가지므로 노드로 탈출하기가 아주 쉽습니다. 하드닝 수정은 이 설정을 지우지 않습니다(의도를 알 수 없으므로). 이를 지우고 필요한 권한만 추가하세요.`),
      ...labelled('privilegedInSandbox', (l) => `${l}이(가) privileged입니다: 샌드박스 안에서는 모든 권한과 샌드박스가 내준 장치를 뜻할 뿐, 노드의 것이 아닙니다. 노드에 닿으려면 샌드박스 자체의 구멍이 필요합니다. 워크로드에 필요 없다면 지우세요.`),
    },
  },
  'k8s-image-latest-tag': {
    title: '컨테이너 이미지가 :latest를 쓰거나 태그가 없음',
    why: '`:latest`(그리고 `:latest`를 뜻하는 태그 없는 이미지)는 게시자가 푸시할 때마다 바뀝니다. 같은 Deployment의 두 레플리카가 서로 다른 코드를 실행할 수 있고, 노드가 재시작되면 파드가 조용히 업그레이드되며, 롤백해도 예전에 실행되던 것으로 돌아갈 수 없습니다. :latest의 기본 imagePullPolicy는 Always이므로 시작할 때마다 레지스트리가 살아 있어야 합니다.',
    howToFix: '특정 버전 태그(`nginx:1.30.0`)를 쓰거나, 재현성을 위해서는 더 좋게 다이제스트(`nginx@sha256:…`)를 쓰세요. 빌드 도구가 배포할 때 태그를 붙이는 이미지는 보고하지 않습니다: 매니페스트 폴더나 그 위의 `skaffold.yaml`에 있는 `build.artifacts`, 그리고 `ko://` 참조입니다.',
    messages: {
      ...labelled('latestTag', (l) => `${l}이(가) "{image}"을(를) 씁니다: :latest 태그는 움직이므로 레플리카와 재시작마다 다른 코드가 실행될 수 있습니다.`),
      ...labelled('noTag', (l) => `${l}이(가) 태그 없이 "{image}"을(를) 씁니다. 이는 :latest를 뜻하므로 레플리카와 재시작마다 다른 코드가 실행될 수 있습니다.`),
    },
  },
  'k8s-service-account-token-mounted': {
    title: '서비스 어카운트 토큰이 자동으로 마운트됨',
    why: '`automountServiceAccountToken: false`를 설정하지 않으면 모든 컨테이너가 /var/run/secrets/kubernetes.io/serviceaccount에 Kubernetes API 토큰을 받습니다. 대부분의 애플리케이션은 API를 호출하지 않으므로, 이 토큰은 침입한 공격자가 클러스터로 나아가는 데만 도움이 됩니다.',
    howToFix: 'Kubernetes API와 통신하지 않는 워크로드에는 파드 스펙(또는 ServiceAccount)에 `automountServiceAccountToken: false`를 설정하세요.',
    messages: {
      ...workloadLabelledMessages('tokenMounted', (l) => `${l}에 Kubernetes API 토큰이 마운트됩니다. API를 호출하지 않는다면 automountServiceAccountToken: false를 설정하세요.`),
      ...workloadLabelledMessages('tokenMountedFor', (l) => `${l}에 Kubernetes API 토큰이 마운트됩니다(서비스 어카운트 "{serviceAccount}"). API를 호출하지 않는다면 automountServiceAccountToken: false를 설정하세요.`),
    },
  },
  'k8s-deprecated-service-account-field': {
    title: '파드가 폐기된 serviceAccount 필드를 씀',
    why: '`serviceAccount`는 `serviceAccountName`의 폐기된 별칭입니다. 둘을 서로 다른 값으로 쓰면 오브젝트를 어떻게 만들고 갱신했는지에 따라 이기는 쪽이 달라지므로, 파드가 매니페스트가 말하는 것과 다른 신원(과 다른 RBAC 권한)으로 실행될 수 있습니다.',
    howToFix: '`serviceAccount`를 `serviceAccountName`으로 바꾸세요(`serviceAccountName`이 이미 같은 값이라면 지우세요).',
    messages: {
      ...workloadLabelledMessages('disagrees', (l) => `${l}이(가) serviceAccount "{value}"와(과) serviceAccountName "{name2}"를 설정합니다: 폐기된 필드가 실제로 결정해야 할 필드와 다릅니다.`),
      ...workloadLabelledMessages('deprecated', (l) => `${l}이(가) 폐기된 serviceAccount 필드를 씁니다. 대신 serviceAccountName을 쓰세요.`),
    },
  },
  'k8s-host-process': {
    title: 'Windows HostProcess 컨테이너',
    why: 'Windows HostProcess 컨테이너(`securityContext.windowsOptions.hostProcess: true`)는 전혀 격리되지 않습니다. 노드의 프로세스로, 호스트의 네트워크 네임스페이스에서, 주어진 노드 계정의 파일시스템과 권한으로 실행됩니다. 노드 에이전트를 위한 기능이며, 애플리케이션에 쓰면 호스트 네트워크를 쓰는 privileged 컨테이너의 Windows판입니다. Pod Security Standards의 baseline이 이를 금지합니다.',
    howToFix: '워크로드가 이를 필요로 하는 노드 관리 에이전트가 아니라면 `hostProcess: true`를 제거하세요. 그런 에이전트는 RBAC를 제한한 전용 네임스페이스에서 실행하세요.',
    messages: {
      ...labelled('hostProcess', (l) => `${l}이(가) Windows HostProcess 컨테이너입니다: 격리 없이 노드의 프로세스로 실행됩니다.`),
      ...workloadLabelledMessages('podHostProcess', (l) => `${l}이(가) 모든 컨테이너를 Windows HostProcess 컨테이너로 실행합니다: 격리 없이 노드의 프로세스로 실행됩니다.`),
    },
  },
  'k8s-unsafe-proc-mount': {
    title: '컨테이너가 /proc의 가림을 해제함',
    why: '런타임은 /proc의 일부(kcore, sysrq-trigger, keys…)를 가리거나 읽기 전용으로 만듭니다. 공유된 호스트 커널로 곧장 닿기 때문입니다. `procMount: Unmasked`는 이 보호를 없앱니다. 사용자 네임스페이스를 쓰는 파드 안의 중첩 컨테이너 런타임만을 위한 설정입니다. Pod Security Standards의 baseline은 기본값을 요구합니다.',
    howToFix: '`procMount`를 제거하세요(또는 `Default`로 설정하세요). 중첩 컨테이너를 실행한다면 `hostUsers: false`와 샌드박스 런타임을 쓰는 파드에서 하세요.',
    messages: {
      ...labelled('unmasked', (l) => `${l}이(가) procMount: {procMount}를 설정합니다: 런타임이 평소 숨기는 /proc의 커널 인터페이스가 보이게 됩니다.`),
      ...labelled('unmaskedHostUsers', (l) => `${l}이(가) procMount: {procMount}를 설정합니다: 런타임이 평소 숨기는 /proc의 커널 인터페이스가 보이게 됩니다(게다가 파드가 호스트의 사용자 네임스페이스를 공유합니다).`),
    },
  },
  'k8s-ssh-port': {
    title: '컨테이너가 22번 포트(SSH)를 노출함',
    why: '컨테이너 안의 SSH 서버는 Kubernetes의 접근 제어와 감사 로그를 우회하는 또 하나의 출입구이며, 대개 오래 쓰는 키나 비밀번호가 따라옵니다. 컨테이너는 로그인하는 대상이 아니라 교체하는 대상입니다.',
    howToFix: 'SSH 서버와 포트를 제거하고, 대화형 접근에는 `kubectl exec`나 `kubectl debug`를 쓰세요. 22번 포트가 SSH가 아니라면 혼동을 피하도록 다른 포트 번호를 고려하세요.',
    messages: labelled('sshPort', (l) => `${l}이(가) 22번 포트를 노출합니다. 보통 SSH 서버이며, Kubernetes의 접근 제어와 감사 로그를 우회하는 출입구입니다.`),
  },
  'k8s-host-port': {
    title: '컨테이너가 노드의 포트에 바인드함(hostPort)',
    why: 'hostPort는 Service와 NetworkPolicy 모델 밖에서 노드 자체 주소의 포트를 엽니다. 노드마다 파드 하나만 그 포트를 가질 수 있어 스케줄링도 제한됩니다. Pod Security Standards의 baseline은 호스트 포트를 금지합니다.',
    howToFix: '`hostPort`를 제거하고 컨테이너를 Service(ClusterIP, NodePort, LoadBalancer)로 노출하세요. 문서화를 위해 `containerPort`는 남겨 두세요.',
    messages: labelled('hostPort', (l) => `${l}이(가) 노드 주소의 호스트 포트 {port}/{protocol}에 바인드합니다. Service와 NetworkPolicy 밖입니다.`),
  },
  'k8s-image-not-pinned-by-digest': {
    title: '컨테이너 이미지가 다이제스트로 고정되지 않음(정책)',
    why: '기본값은 꺼짐입니다. 공급망 정책이 필요하면 `.containment.yaml`에서 켜세요. 태그는 버전 태그라도 레지스트리 소유자가 옮길 수 있는 포인터이며, 정확한 바이트를 가리키는 것은 다이제스트뿐입니다. 다이제스트로 고정하면 모든 노드가 테스트한 그 이미지를 실행하고, 레지스트리가 침해되어도 드러납니다.',
    howToFix: '다이제스트를 붙이세요: `image: nginx:1.30.0@sha256:…`(`docker buildx imagetools inspect nginx:1.30.0`이 보여 줍니다). 태그와 다이제스트 갱신은 Renovate 같은 봇에 맡기세요.',
    messages: labelled('byTag', (l) => `${l}이(가) "{image}"을(를) 다이제스트가 아닌 태그로 씁니다: 레지스트리가 태그가 가리키는 대상을 바꿀 수 있습니다.`),
  },
  'k8s-unsafe-sysctls': {
    title: '파드가 안전하지 않은 sysctl을 설정함',
    why: '파드 단위로 격리되어 안전하다고 보는 sysctl은 몇 개뿐입니다. 나머지는 노드의 모든 파드가 공유하는 호스트 커널을 바꾸거나 커널 자원을 고갈시킬 수 있으며, 관리자가 그 노드에서 허용하지 않는 한 kubelet이 거부합니다. Pod Security Standards의 baseline은 안전한 집합만 허용합니다.',
    howToFix: 'sysctl을 제거하거나, 파드가 아니라 노드에서(노드 튜닝으로) 설정하세요. 네임스페이스 단위 sysctl이고 꼭 필요하다면 클러스터 관리자에게 전용 노드에서 허용해 달라고 요청하세요.',
    messages: workloadLabelledMessages('unsafeSysctl', (l) => `${l}이(가) 안전한 집합에 없는 sysctl {sysctl}을(를) 설정합니다: 노드 전체가 공유하는 커널을 바꿀 수 있으며, 허용되지 않은 kubelet은 이를 거부합니다.`),
  },
  'k8s-mismatching-selector': {
    title: '워크로드 셀렉터가 파드 템플릿의 레이블과 맞지 않음',
    why: '컨트롤러는 셀렉터에 맞는 파드를 관리합니다. 셀렉터가 요구하는 레이블이 파드 템플릿에 없으면 API 서버가 오브젝트를 거부하거나(apps/v1), 컨트롤러가 자기 것으로 세지 않는 파드를 계속 만듭니다.',
    howToFix: '파드 템플릿(`spec.template.metadata.labels`)에 `spec.selector.matchLabels`의 모든 레이블을 같은 값으로 넣으세요.',
    messages: {
      ...workloadLabelledMessages('otherValue', (l) => `${l}이(가) {key}={value}를 선택하지만 파드 템플릿에는 {key}={templateValue}가 있습니다: 컨트롤러가 자기 파드를 소유하지 못합니다.`),
      ...workloadLabelledMessages('noLabel', (l) => `${l}이(가) {key}={value}를 선택하지만 파드 템플릿에 {key} 레이블이 없습니다: 컨트롤러가 자기 파드를 소유하지 못합니다.`),
    },
  },
  'k8s-no-anti-affinity': {
    title: '복제된 워크로드가 레플리카를 분산하는 설정이 없음',
    why: '파드 안티어피니티나 토폴로지 분산 제약(topology spread constraint)이 없으면 스케줄러는 모든 레플리카를 같은 노드에 둘 수 있고, 부하가 적은 클러스터에서는 실제로 자주 그렇게 합니다. 그 노드를 잃으면(커널 패닉, 대량 축출, 업그레이드를 위한 drain) 모든 레플리카가 한꺼번에 멈추고, 레플리카는 가용성에 아무 도움이 되지 않습니다.',
    howToFix: '파드 템플릿에 `kubernetes.io/hostname` 기준의 `topologySpreadConstraints`(또는 같은 레이블에 대한 `preferredDuringSchedulingIgnoredDuringExecution` 파드 안티어피니티)를 추가해, 가능하면 레플리카가 서로 다른 노드에 놓이게 하세요.',
    messages: {
      ...workloadLabelledMessages('unspread', (l) => `${l}이(가) 레플리카 {replicas}개를 실행하지만 파드 안티어피니티도 토폴로지 분산 제약도 없습니다: 모두 한 노드에 놓일 수 있고, 그 노드를 잃으면 모든 레플리카가 멈춥니다.`),
    },
  },
  'k8s-runtime-socket-mount': {
    title: '파드가 컨테이너 런타임 소켓을 마운트함',
    why: 'Docker, containerd, CRI-O 소켓은 런타임의 전체 API입니다. 여기에 쓸 수 있으면 호스트 루트 파일시스템을 마운트한 privileged 컨테이너를 띄울 수 있어, 파드 자체의 securityContext가 무엇이든 노드의 루트가 됩니다. 소켓 뒤의 데몬이 호스트에서 돌기 때문에 샌드박스 런타임도 도움이 되지 않습니다.',
    howToFix: '볼륨을 제거하세요. 이미지는 데몬 없는 빌더(BuildKit rootless, Kaniko, Buildah)로 빌드하고, 컨테이너 메타데이터는 런타임 대신 Kubernetes API로 읽으세요.',
    messages: workloadLabelledMessages('socket', (l) => `${l}이(가) 컨테이너 런타임 소켓 "{path}"을(를) 마운트합니다: 파드 안의 누구든 노드에 privileged 컨테이너를 띄울 수 있습니다. 즉 노드의 루트가 됩니다.`),
  },
  'k8s-writable-host-mount': {
    title: '컨테이너가 노드 디렉터리를 쓰기 가능으로 마운트함',
    why: '`readOnly: true` 없이 마운트한 hostPath는 컨테이너가 노드의 파일을 바꿀 수 있게 합니다. 쓴 내용은 파드보다 오래 남고 노드나 다른 파드가 집어 쓸 수 있습니다(심어 둔 바이너리, 바뀐 설정, 가득 찬 디스크).',
    howToFix: '컨테이너가 읽기만 한다면 volumeMount에 `readOnly: true`를 추가하고, 쓴다면 hostPath를 emptyDir이나 PersistentVolumeClaim으로 바꾸세요.',
    messages: labelled('writable', (l) => `${l}이(가) 노드의 "{path}"을(를) {mountPath}에 쓰기 가능으로 마운트합니다: 변경 내용이 노드에 남고 파드보다 오래갑니다.`),
  },
  'k8s-host-path-volume': {
    title: '파드가 노드의 디렉터리를 마운트함(hostPath)',
    why: 'hostPath 볼륨은 컨테이너의 파일시스템 격리를 우회합니다. 파드가 노드 자체의 파일을 읽고(기본적으로 쓰기도 하고), 그 파일은 파드보다 오래 남으며, 그곳의 심볼릭 링크나 조작된 파일로 kubelet이나 다른 파드를 공격할 수 있습니다. 또 파드를 특정 노드의 내용에 묶어 버립니다. Pod Security Standards의 baseline은 hostPath 볼륨을 금지합니다(런타임 소켓과 시스템 디렉터리에는 더 엄격한 별도 규칙이 있습니다).',
    howToFix: '대신 `emptyDir`, `configMap`/`secret`, PersistentVolumeClaim을 쓰세요. 파드가 정말 노드 파일을 봐야 한다면(로그 수집기, 노드 에이전트) 필요한 디렉터리만 `readOnly: true`로 마운트하고, Pod Security 수준이 privileged인 네임스페이스에 두세요.',
    messages: {
      ...workloadLabelledMessages('hostPath', (l) => `${l}이(가) 볼륨 "{volume}"으로 노드의 "{path}"을(를) 마운트합니다: 컨테이너 격리 밖에 있는 노드의 파일이며 파드보다 오래 남습니다.`),
      ...workloadLabelledMessages('hostFilesystem', (l) => `${l}이(가) 볼륨 "{volume}"으로 노드의 파일시스템을 마운트합니다: 컨테이너 격리 밖에 있는 노드의 파일이며 파드보다 오래 남습니다.`),
    },
  },
  'k8s-sensitive-host-mount': {
    title: '파드가 노드의 민감한 디렉터리를 마운트함',
    why: '`/`, `/etc`, `/proc`, `/sys`, `/dev`, `/root`, `/var/run`, `/var/lib/kubelet` 같은 디렉터리에는 노드의 설정, 자격 증명(kubelet 인증서, 다른 파드의 서비스 어카운트 토큰), 커널 인터페이스가 있습니다. 이를 마운트하면 노드의 열쇠를 파드에 넘기는 셈입니다. 파일이 호스트의 것이므로 샌드박스 런타임을 써도 달라지지 않습니다.',
    howToFix: '목적에 맞는 가장 좁은 경로(파일 하나나 하위 디렉터리)를 `readOnly: true`로 마운트하거나, 다른 방법(Downward API, Kubernetes API)으로 정보를 얻으세요. 정말 필요한 노드 에이전트는 전용 privileged 네임스페이스에 두세요.',
    messages: workloadLabelledMessages('sensitive', (l) => `${l}이(가) 노드의 "{path}"(볼륨 "{volume}")을(를) 마운트합니다: 노드 설정, 자격 증명, 커널 인터페이스에 파드가 닿을 수 있게 됩니다.`),
  },
  'k8s-image-eol': {
    title: '컨테이너 이미지의 지원 종료(EOL)가 지났거나 임박함',
    why: '배포판이나 언어 런타임이 지원 종료에 이르면 아무도 보안 수정을 내놓지 않습니다. 패키지에 새로 나오는 CVE가 실행 중인 컨테이너에 그대로 남습니다. 날짜는 잘 알려진 이미지의 오프라인 표에서 오며, 모르는 이미지는 보고하지 않습니다. 지원 종료까지 90일 이내인 이미지는 참고 알림입니다.',
    howToFix: '지원되는 릴리스 라인(메시지가 하나를 알려 줍니다)으로 옮기고 다시 빌드하거나 태그를 바꾸세요. 배포판은 다음 안정 릴리스로, 런타임은 현재 LTS로 옮기면 됩니다.',
    messages: {
      ...labelled('past', (l) => `${l}이(가) {release}을(를) 실행합니다. {date}에 지원이 종료되어 더 이상 보안 수정이 없습니다.`),
      ...labelled('pastMoveTo', (l) => `${l}이(가) {release}을(를) 실행합니다. {date}에 지원이 종료되어 더 이상 보안 수정이 없습니다. {successor}(으)로 옮기세요.`),
      ...labelled('soon', (l) => `${l}이(가) {release}을(를) 실행합니다. {date}에 지원이 종료되면({days}일 남음) 더 이상 보안 수정이 없습니다.`),
      ...labelled('soonMoveTo', (l) => `${l}이(가) {release}을(를) 실행합니다. {date}에 지원이 종료되면({days}일 남음) 더 이상 보안 수정이 없습니다. {successor}(으)로 옮기세요.`),
    },
  },
  'k8s-secret-in-env': {
    title: '비밀 값이 환경 변수에 리터럴로 적혀 있음',
    why: '매니페스트에 적은 비밀번호나 토큰은 Git, `kubectl get -o yaml` 출력, 모든 ReplicaSet 리비전, 그리고 Deployment를 읽을 수 있는 모든 사람의 터미널에 남습니다. Secret은 접근 제어가 따로 되고 저장 시 암호화할 수도 있지만, 파드 스펙은 그렇지 않습니다.',
    howToFix: '값을 Secret으로 옮기고 `valueFrom.secretKeyRef`로 참조하세요(또는 Secret을 파일로 마운트하세요). 값은 이미 노출되었으므로 교체(rotate)하세요.',
    messages: {
      ...Object.assign(
        {},
        ...Object.entries(KO_SECRET_VALUE_WORDS).map(([kind, words]) =>
          labelled(`looksLike.${kind}`, (l) => `${l}이(가) {env}에 ${words}로 보이는 값을 설정합니다: {kind}(또는 저장소)를 읽을 수 있는 누구나 이 값을 읽습니다. valueFrom.secretKeyRef를 쓰고 값을 교체하세요.`),
        ),
      ),
      ...labelled('urlPassword', (l) => `${l}이(가) {env}에 비밀번호가 리터럴로 들어 있는 URL을 설정합니다: {kind}(또는 저장소)를 읽을 수 있는 누구나 이 값을 읽습니다. valueFrom.secretKeyRef를 쓰세요.`),
      ...labelled('literal', (l) => `${l}이(가) {env}에 리터럴 값을 설정합니다: {kind}(또는 저장소)를 읽을 수 있는 누구나 비밀 값을 읽습니다. valueFrom.secretKeyRef를 쓰세요.`),
    },
  },
  'k8s-added-capabilities': {
    title: '컨테이너가 baseline 집합 밖의 권한(capability)을 추가함',
    why: '권한(capability)은 루트의 힘을 여러 조각으로 나눈 것이고, 런타임은 컨테이너에 작은 기본 집합만 줍니다. 그 집합(Pod Security Standards의 baseline 목록) 밖에서 추가하는 권한 하나하나가 컨테이너가 공유된 호스트 커널에 대해 갖는 커널 권한입니다. SYS_ADMIN, SYS_MODULE, SYS_PTRACE, DAC_READ_SEARCH, BPF, ALL은 각각 컨테이너 밖으로 나가는 알려진 경로이므로 오류로 보고합니다.',
    howToFix: '권한을 제거하거나 그 권한이 필요 없게 바꾸세요(낮은 포트를 쓰려고 루트로 실행하는 대신 NET_BIND_SERVICE, 커널 작업은 노드 에이전트로). 그대로 둔다면 `drop: [ALL]`과 함께 써서 컨테이너가 나열한 권한만 갖게 하세요.',
    messages: {
      ...Object.assign({}, ...Object.entries(ADDED_CAPABILITY_KO).map(([cap, what]) => labelled(`adds.${cap}`, (l) => `${l}이(가) {capability}을(를) 추가합니다: ${what}. baseline 권한 집합 밖에 있습니다.`))),
      ...labelled('addsOther', (l) => `${l}이(가) {capability}을(를) 추가합니다. baseline 권한 집합 밖에 있습니다.`),
    },
  },
  'k8s-qos-not-guaranteed': {
    title: '파드가 Guaranteed QoS 클래스가 아님(정책)',
    why: '`policy.guaranteedQoS`가 켜져 있을 때(또는 설정에서 이 규칙을 켰을 때)만 검사합니다. 모든 컨테이너에 CPU와 메모리 제한이 있고 요청이 제한과 같으면 파드는 Guaranteed입니다. 이런 파드는 노드에 압박이 생겼을 때 가장 나중에 축출되고 전용 CPU를 받을 수 있습니다. Burstable과 BestEffort 파드가 먼저 축출됩니다.',
    howToFix: '모든 컨테이너에 CPU와 메모리 제한을 주고 요청을 같은 값으로 설정하세요(또는 요청을 빼세요. Kubernetes가 제한 값을 요청으로 복사합니다).',
    messages: {
      ...workloadLabelledMessages('notGuaranteed', (l) => `${l}은(는) Guaranteed가 아니라 {qos}입니다.`),
      ...workloadLabelledMessages('notGuaranteedGaps', (l) => `${l}은(는) Guaranteed가 아니라 {qos}입니다({gaps}).`),
      ...workloadLabelledMessages('notGuaranteedMoreGaps', (l) => `${l}은(는) Guaranteed가 아니라 {qos}입니다({gaps}; …).`),
      noLimit: '{container}: {resource} 제한 없음',
      requestNotLimit: '{container}: {resource} 요청 {request} ≠ 제한 {limit}',
    },
  },
};
