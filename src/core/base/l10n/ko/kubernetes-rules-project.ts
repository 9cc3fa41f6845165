/**
 * Korean texts of the Kubernetes rules that relate objects to each other or check ports, probes and budgets
 * (kube-linter's default checks), by rule id, with the same `{name}` placeholders as `meta.messages`.
 */
import { workloadLabelledMessages } from '../labelled-messages';
import type { RuleTextTable } from '../rule-text-table';
import { labelled } from './kubernetes-rules';

function probePort(word: string, consequence: string): RuleTextTable[string] {
  return {
    title: `${word} 프로브가 컨테이너가 선언하지 않은 포트를 검사함`,
    why: `kubelet은 이름으로 지정한 프로브 포트를 그 컨테이너의 \`ports\`에서만 찾습니다. 그 이름의 포트가 없으면 ${word} 프로브는 매번 실패합니다: ${consequence} 숫자 포트는 선언 여부와 관계없이 검사되므로, 다른 포트를 선언한 컨테이너에서 번호가 빠져 있다면 대개 오타이거나 여러 포트 중 잘못된 포트입니다.`,
    howToFix: '프로브가 컨테이너가 선언한 포트(이름 또는 번호)를 가리키게 하거나, 애플리케이션이 헬스 체크를 제공하는 포트를 선언하세요.',
    messages: {
      ...labelled('unknownName', (l) => `${l}의 ${word} 프로브가 포트 "{port}"를 검사하지만 그 이름의 TCP 포트가 컨테이너에 없습니다: kubelet이 포트를 찾지 못해 프로브가 항상 실패합니다.`),
      ...labelled('undeclaredNumber', (l) => `${l}의 ${word} 프로브가 선언되지 않은 포트 {port}를 검사합니다(선언된 포트: {declared}): 애플리케이션이 실제로 듣는 포트인지 확인하세요.`),
    },
  };
}

