/**
 * Korean texts of the compose rules, by rule id: title, why, how to fix and each message id of `meta.messages`
 * with the same `{name}` placeholders. Code, field names, paths and flags stay as written.
 */
import type { RuleTextTable } from '../rule-text-table';
import { KO_SECRET_VALUE_WORDS } from './secret-kinds';

/** Korean for each capability of compose-dangerous-capability (the rule's message ids). */
const CAPABILITY_KO: Record<string, string> = {
  ALL: '모든 권한을 한꺼번에 주므로 privileged 실행에 가깝습니다',
  SYS_ADMIN: '파일시스템 마운트, 네임스페이스 사용 등 수많은 관리 호출을 할 수 있습니다. 전형적인 컨테이너 탈출 경로입니다',
  SYS_MODULE: '호스트 커널에 커널 모듈을 로드할 수 있습니다',
  SYS_RAWIO: '호스트 장치와 메모리에 raw I/O를 할 수 있습니다',
  SYS_PTRACE: '다른 프로세스를 추적하고 코드를 주입할 수 있습니다',
  SYS_BOOT: '호스트를 재부팅할 수 있습니다',
  SYS_TIME: '호스트 시계를 바꿀 수 있습니다',
  DAC_READ_SEARCH: '읽기 권한을 우회하고 핸들로 호스트 파일을 열 수 있습니다("shocker" 탈출)',
  NET_ADMIN: '인터페이스, 라우팅, 방화벽 규칙을 다시 설정할 수 있습니다',
  BPF: '커널에 eBPF 프로그램을 로드할 수 있습니다',
  PERFMON: 'perf 이벤트로 커널과 다른 프로세스를 관찰할 수 있습니다',
  MAC_ADMIN: 'AppArmor/SELinux 정책을 바꿀 수 있습니다',
  MAC_OVERRIDE: 'AppArmor/SELinux 정책을 우회할 수 있습니다',
  SYSLOG: '커널 주소가 새어 나가는 커널 로그를 읽을 수 있습니다',
  LINUX_IMMUTABLE: '변경 불가(immutable)·추가 전용(append-only) 파일 플래그를 바꿀 수 있습니다',
};

/** Korean for what each kind of sensitive host path exposes (compose-sensitive-host-mount's message id stems). */
const EXPOSES_KO: Record<string, string> = {
  filesystem: '파일시스템 전체',
  config: '설정과 비밀번호 해시',
  kernel: '커널과 프로세스 제어 파일',
  devices: '장치',
  runtime: '런타임 소켓과 상태',
  containers: '컨테이너 런타임 상태(다른 컨테이너의 파일)',
  credentials: '자격 증명',
  system: '시스템 파일',
};

function sensitiveMountMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [what, exposes] of Object.entries(EXPOSES_KO)) {
    for (const under of [false, true]) {
      for (const readOnly of [false, true]) {
        const mode = readOnly ? '읽기 전용으로' : '쓰기 가능으로';
        out[`${what}${under ? 'Under' : ''}${readOnly ? 'ReadOnly' : 'Writable'}`] = `서비스 '{service}'가 호스트 경로 {source}${under ? '({root} 아래)를' : '을(를)'} ${mode} 마운트합니다: 호스트의 ${exposes}이(가) 컨테이너에 노출됩니다.`;
      }
    }
  }
  return out;
}

