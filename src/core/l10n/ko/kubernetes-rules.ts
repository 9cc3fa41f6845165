/**
 * Korean texts of the kubernetes rules, by rule id: title, why, how to fix and each message id of `meta.messages`
 * with the same `{name}` placeholders. Code, field names, paths and flags stay as written.
 */
import type { RuleTextTable } from '../rule-text-table';

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
};