export const KO_KUBERNETES_PROJECT_RULES: RuleTextTable = {
  'k8s-dangling-service': {
    title: 'Service가 프로젝트의 어떤 워크로드도 만들지 않는 파드를 선택함',
    why: 'Service는 셀렉터에 맞는 파드로 트래픽을 보냅니다. 그 레이블을 가진 파드 템플릿이 없으면 Service에 엔드포인트가 없어 연결이 거부되거나 타임아웃됩니다. 대개 레이블 오타이거나 한쪽에서만 레이블 이름을 바꾼 경우입니다.',
    howToFix: '`spec.selector`를 대상 파드 템플릿의 레이블(`spec.template.metadata.labels`)과 맞추세요. 엔드포인트를 직접 관리하거나 클러스터 밖을 가리키는 Service라면 셀렉터를 아예 두지 마세요.',
    messages: workloadLabelledMessages('noPods', (l) => `${l}이(가) {selector}를 선택하지만 프로젝트의 어떤 파드 템플릿에도 이 레이블이 없습니다: Service에 엔드포인트가 없습니다.`),
  },
  'k8s-invalid-target-port': {
    title: 'API 서버가 거부하는 Service targetPort 또는 컨테이너 포트 이름',
    why: 'Service의 `targetPort`는 1~65535 사이의 포트 번호이거나 컨테이너 포트의 이름이어야 하고, 포트 이름은 IANA 서비스 이름 규칙(15자 이하, 소문자·숫자·중간의 단일 하이픈, 글자 하나 이상)을 따라야 합니다. 그 밖의 값은 API 서버가 거부하므로 apply가 실패합니다(따옴표로 감싼 "8080"은 글자가 없는 이름입니다).',
    howToFix: '숫자는 따옴표 없이 숫자로 쓰거나(`targetPort: 8080`) 올바른 포트 이름을 쓰고, 컨테이너 포트 이름은 15자 이하의 소문자 이름으로 바꾸세요(`HTTP_Metrics`가 아니라 `http-metrics`).',
    messages: {
      ...workloadLabelledMessages('targetNumber', (l) => `${l}의 targetPort {port}는 1–65535 범위를 벗어납니다: API 서버가 Service를 거부합니다.`),
      ...workloadLabelledMessages('targetName', (l) => `${l}의 targetPort "{port}"는 올바른 포트 이름이 아닙니다({problem}): API 서버가 Service를 거부합니다.`),
      ...labelled('portName', (l) => `${l}의 포트 이름 "{port}"는 올바른 포트 이름이 아닙니다({problem}): API 서버가 파드를 거부합니다.`),
      tooLong: '15자 이하여야 함',
      badCharacters: '소문자, 숫자, 하이픈만 쓸 수 있음',
      noLetter: '글자가 하나 이상 있어야 함. 숫자라면 따옴표 없이 쓰세요',
      hyphens: '양 끝에 하이픈을 둘 수 없고 하이픈을 연달아 쓸 수 없음',
    },
  },
  'k8s-liveness-probe-port': probePort('liveness', '애플리케이션이 정상이어도 컨테이너가 계속 재시작됩니다.'),
  'k8s-readiness-probe-port': probePort('readiness', '파드가 끝내 준비(ready) 상태가 되지 않아 Service 트래픽을 받지 못합니다.'),
  'k8s-startup-probe-port': probePort('startup', '실패 임계값에 도달하면 컨테이너가 종료되어 끝내 실행되지 못합니다.'),
  'k8s-pdb-max-unavailable-zero': {
    title: 'PodDisruptionBudget이 어떤 파드의 중단도 허용하지 않음',
    why: '`maxUnavailable: 0`(또는 `0%`)이면 eviction API가 선택된 파드의 자발적 중단을 모두 거부합니다. 누군가 예산을 직접 고치거나 지울 때까지 `kubectl drain`, 노드 업그레이드, 클러스터 오토스케일러가 이 파드에서 계속 기다립니다.',
    howToFix: '파드 하나는 내보낼 수 있게 하고(`maxUnavailable: 1`), 하나를 잃어도 괜찮을 만큼 레플리카를 실행하세요.',
    messages: workloadLabelledMessages('zero', (l) => `${l}이(가) maxUnavailable {value}를 설정합니다: 선택된 파드를 절대 축출할 수 없어 노드 drain과 업그레이드가 막힙니다.`),
  },
  'k8s-pdb-min-available-blocks': {
    title: 'PodDisruptionBudget의 minAvailable이 대상 레플리카 수만큼 큼',
    why: 'eviction API는 선택된 파드 중 `minAvailable`보다 많은 파드가 가용 상태로 남을 때만 파드를 축출합니다. `minAvailable`이 파드 수 이상이면(또는 `100%`이면) 어떤 파드도 내보낼 수 없어, `kubectl drain`, 노드 업그레이드, 클러스터 오토스케일러가 계속 기다립니다.',
    howToFix: '`minAvailable`을 레플리카 수보다 작게 두거나(`minAvailable: 2`라면 레플리카 3개), 레플리카 수가 바뀌어도 맞는 `maxUnavailable: 1`을 쓰세요.',
    messages: {
      ...workloadLabelledMessages('all', (l) => `${l}이(가) minAvailable {value}를 설정합니다: 선택된 파드를 절대 축출할 수 없어 노드 drain과 업그레이드가 막힙니다.`),
      ...workloadLabelledMessages('blocks', (l) => `${l}이(가) minAvailable {value}를 설정하지만 선택된 파드({workloads})는 {replicas}개뿐입니다: 어떤 파드도 축출할 수 없어 노드 drain과 업그레이드가 막힙니다.`),
      ...workloadLabelledMessages('percentBlocks', (l) => `${l}이(가) 파드 {replicas}개({workloads}) 중 minAvailable {value}를 설정합니다: 올림하면 전부이므로 어떤 파드도 축출할 수 없어 노드 drain이 막힙니다.`),
      replicasHere: '{workload}의 레플리카는 {replicas}개입니다.',
    },
  },
  'k8s-pdb-unhealthy-eviction-policy': {
    title: 'PodDisruptionBudget이 비정상 파드의 축출 허용 여부를 정하지 않음',
    why: '기본값(`IfHealthyBudget`)에서는 실행 중이지만 준비되지 않은 파드도 예산에 포함됩니다. 애플리케이션이 이미 고장 난 상태(크래시 루프, 준비 안 됨)라면 예산이 바닥나, 아무것도 서비스하지 않는 파드 때문에 노드 drain이 기다리게 됩니다. `AlwaysAllow`이면 eviction API가 그런 파드를 내보낼 수 있습니다(Kubernetes 1.31부터 안정화).',
    howToFix: '`spec.unhealthyPodEvictionPolicy: AlwaysAllow`를 설정하세요. 준비되지 않은 파드도 보호해야 한다면(데이터를 오래 적재한 뒤에야 준비되는 애플리케이션) `IfHealthyBudget`을 명시하세요.',
    messages: workloadLabelledMessages('unset', (l) => `${l}이(가) unhealthyPodEvictionPolicy를 설정하지 않습니다: 실행 중이지만 준비되지 않은 파드가 예산에 포함되어 노드 drain을 막을 수 있습니다.`),
  },
  'k8s-missing-service-account': {
    title: '파드가 프로젝트에 정의되지 않은 ServiceAccount로 실행됨',
    why: 'API 서버는 네임스페이스에 없는 ServiceAccount를 쓰는 파드를 만들지 않습니다. 컨트롤러는 재시도만 하고 워크로드에는 파드가 생기지 않으며, 흔적은 ReplicaSet의 이벤트뿐입니다. 대개 `serviceAccountName` 오타이거나 다른 네임스페이스에 정의한 계정입니다.',
    howToFix: '워크로드와 같은 네임스페이스에 ServiceAccount를 정의하거나(그것을 쓰는 매니페스트와 함께) `serviceAccountName`을 고치세요.',
    messages: workloadLabelledMessages('missing', (l) => `${l}이(가) ServiceAccount "{account}"로 실행되지만 프로젝트의 어떤 매니페스트도 이를 정의하지 않습니다: 계정이 생길 때까지 파드가 만들어지지 않습니다.`),
  },
  'k8s-duplicate-env-var': {
    title: '컨테이너가 같은 환경 변수를 두 번 설정함',
    why: '`env`에 같은 이름이 두 번 있으면 마지막 항목이 조용히 이깁니다. 앞의 항목을 고친 사람은 아무 효과도 보지 못합니다. 서버 사이드 apply와 strategic-merge 패치는 `env`를 이름으로 구분하므로 중복을 거부하거나 엉뚱하게 합칩니다.',
    howToFix: '이름마다 항목 하나만 남기고 나머지를 지우세요.',
    messages: {
      ...labelled('duplicate', (l) => `${l}이(가) {env}를 두 번 설정합니다: 마지막 항목이 이기고 앞의 항목은 효과가 없습니다.`),
      firstHere: '{env}를 처음 설정한 곳입니다.',
    },
  },
  'k8s-job-ttl-after-finished': {
    title: 'Job 정리: ttlSecondsAfterFinished가 없는 단독 Job, 또는 이를 설정한 CronJob',
    why: '끝난 Job과 그 파드는 누군가 지울 때까지 클러스터에 남습니다. 단독 Job은 계속 쌓이고, 파드 로그와 오브젝트가 쿼터를 차지합니다. `ttlSecondsAfterFinished`를 두면 TTL 컨트롤러가 이를 지웁니다. CronJob은 이미 `successfulJobsHistoryLimit`와 `failedJobsHistoryLimit`만큼만 Job을 남기므로, job 템플릿에 TTL을 두면 이 한도가 적용되기 전에 Job이 지워지고 실패한 실행의 기록도 함께 사라집니다. GitOps(Argo CD, Flux)에서는 TTL로 지워진 Job이 다음 동기화 때 다시 만들어져 또 실행되므로, 도구의 훅 삭제 정책을 쓰는 편이 낫습니다.',
    howToFix: '단독 Job에는 `spec.ttlSecondsAfterFinished`를 설정하고(하루: `86400`), CronJob의 `jobTemplate`에서는 빼세요(대신 기록 한도를 조정하세요).',
    messages: {
      ...workloadLabelledMessages('standalone', (l) => `${l}이(가) ttlSecondsAfterFinished를 설정하지 않습니다: 끝난 Job과 그 파드가 직접 지울 때까지 클러스터에 남습니다.`),
      ...workloadLabelledMessages('managed', (l) => `${l}이(가) job 템플릿에 ttlSecondsAfterFinished를 설정합니다: 기록 한도가 적용되기 전에 Job이 지워지고 실패한 실행의 기록도 함께 사라집니다.`),
    },
  },
};