export const KO_COMPOSE_RULES: RuleTextTable = {
  'compose-cpu-limit-missing': {
    title: 'Compose 서비스에 CPU 제한이 없음(정책)',
    why: 'CPU 제한이 없으면 바쁜 서비스 하나가 호스트의 모든 코어를 차지해 이웃 서비스를 느리게 만들 수 있습니다. 다만 CPU 제한에는 이견이 있습니다. 제한된 서비스는 호스트가 한가할 때도 스로틀링되어 지연 시간이 나빠집니다. 그래서 이 규칙은 정책입니다. `.containment.yaml`에 `policy.cpuLimits: true`를 설정했을 때(또는 그곳에서 규칙을 켰을 때)만 보고합니다.',
    howToFix: '`deploy.resources.limits.cpus`(또는 예전 방식의 `cpus`)에 서비스가 쓸 코어 수를 "0.5" 같은 문자열로 설정하세요. 빠른 수정은 `resourceDefaults.cpuLimit` 값을 씁니다.',
    messages: {
      noCpuLimit: "서비스 '{service}'에 CPU 제한이 없습니다: 호스트의 모든 코어를 쓸 수 있습니다(policy.cpuLimits 정책에 따라 필요).",
    },
  },
  'compose-docker-socket': {
    title: 'Compose 서비스가 컨테이너 런타임 소켓을 마운트함',
    why: 'Docker(또는 containerd, CRI-O, Podman) 소켓은 런타임의 전체 API입니다. 이 소켓과 통신할 수 있으면 호스트 루트 파일시스템을 마운트한 privileged 컨테이너를 띄울 수 있고, 이는 곧 호스트의 루트 권한입니다. 읽기 전용으로 마운트해도 소용없습니다. `:ro`는 소켓 파일에 대한 쓰기를 막을 뿐 소켓을 통한 API 호출은 막지 않습니다. 샌드박스 런타임도 도움이 되지 않습니다.',
    howToFix: '마운트를 제거하세요. Docker API가 필요한 도구(CI 러너, 레이블을 읽는 리버스 프록시)는 필요한 호출만 허용하는 필터링 프록시를 거치게 하거나, API가 호스트 루트 권한이 되지 않도록 rootless Docker를 쓰세요.',
    messages: {
      socket: "서비스 '{service}'가 {source}을(를) 마운트합니다: 이 API 소켓을 통해 서비스 안의 무엇이든 privileged 컨테이너를 띄워 호스트를 장악할 수 있습니다.",
      socketReadOnly: "서비스 '{service}'가 {source}을(를) 마운트합니다: 이 API 소켓을 통해 서비스 안의 무엇이든 privileged 컨테이너를 띄워 호스트를 장악할 수 있습니다(읽기 전용이어도 API 호출은 제한되지 않습니다).",
    },
  },
  'compose-host-ipc': {
    title: 'Compose 서비스가 호스트의 IPC 네임스페이스를 공유함',
    why: '`ipc: host`이면 서비스가 System V 공유 메모리, 세마포어, 메시지 큐(그리고 /dev/shm)를 호스트의 모든 프로세스와 공유합니다. 다른 프로그램이 이 방식으로 주고받는 메모리를 읽거나 망가뜨릴 수 있습니다.',
    howToFix: '`ipc: host`를 제거하세요. 다른 서비스 하나와 메모리를 공유하려면 `ipc: "service:<name>"`을 쓰거나, 소유하는 쪽에 `ipc: shareable`을 설정하세요.',
    messages: {
      hostIpc: "서비스 '{service}'가 호스트의 IPC 네임스페이스를 공유합니다: 호스트의 모든 프로세스의 공유 메모리 세그먼트, 세마포어, 메시지 큐를 읽고 쓸 수 있습니다.",
    },
  },
  'compose-host-network': {
    title: 'Compose 서비스가 호스트의 네트워크 네임스페이스를 공유함',
    why: '`network_mode: host`이면 서비스에 자체 네트워크 네임스페이스가 없습니다. 호스트의 모든 인터페이스를 보고, 호스트의 아무 포트에나 바인드하고, 호스트의 localhost에서만 듣는 서비스(데이터베이스, 관리 API, 클라우드 메타데이터 엔드포인트)에 접근할 수 있으며, NET_RAW가 있으면 트래픽도 엿볼 수 있습니다. `ports:` 매핑과 Compose 네트워크도 더 이상 적용되지 않습니다. 샌드박스 런타임을 써도 달라지지 않습니다. 호스트 네트워크가 그대로 전달되기 때문입니다.',
    howToFix: '`network_mode: host`를 제거하고, 서비스를 Compose 네트워크에 두고 실제로 제공하는 포트만 `ports:`로 공개하세요.',
    messages: {
      hostNetwork: "서비스 '{service}'가 호스트의 네트워크 네임스페이스를 공유합니다: 호스트의 모든 인터페이스를 보고, 호스트의 아무 포트에나 바인드하고, 호스트의 localhost에서만 듣는 서비스에 접근할 수 있습니다.",
    },
  },
  'compose-host-pid': {
    title: 'Compose 서비스가 호스트의 PID 네임스페이스를 공유함',
    why: '`pid: host`이면 서비스가 호스트의 모든 프로세스를 봅니다. 루트로 실행되면 그 프로세스에 시그널을 보내거나 추적할 수 있고, /proc을 통해 명령줄, 환경 변수(비밀 값이 들어 있는 경우가 많습니다), 열린 파일을 읽을 수 있습니다. 컨테이너와 호스트 사이의 프로세스 수준 경계가 사라집니다.',
    howToFix: '`pid: host`를 제거하세요. 정말로 필요한 모니터링 에이전트는 호스트에 두거나 별도로 검토한 전용 서비스로 운영하세요. 다른 서비스 하나와 프로세스를 공유하려면 `pid: "service:<name>"`을 쓰세요.',
    messages: {
      hostPid: "서비스 '{service}'가 호스트의 PID 네임스페이스를 공유합니다: 호스트의 모든 프로세스를 보고 /proc을 통해 환경 변수와 명령줄을 읽을 수 있으며, 루트로 실행되면 시그널도 보낼 수 있습니다.",
    },
  },
  'compose-host-userns': {
    title: 'Compose 서비스가 사용자 네임스페이스 리매핑에서 빠짐',
    why: 'Docker 데몬이 사용자 네임스페이스 리매핑으로 실행되면 컨테이너 안의 루트는 호스트에서 권한 없는 사용자입니다. `userns_mode: host`는 이 서비스를 리매핑에서 빼므로, 서비스의 루트가 호스트의 진짜 루트가 됩니다. 공유 커널을 통한 탈출이 일어나면 전체 권한을 갖게 됩니다.',
    howToFix: '`userns_mode: host`를 제거하세요. 호스트 파일 소유권 때문에 필요하다면, 대신 소유권에 맞는 루트가 아닌 `user:`로 서비스를 실행하세요.',
    messages: {
      hostUserns: "서비스 '{service}'가 호스트의 사용자 네임스페이스를 공유합니다: 데몬이 다른 컨테이너의 사용자를 리매핑하더라도 이 서비스의 uid 0은 호스트의 uid 0입니다.",
    },
  },
  'compose-image-latest-tag': {
    title: 'Compose 서비스 이미지가 :latest를 쓰거나 태그가 없음',
    why: '태그가 없는 이미지는 `:latest`, 즉 게시자가 마지막으로 푸시한 이미지입니다. 다른 날, 다른 머신에서 `docker compose pull`을 하면 새 메이저 버전, 새 베이스 OS, 다른 기본 사용자 등 다른 이미지를 받게 되어 환경이 서로 달라지고, 롤백해도 예전 이미지로 돌아갈 수 없습니다.',
    howToFix: '버전을 명시하고(`postgres:16.4-bookworm`), 정확히 같은 바이트가 필요하면 다이제스트(`@sha256:…`)까지 고정하세요. 업데이트 제안은 Renovate나 Dependabot에 맡기세요.',
    messages: {
      latestTag: "서비스 '{service}'가 '{image}'을(를) 씁니다: 움직이는 :latest 태그는 모르는 사이에 바뀝니다. 버전을 고정하세요.",
      noTag: "서비스 '{service}'가 태그 없이 '{image}'을(를) 씁니다. 이는 :latest를 뜻합니다. 버전을 고정하세요.",
    },
  },
  'compose-memory-limit-missing': {
    title: 'Compose 서비스에 메모리 제한이 없음',
    why: '컨테이너는 호스트 프로세스의 묶음이며, cgroups는 제한이 설정됐을 때만 이를 붙잡아 둡니다. 메모리 제한이 없으면 메모리가 새는 서비스 하나가 호스트 메모리를 전부 쓸 수 있고, 그때 커널의 OOM killer는 모든 컨테이너와 호스트 프로세스 중에서 희생자를 고릅니다. 메모리를 샌 서비스가 아닌 경우가 많습니다.',
    howToFix: '`deploy.resources.limits.memory`(또는 예전 방식의 `mem_limit`)를 서비스에 필요한 양에 여유를 더해 설정하고, 항상 쓰는 양은 `reservations.memory`로 잡으세요. 빠른 수정은 `.containment.yaml`의 기본값(`resourceDefaults.memoryLimit`, `memoryRequest`)을 추가합니다.',
    messages: {
      noMemoryLimit: "서비스 '{service}'에 메모리 제한이 없습니다: cgroup이 호스트 메모리 전부를 쓰도록 허용하며, 메모리가 바닥나면 OOM killer가 대신 이웃을 멈출 수 있습니다.",
    },
  },
  'compose-no-new-privileges-missing': {
    title: 'Compose 서비스에 no-new-privileges가 설정되지 않음',
    why: '`no-new-privileges`가 없으면 일반 사용자로 시작한 프로세스가 이미지 안의 setuid 바이너리(su, sudo, 취약한 헬퍼)를 통해 루트 권한을 얻을 수 있습니다. 이 옵션을 켜면 커널이 컨테이너 전체에서 이런 권한 상승을 거부하며, 일반 프로그램은 차이를 느끼지 못합니다.',
    howToFix: '서비스의 `security_opt` 목록에 `no-new-privileges:true`를 추가하세요(빠른 수정이 해 줍니다).',
    messages: {
      escalationAllowed: "서비스 '{service}'가 권한 상승을 명시적으로 허용합니다: 안의 setuid 프로그램이 여전히 루트 권한을 얻을 수 있습니다.",
      notSet: "서비스 '{service}'에 no-new-privileges가 설정되지 않았습니다: 안의 setuid 프로그램이 루트 권한을 얻을 수 있습니다.",
    },
  },
  'compose-pids-limit-missing': {
    title: 'Compose 서비스에 pids 제한이 없음(정책)',
    why: '프로세스 ID는 호스트 전체가 공유합니다. 컨테이너 하나의 포크 폭탄이나 폭주하는 워커 풀이 이를 모두 써 버리면 호스트 어디에서도 새 프로세스를 시작할 수 없습니다. 복구할 셸조차 띄울 수 없습니다. pids cgroup은 제한을 설정했을 때만 도움이 됩니다. 이 규칙은 정책입니다. `.containment.yaml`에 `policy.pidsLimit: true`를 설정했을 때(또는 그곳에서 규칙을 켰을 때)만 보고합니다.',
    howToFix: '`pids_limit`(또는 `deploy.resources.limits.pids`)를 서비스가 평소 실행하는 프로세스와 스레드 수의 몇 배로 설정하세요. 빠른 수정은 `resourceDefaults.pidsLimit` 값을 씁니다.',
    messages: {
      noPidsLimit: "서비스 '{service}'에 pids 제한이 없습니다: 안에서 포크 폭탄이 터지면 호스트 전체의 프로세스 ID가 고갈될 수 있습니다(policy.pidsLimit 정책에 따라 필요).",
    },
  },
  'compose-port-all-interfaces': {
    title: 'Compose 서비스가 호스트의 모든 인터페이스에 포트를 공개함',
    why: '주소 없이 공개한 포트(`"8080:80"`)는 0.0.0.0에 바인드되어 호스트가 연결된 모든 네트워크에서 접근할 수 있습니다. Docker는 자체 iptables 규칙으로 포트를 여는데, 이 규칙은 ufw나 firewalld 같은 호스트 방화벽보다 먼저 평가됩니다. 그래서 포트를 막는 것처럼 보이는 방화벽 규칙이 실제로는 막지 못합니다. 공개 웹 서비스라면 맞는 설정이지만 데이터베이스, 관리 UI, 개발 서버라면 뜻밖의 노출입니다. 두 경우 모두 흔하므로 기본 심각도는 정보입니다.',
    howToFix: '이 머신에서만 쓰는 포트라면 루프백 주소에 바인드하세요: `"127.0.0.1:8080:80"`, 긴 문법이라면 `host_ip: 127.0.0.1`(빠른 수정이 해 줍니다. 누가 서비스에 접근할 수 있는지가 바뀌므로 `--fix`는 손대지 않습니다). 다른 머신에서 접근해야 하는 서비스라면 그대로 두세요. 그런 서비스에서 이 알림을 끄려면 주소를 명시하세요(`"0.0.0.0:80:80"`).',
    messages: {
      allInterfaces: "서비스 '{service}'가 {port}을(를) 호스트의 모든 인터페이스(0.0.0.0)에 공개합니다: Docker의 iptables 규칙은 ufw 같은 호스트 방화벽을 통과시킵니다. 이 머신에서만 쓴다면 127.0.0.1에 바인드하세요.",
    },
  },
  'compose-privileged-container': {
    title: 'Compose 서비스가 privileged로 실행됨',
    why: '`privileged: true`는 컨테이너와 호스트를 나누는 장치를 거의 모두 끕니다. 모든 권한(capability)과 /dev 아래의 모든 호스트 장치를 받고, seccomp와 AppArmor/SELinux 프로필 없이 실행됩니다. 컨테이너는 이미 호스트 커널을 공유하므로, 그 안의 프로세스가 커널 모듈을 로드하고 호스트 디스크를 마운트해 머신을 장악할 수 있습니다.',
    howToFix: '`privileged: true`를 제거하고 서비스에 필요한 것만 주세요. 특정 권한은 `cap_add`로, 특정 장치는 `devices:`로 줍니다. 서비스가 무엇에 의존하는지는 사용자만 알기 때문에 자동 수정은 제공하지 않습니다.',
    messages: {
      privileged: "서비스 '{service}'가 privileged로 실행됩니다: 호스트 자체 커널 위에서 seccomp도 AppArmor도 없이 모든 권한과 모든 호스트 장치를 가지므로, 이 서비스가 뚫리면 호스트가 뚫립니다. 서비스에 필요한 cap_add/devices만 지정하도록 바꾸세요(의도는 사용자가 정할 일이므로 자동으로 바꾸지 않습니다).",
      privilegedInSandbox: "서비스 '{service}'가 privileged로 실행됩니다: 샌드박스 안에서는 모든 권한과 샌드박스가 내준 장치를 뜻할 뿐, 호스트의 것이 아닙니다. 호스트에 닿으려면 샌드박스 자체의 구멍이 필요합니다. 서비스에 필요 없다면 지우세요.",
    },
  },
  'compose-user-root': {
    title: 'Compose 서비스가 명시적으로 루트로 실행됨',
    why: '컨테이너 안의 루트는 공유된 호스트 커널 위의 루트이며, 권한(capability), seccomp, 마운트 네임스페이스만이 이를 막고 있습니다. 커널 버그나 잘못된 설정(쓰기 가능한 호스트 마운트, 추가된 권한)이 있으면 전체 권한으로 악용됩니다. `user: root`나 `user: "0"`은 이미지가 정한 루트가 아닌 USER도 덮어씁니다.',
    howToFix: '권한 없는 사용자로 서비스를 실행하세요: `user: "1000:1000"` 또는 이미지에 있는 이름 있는 사용자. 루트로 실행하는 대신 Dockerfile에서 파일 소유권을 바로잡으세요.',
    messages: {
      userRoot: "서비스 '{service}'가 user {user}를 설정합니다: 호스트와 공유하는 커널 위에서 uid 0으로 실행됩니다.",
    },
  },
  'compose-writable-host-mount': {
    title: 'Compose 서비스가 호스트 폴더를 쓰기 가능으로 마운트함',
    why: '쓰기 가능한 바인드 마운트는 컨테이너가 호스트의 파일을 바꿀 수 있게 합니다. 개발 중 소스 코드 마운트는 흔한 일이지만, 공유하거나 배포하는 환경에서는 뚫린 서비스가 호스트(또는 다음 빌드)가 신뢰할 스크립트, 설정, 바이너리 같은 파일을 심을 수 있습니다.',
    howToFix: '서비스가 파일을 읽기만 한다면 `:ro`를 붙이거나(짧은 문법) `read_only: true`를 설정하세요(긴 문법). 서비스가 쓰는 데이터에는 이름 있는 볼륨을 쓰세요.',
    messages: {
      writable: "서비스 '{service}'가 호스트 경로 {source}에 쓸 수 있습니다. 읽기만 한다면 :ro를 붙이세요.",
    },
  },
  'compose-dangerous-capability': {
    title: 'Compose 서비스가 위험한 권한(capability)을 추가함',
    why: '권한(capability)은 루트의 힘을 여러 조각으로 나눈 것이며, Docker는 작은 기본 집합만 남깁니다. 어떤 조각은 호스트 커널을 공유하는 컨테이너에서 탈출하기에 충분하고(SYS_ADMIN, SYS_MODULE, DAC_READ_SEARCH, SYS_PTRACE…), 어떤 조각은 호스트 전체를 흔들 수 있습니다(NET_ADMIN, SYS_TIME, SYS_BOOT). ALL, SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, BPF는 Kubernetes 매니페스트에서와 같이 오류로 보고합니다: 각각 컨테이너 밖으로 나가는 알려진 경로입니다.',
    howToFix: '`cap_add`에서 그 권한을 빼거나, 꼭 필요한 작업 하나로 좁히세요(예: 낮은 번호의 포트를 바인드하려면 NET_BIND_SERVICE). `cap_drop: [ALL]`로 모두 뺀 뒤 필요한 것만 다시 추가하는 방식을 고려하세요.',
    messages: Object.fromEntries(
      Object.entries(CAPABILITY_KO).map(([cap, what]) => [cap, `서비스 '{service}'가 ${cap === 'ALL' ? '모든 권한(ALL)' : `CAP_${cap}`}을(를) 추가합니다: 호스트와 공유하는 커널에서 ${what}.`]),
    ),
  },
  'compose-security-opt-unconfined': {
    title: 'Compose 서비스가 seccomp, AppArmor 또는 SELinux를 끔',
    why: '기본 seccomp 프로필은 위험한 시스템 호출 50여 개를 막고, AppArmor/SELinux는 컨테이너 프로세스를 민감한 호스트 파일에서 떼어 놓습니다. 네임스페이스만으로 부족할 때 마지막까지 남는 방어층입니다. `seccomp:unconfined`, `apparmor:unconfined`, `label:disable`은 이 서비스에서 그 방어층을 없앱니다.',
    howToFix: '옵션을 제거하세요. 시스템 호출 하나가 부족하다면, 그 호출만 허용하는 사용자 정의 seccomp 프로필을 작성하세요(`seccomp:./profile.json`).',
    messages: {
      seccompOff: "서비스 '{service}'가 {option}을(를) 설정합니다: seccomp가 꺼져 호스트 커널의 모든 시스템 호출에 닿을 수 있습니다. 대부분의 커널 익스플로잇에 필요한, 거의 쓰이지 않는 호출까지 포함됩니다.",
      apparmorOff: "서비스 '{service}'가 {option}을(를) 설정합니다: AppArmor 프로필이 꺼져, 기본 프로필이 막던 /proc과 /sys 쓰기, 마운트, raw 소켓을 막는 것이 없습니다.",
      selinuxOff: "서비스 '{service}'가 {option}을(를) 설정합니다: SELinux 레이블링이 꺼져, 컨테이너 프로세스가 더 이상 레이블로 호스트 파일과 분리되지 않습니다.",
      systemPathsOff: "서비스 '{service}'가 {option}을(를) 설정합니다: /proc과 /sys 아래의 가려지거나 읽기 전용인 커널 경로가 노출됩니다.",
    },
  },
  'compose-image-eol': {
    title: 'Compose 서비스 이미지의 지원 종료(EOL)가 지났거나 임박함',
    why: '배포판이나 언어 릴리스가 지원 종료(EOL)에 이르면 메인테이너가 보안 수정을 더 이상 내놓지 않습니다. 그 위에 만든 이미지에는 업스트림에서 영영 고쳐지지 않을 알려진 취약점이 쌓이고, 새 라이브러리도 그 릴리스 지원을 끊습니다.',
    howToFix: '서비스를 같은 이미지의 지원되는 릴리스 라인으로 옮기고(메시지에 하나를 알려 줍니다) 테스트하세요. 90일 안에 지원이 끝나는 릴리스는 정보로 표시됩니다.',
    messages: {
      past: "서비스 '{service}'가 {release}을(를) 씁니다. {date}에 지원이 종료되어 더 이상 보안 수정이 없습니다.",
      pastMoveTo: "서비스 '{service}'가 {release}을(를) 씁니다. {date}에 지원이 종료되어 더 이상 보안 수정이 없습니다. {successor}(으)로 옮기세요.",
      pastEstimated: "서비스 '{service}'가 {release}을(를) 씁니다. {date}(추정)에 지원이 종료되어 더 이상 보안 수정이 없습니다.",
      pastEstimatedMoveTo: "서비스 '{service}'가 {release}을(를) 씁니다. {date}(추정)에 지원이 종료되어 더 이상 보안 수정이 없습니다. {successor}(으)로 옮기세요.",
      soon: "서비스 '{service}'가 {release}을(를) 씁니다. {date}에 지원이 종료됩니다({days}일 남음).",
      soonMoveTo: "서비스 '{service}'가 {release}을(를) 씁니다. {date}에 지원이 종료됩니다({days}일 남음). {successor}(으)로 옮기세요.",
    },
  },
  'compose-sensitive-host-mount': {
    title: 'Compose 서비스가 민감한 호스트 경로를 마운트함',
    why: '/, /etc, /proc, /sys, /dev, /var/lib/docker, ~/.ssh 같은 호스트 폴더를 마운트하면 호스트의 설정, 자격 증명, 장치, 커널 제어 파일을 컨테이너에 넘기게 됩니다. 쓰기 가능하면 호스트를 바꿀 수 있고, 읽기 전용이어도 비밀 값(키, 비밀번호 해시, 다른 컨테이너의 파일)이 새어 나갑니다.',
    howToFix: '서비스에 필요한 특정 파일이나 폴더만 읽기 전용으로 마운트하거나(`:ro` 또는 `read_only: true`), 데이터를 이름 있는 볼륨에 복사하세요. 시간대는 `TZ` 환경 변수로 설정하는 편이 낫습니다.',
    messages: sensitiveMountMessages(),
  },
  'compose-env-var-secret': {
    title: 'Compose 서비스의 environment에 비밀 값이 적혀 있음',
    why: '`environment`에 리터럴로 적은 비밀번호나 토큰은 저장소 히스토리에 영원히 남고, 실행 중에는 `docker inspect`를 실행하거나 컨테이너의 /proc를 읽을 수 있는 누구나 볼 수 있습니다. 또한 커밋 없이는 값을 교체(rotate)할 수 없습니다.',
    howToFix: '대신 변수를 참조하거나(`DB_PASSWORD: ${DB_PASSWORD}`, 추적하지 않는 `.env` 파일이나 CI 비밀 저장소에서 설정), Compose `secrets:`와 이미지의 `*_FILE` 변수를 쓰세요(`POSTGRES_PASSWORD_FILE: /run/secrets/db_password`).',
    messages: {
      ...Object.fromEntries(
        Object.entries(KO_SECRET_VALUE_WORDS).map(([kind, words]) => [
          `looksLike.${kind}`,
          `서비스 '{service}': {variable}에 ${words}로 보이는 값이 들어 있습니다. 대신 변수나 Compose secret을 참조하고, 값을 교체하세요.`,
        ]),
      ),
      urlPassword: "서비스 '{service}': {variable}에 비밀번호가 리터럴로 들어간 URL이 있습니다. 대신 변수나 Compose secret을 참조하세요.",
      secretName: "서비스 '{service}': {variable}이(가) 비밀 값으로 보이는 리터럴 값으로 설정되어 있습니다. 대신 변수나 Compose secret을 참조하세요.",
    },
  },
  'compose-service-runs-as-root': {
    title: 'Compose 서비스가 루트로 실행되는 이미지를 빌드함',
    why: '`build:`가 있는 서비스는 Dockerfile이 마지막에 정한 사용자로 실행됩니다. 마지막 스테이지에 USER가 없거나(또는 USER root) 서비스에 `user:`가 없으면 메인 프로세스는 호스트 커널 위에서 uid 0이므로, 탈출이나 쓰기 가능한 호스트 마운트가 전체 권한으로 동작합니다.',
    howToFix: 'Dockerfile의 마지막 스테이지에 루트가 아닌 `USER`를 추가하거나(필요하면 그 스테이지에서 사용자를 만드세요), 서비스에 `user:`를 설정하세요.',
    messages: {
      userIsRoot: "서비스 '{service}'가 루트로 실행됩니다: user:를 설정하지 않았고, 빌드하는 이미지가 루트로 실행됩니다({line}번째 줄의 USER {user}는 루트입니다).",
      baseRunsAs: "서비스 '{service}'가 루트로 실행됩니다: user:를 설정하지 않았고, 빌드하는 이미지가 루트로 실행됩니다(USER가 없고, {image}은(는) 기본적으로 {user}(으)로 실행됩니다).",
      baseNotKnown: "서비스 '{service}'가 루트로 실행됩니다: user:를 설정하지 않았고, 빌드하는 이미지가 루트로 실행됩니다(Dockerfile에 USER가 없고, '{image}'이(가) 사용자를 설정한다고 알려져 있지 않습니다).",
      userMakesRoot: 'USER {user} 때문에 최종 스테이지가 루트로 실행됨',
      noUserHere: '최종 스테이지가 여기서 시작하고 USER를 한 번도 설정하지 않음',
    },
  },
};
