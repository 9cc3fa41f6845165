/**
 * Korean texts of the Dockerfile rules, by rule id: title, why, how to fix and each message id of `meta.messages`
 * with the same `{name}` placeholders. Code, commands, paths and flags stay as written.
 */
import type { RuleTextTable } from '../rule-text-table';
import { KO_DEPRECATED_REPOSITORIES, KO_SUCCESSOR_ADVICE } from './lifecycle-advice';

/** SHIPPING_STAGES_NOTE (dockerfile/model.ts) in Korean. */
const SHIPPING_STAGES_NOTE =
  ' 배포되는 스테이지(마지막 스테이지와 그 스테이지가 FROM으로 삼는 스테이지)에서만 보고합니다. `COPY --from`으로 파일만 ' +
  '가져가는 빌더 스테이지는 레이어가 이미지에 남지 않으므로 크기가 문제되지 않습니다.';

/** PINNING_POLICY_NOTE (dockerfile/package-manager-kit.ts) in Korean. */
const PINNING_POLICY_NOTE =
  ' 다른 버전 고정 검사(apk, apt-get, dnf, yum, zypper, pip, npm, gem, go)와 마찬가지로 hadolint처럼 기본으로 켜져 ' +
  '있어 경고로 보고하며, RUN마다 한 번 고정되지 않은 패키지를 모두 나열합니다. 이미지가 고정된 베이스 이미지에 기대고 ' +
  '있다면 설정에서 이 검사 묶음 전체나 특정 패키지 매니저만 끌 수 있습니다.';

/** The messages of every pinning rule (UNPINNED_MESSAGES in package-manager-kit.ts). */
const UNPINNED_MESSAGES = {
  onePackage: "'{install}' 명령이 '{package}' 패키지를 버전 고정 없이 설치합니다. '{pinned}'처럼 버전을 고정하세요.",
  manyPackages: "'{install}' 명령이 패키지 {count}개를 버전 고정 없이 설치합니다: {packages}, '{lastPackage}'. 각각 버전을 고정하세요(예: '{pinned}').",
  manyOfOnePackage: "'{install}' 명령이 패키지 {count}개를 버전 고정 없이 설치합니다: '{package}'. 각각 버전을 고정하세요(예: '{pinned}').",
  runManyPackages: "이 RUN이 패키지 {count}개를 버전 고정 없이 설치합니다: {packages}, '{lastPackage}'. 각각 버전을 고정하세요(예: '{pinned}').",
  runManyOfOnePackage: "이 RUN이 패키지 {count}개를 버전 고정 없이 설치합니다: '{package}'. 각각 버전을 고정하세요(예: '{pinned}').",
  relatedNoVersion: "'{package}'에 버전이 없습니다. '{pinned}'를 쓰세요.",
  relatedNoStream: "'{package}'에 스트림이 없습니다. '{pinned}'를 쓰세요.",
  relatedMoving: "'{package}'은(는) 움직이는 '@{tag}'를 따릅니다. '{pinned}'를 쓰세요.",
};

/** The message of every "missing -y" rule (MISSING_YES_MESSAGES in package-manager-kit.ts). */
const MISSING_YES_MESSAGES = {
  noAnswerFlag: "'{install}' 명령에 {flag} 옵션이 없어, 빌드 중에는 아무도 답할 수 없는 확인 프롬프트에서 멈춥니다. '{suggestion}' 형태로 실행하세요.",
};

/** The message of every "cache not cleaned" rule (CACHE_CLEANUP_MESSAGES in package-manager-kit.ts). */
const CACHE_CLEANUP_MESSAGES = {
  cacheStays: "'{install}' 명령이 패키지 캐시를 레이어에 남깁니다. 이 RUN 끝에 '{cleanup}' 명령을 추가하세요.",
};

export const KO_DOCKERFILE_RULES: RuleTextTable = {
  'add-instead-of-copy': {
    title: '일반 로컬 파일에 ADD 사용',
    why: 'ADD는 복사 이상의 일을 합니다. URL을 내려받고 로컬 tar 아카이브를 풉니다. 일반 파일에 ADD를 쓰면 이 동작이 가려져 무엇이 풀릴지 읽는 사람이 알 수 없고, 나중에 파일 이름을 `.tar.gz`로 바꾸면 이미지에 들어가는 내용이 조용히 달라집니다. COPY는 예측 가능한 한 가지 일만 합니다.',
    howToFix: '로컬 파일과 디렉터리에는 COPY를 쓰세요. ADD는 ADD만 할 수 있는 일, 즉 원격 URL(`--checksum`과 함께), Git 소스, 풀어야 하는 로컬 아카이브에만 남겨 두세요.',
    messages: {
      useCopy: '{sources}에는 COPY를 쓰세요. ADD는 URL이나 풀어야 할 아카이브에만 필요합니다.',
    },
  },
  'add-local-archive': {
    title: '로컬 아카이브를 복사한 뒤 tar로 풂',
    why: 'COPY 다음에 `RUN tar -x`를 하면 아카이브는 한 레이어에, 풀린 내용은 다음 레이어에 저장되어 이미지가 같은 데이터를 두 번 싣습니다(나중에 아카이브를 지워도 앞선 레이어는 줄지 않습니다). ADD는 로컬 tar 아카이브를 한 단계로 풉니다.' + SHIPPING_STAGES_NOTE,
    howToFix: 'COPY와 tar 단계를 `ADD app.tar.gz /opt/app/` 하나로 바꾸세요. 압축 해제 옵션을 직접 정하려면 아카이브를 바인드 마운트하세요: `RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt`.',
    messages: {
      copiedThenUnpacked: "'{archive}' 파일을 복사한 뒤 tar로 풀기 때문에 이미지에 두 번 들어갑니다. 'ADD {archive} <dir>/'는 한 레이어에서 풉니다.",
    },
  },
  'add-url-without-checksum': {
    title: 'ADD가 체크섬 없이 URL을 내려받음',
    why: '`ADD https://…`는 빌드 시점에 서버가 돌려주는 내용을 그대로 받습니다. 파일이 바뀌거나 서버나 연결이 침해되면 이미지에 모르는 사이에 다른 바이트가 들어가고, Dockerfile에는 아무 흔적도 남지 않습니다. 브랜치나 태그를 가리키는 Git 소스도 같습니다. 둘 다 다른 커밋으로 옮겨질 수 있습니다.',
    howToFix: '내용을 고정하세요: `ADD --checksum=sha256:<digest> https://…/file.tar.gz /dest/`(Dockerfile 문법 1.6 이상). Git 소스는 전체 커밋 ID로 고정하세요: `ADD https://github.com/org/repo.git#<commit-sha> /src`. 아니면 RUN 단계에서 curl로 내려받고 `sha256sum -c`로 파일을 검증하세요.',
    messages: {
      gitUnpinned: "ADD가 '{url}' 저장소를 커밋 고정 없이 클론합니다. 브랜치나 태그는 옮겨질 수 있습니다. '#<full commit sha>'를 붙이거나 --checksum을 쓰세요.",
      urlWithoutChecksum: "ADD가 '{url}' 파일을 --checksum 없이 내려받으므로, 빌드는 서버가 돌려주는 것을 무엇이든 받아들입니다. --checksum=sha256:<digest>를 추가하세요.",
    },
  },
  'apk-missing-no-cache': {
    title: 'apk add에 --no-cache 없음',
    why: '`--no-cache` 없이 실행하면 apk는 내려받은 저장소 색인(캐시가 설정되어 있으면 패키지까지)을 /var/cache/apk 아래에 남깁니다. 이 파일들은 레이어에 커밋되어 이미지만 키웁니다.' + SHIPPING_STAGES_NOTE,
    howToFix: '`apk add --no-cache …`를 쓰세요. 이 명령에 쓸 색인을 새로 받고 아무것도 저장하지 않으므로 `apk update`나 별도 정리가 필요 없습니다. BuildKit에서는 /var/cache/apk에 캐시 마운트를 걸어도 됩니다.',
    messages: {
      indexStays: "--no-cache 없는 'apk add'는 패키지 색인을 레이어에 남깁니다. 'apk add --no-cache'를 쓰세요.",
    },
  },
  'apk-unpinned': {
    title: 'apk add에 버전 고정 없음',
    why: '버전을 고정하지 않은 `apk add`는 빌드 시점에 Alpine 미러에 있는 버전을 설치합니다. 같은 커밋을 다시 빌드해도 라이브러리나 도구의 새 메이저 버전이 들어올 수 있고, 이미지에 어떤 버전이 들어 있는지 Dockerfile만 보고는 알 수 없습니다.' + PINNING_POLICY_NOTE,
    howToFix: '패키지마다 버전을 고정하세요: `apk add --no-cache curl=8.5.0-r0`. 패치 업데이트만 허용하려면 `curl~8.5`처럼 쓰세요. 설치할 수 있는 버전은 Alpine 릴리스에 따라 다르므로 베이스 이미지도 고정하세요.',
    messages: UNPINNED_MESSAGES,
  },
  'apt-get-install-recommends': {
    title: 'apt-get install에 --no-install-recommends 없음',
    why: 'apt-get은 기본적으로 요청한 패키지가 추천(Recommends)하기만 하는 패키지까지 모두 설치합니다. 문서 도구, 추가 로캘, GUI 도우미 같은 것들입니다. 애플리케이션에는 전혀 필요 없는데도 이미지가 커지고, pull이 느려지고, 취약점 스캐너가 보고할 코드가 늘어납니다.' + SHIPPING_STAGES_NOTE,
    howToFix: '`--no-install-recommends`를 추가하고(`apt-get install -y --no-install-recommends curl`), 실제로 쓰는 몇 안 되는 추천 패키지는 명시적으로 나열하세요.',
    messages: {
      installsRecommends: "'{install}' 명령이 추천 패키지까지 설치합니다. --no-install-recommends를 추가하세요.",
    },
  },
  'apt-get-missing-yes': {
    title: 'apt-get install에 -y 없음',
    why: 'apt-get은 지정한 것보다 많은 패키지를 설치해야 하면 멈추고 "Do you want to continue?"라고 묻습니다. 빌드에는 답할 터미널이 없으므로 apt-get은 입력의 끝을 읽고 중단하며 RUN이 실패합니다. 베이스 이미지가 갱신되어 의존성이 바뀐 뒤에야 실패하기도 합니다.',
    howToFix: '`-y`(또는 `--yes`, `--assume-yes`, `-qq`)를 넘기세요: `apt-get install -y curl=8.5.0-2`.',
    messages: MISSING_YES_MESSAGES,
  },
  'apt-get-unpinned': {
    title: 'apt-get install에 버전 고정 없음',
    why: '버전을 지정하지 않으면 apt는 빌드 당일 미러가 제공하는 버전을 설치하므로, 같은 Dockerfile로 빌드한 두 이미지에 서로 다른 패키지가 들어갈 수 있습니다. Debian과 Ubuntu에서는 고정에도 대가가 있습니다. 아카이브가 이전 버전을 내리면 고정한 빌드가 실패하므로, 고정된 베이스 이미지로 다시 빌드하는 팀은 이 검사를 끄기도 합니다(`DL3008: off`).' + PINNING_POLICY_NOTE,
    howToFix: '`name=version`으로 고정하고(`apt-get install -y curl=7.88.1-10+deb12u5`) 고정값은 봇이 갱신하게 하거나, 베이스 이미지를 다이제스트로 고정하고 재현성은 스냅숏 미러(snapshot.debian.org)에 맡기세요.',
    messages: UNPINNED_MESSAGES,
  },
  'apt-instead-of-apt-get': {
    title: 'RUN에서 apt-get 대신 apt 사용',
    why: '`apt`는 터미널 앞의 사람을 위한 명령줄 프런트엔드입니다. 출력, 프롬프트, 기본값이 릴리스마다 바뀔 수 있고, 스크립트에서 쓰기에는 인터페이스가 안정적이지 않다고 스스로 경고합니다. `apt-get`과 `apt-cache`는 자동화를 위한 안정된 인터페이스를 유지합니다.',
    howToFix: '`apt-get`(install, update, upgrade, remove, purge, autoremove, dist-upgrade)이나 `apt-cache`(search, show, policy)를 쓰세요.',
    messages: {
      useAptGet: "'apt' 대신 '{command}' 명령을 쓰세요. apt에는 스크립트용 안정 인터페이스가 없습니다.",
    },
  },
  'apt-lists-not-cleaned': {
    title: 'apt 패키지 목록이 레이어에 남음',
    why: '`apt-get update`는 설정된 모든 저장소의 패키지 색인을 /var/lib/apt/lists에 내려받으며, 보통 20–50 MB에 이릅니다. 나중 RUN에서 지운 파일도 앞선 레이어에는 그대로 남으므로, 목록을 받은 그 RUN에서 지우지 않으면 실행 시에는 아무도 쓰지 않는 파일이 이미지에 실려 배포됩니다. 이 규칙은 배포되는 스테이지(마지막 스테이지와 그 스테이지가 FROM으로 쓰는 스테이지)에서만 보고합니다.',
    howToFix: '같은 RUN 끝에 `&& rm -rf /var/lib/apt/lists/*`를 붙이거나, BuildKit의 캐시 마운트로 목록을 이미지 밖에 두세요: `RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && …`.',
    messages: {
      listsStay: "'{updater} update'로 내려받은 apt 목록이 이 레이어에 남습니다. RUN 끝에 'rm -rf {lists}/*'를 붙이세요.",
    },
  },
  'base-image-heavy': {
    title: '더 가벼운 변형이 있는데 최종 이미지가 전체 OS 베이스 위에 빌드됨',
    why: '컨테이너는 운영체제를 부팅하지 않습니다. 호스트 커널을 공유하며 프로세스가 여는 파일만 있으면 됩니다. 전체 배포판 이미지(또는 컴파일러와 헤더가 든 언어 이미지)에는 애플리케이션이 쓰지 않는 패키지 매니저, 셸, 수백 개의 라이브러리가 들어 있습니다. 이 모두가 노드마다 pull되어 콜드 스타트와 스케일링을 늦추고, 누군가 분류해야 하는 취약점 스캔 결과로 나타납니다. 배포되는 것은 마지막 스테이지뿐이므로 무거운 빌더 스테이지는 괜찮습니다.',
    howToFix: '전체 이미지는 빌드에만 쓰고 결과물을 작은 최종 스테이지로 복사하세요. 같은 이미지의 `-slim` 변형, `-alpine`(glibc 대신 musl이므로 네이티브 모듈을 시험하세요), 셸이 아예 없는 distroless / Chainguard 이미지가 있습니다. Go 같은 정적 바이너리는 `gcr.io/distroless/static`이나 `scratch`에서 실행할 수 있습니다.',
    messages: {
      startsFromFull: "최종 이미지가 전체 {label} 이미지인 '{image}'에서 시작합니다. 더 가벼운 선택지: {alternatives}.",
      startsFromFullNoted: "최종 이미지가 전체 {label} 이미지인 '{image}'에서 시작합니다({note}). 더 가벼운 선택지: {alternatives}.",
      startsFromFullSized: "최종 이미지가 전체 {label} 이미지인 '{image}'(압축 시 약 {sizeMb} MB)에서 시작합니다. 더 가벼운 선택지: {alternatives}.",
      startsFromFullSizedNoted: "최종 이미지가 전체 {label} 이미지인 '{image}'(압축 시 약 {sizeMb} MB)에서 시작합니다({note}). 더 가벼운 선택지: {alternatives}.",
      startsFromFullThroughStage: "최종 이미지가 '{stage}' 스테이지를 거쳐 전체 {label} 이미지인 '{image}'에서 시작합니다. 더 가벼운 선택지: {alternatives}.",
      startsFromFullThroughStageNoted: "최종 이미지가 '{stage}' 스테이지를 거쳐 전체 {label} 이미지인 '{image}'에서 시작합니다({note}). 더 가벼운 선택지: {alternatives}.",
      startsFromFullThroughStageSized: "최종 이미지가 '{stage}' 스테이지를 거쳐 전체 {label} 이미지인 '{image}'(압축 시 약 {sizeMb} MB)에서 시작합니다. 더 가벼운 선택지: {alternatives}.",
      startsFromFullThroughStageSizedNoted: "최종 이미지가 '{stage}' 스테이지를 거쳐 전체 {label} 이미지인 '{image}'(압축 시 약 {sizeMb} MB)에서 시작합니다({note}). 더 가벼운 선택지: {alternatives}.",
      startsFromFullUnnamed: "최종 이미지가 전체 이미지인 '{image}'에서 시작합니다. 더 가벼운 선택지: {alternatives}.",
      startsFromFullUnnamedNoted: "최종 이미지가 전체 이미지인 '{image}'에서 시작합니다({note}). 더 가벼운 선택지: {alternatives}.",
      startsFromFullUnnamedSized: "최종 이미지가 전체 이미지인 '{image}'(압축 시 약 {sizeMb} MB)에서 시작합니다. 더 가벼운 선택지: {alternatives}.",
      startsFromFullUnnamedSizedNoted: "최종 이미지가 전체 이미지인 '{image}'(압축 시 약 {sizeMb} MB)에서 시작합니다({note}). 더 가벼운 선택지: {alternatives}.",
      startsFromFullUnnamedThroughStage: "최종 이미지가 '{stage}' 스테이지를 거쳐 전체 이미지인 '{image}'에서 시작합니다. 더 가벼운 선택지: {alternatives}.",
      startsFromFullUnnamedThroughStageNoted: "최종 이미지가 '{stage}' 스테이지를 거쳐 전체 이미지인 '{image}'에서 시작합니다({note}). 더 가벼운 선택지: {alternatives}.",
      startsFromFullUnnamedThroughStageSized: "최종 이미지가 '{stage}' 스테이지를 거쳐 전체 이미지인 '{image}'(압축 시 약 {sizeMb} MB)에서 시작합니다. 더 가벼운 선택지: {alternatives}.",
      startsFromFullUnnamedThroughStageSizedNoted: "최종 이미지가 '{stage}' 스테이지를 거쳐 전체 이미지인 '{image}'(압축 시 약 {sizeMb} MB)에서 시작합니다({note}). 더 가벼운 선택지: {alternatives}.",
    },
  },
  'base-image-windows': {
    title: 'Windows 베이스 이미지: 커널 빌드가 맞는 Windows 호스트가 필요함',
    why: '컨테이너는 실행되는 머신의 커널을 공유하므로 Windows 이미지는 Windows 호스트에서만 실행됩니다. Linux 노드나 Linux 컨테이너 모드의 Docker에서는 시작할 수 없습니다. 프로세스 격리(Windows Server의 기본값)에서는 호스트 커널 빌드가 이미지 빌드와 같아야 합니다(예: `ltsc2022`는 20348). 다르면 컨테이너에 Hyper-V 격리가 필요합니다. 컨테이너마다 커널이 맞는 가벼운 유틸리티 VM 안에서 실행되어 더 강하게 격리되지만 메모리와 시작 시간이 듭니다. Server Core와 전체 Windows 이미지는 수 GB에 이릅니다.',
    howToFix: '태그를 호스트가 실행하는 Windows 릴리스에 맞춰 고정하고(Windows Server 2022 노드라면 `ltsc2022`) 워크로드를 Windows 노드에 스케줄하세요(Kubernetes: `nodeSelector: kubernetes.io/os: windows`). 애플리케이션에 .NET Framework나 전체 Win32 API가 필요 없으면 Nano Server를 쓰고, 호스트와 이미지 빌드가 다른 곳에는 Hyper-V 격리를 계획하세요.',
    messages: {
      windowsRelease: "'{image}': Windows {variant} 이미지이므로 Windows 호스트에서만 실행됩니다({release}, 커널 빌드 {build}. 프로세스 격리에는 같은 빌드의 호스트가 필요하고, 다른 호스트에서는 Hyper-V 격리(컨테이너마다 작은 VM)를 써야 합니다).",
      windowsReleaseSized: "'{image}': Windows {variant} 이미지이므로 Windows 호스트에서만 실행됩니다({release}, 커널 빌드 {build}. 프로세스 격리에는 같은 빌드의 호스트가 필요하고, 다른 호스트에서는 Hyper-V 격리(컨테이너마다 작은 VM)를 써야 합니다). {variant} 베이스 이미지는 압축 시 약 {size}입니다.",
      windowsBuild: "'{image}': Windows {variant} 이미지이므로 Windows 호스트에서만 실행됩니다(이 Windows 릴리스, 커널 빌드 {build}. 프로세스 격리에는 같은 빌드의 호스트가 필요하고, 다른 호스트에서는 Hyper-V 격리(컨테이너마다 작은 VM)를 써야 합니다).",
      windowsBuildSized: "'{image}': Windows {variant} 이미지이므로 Windows 호스트에서만 실행됩니다(이 Windows 릴리스, 커널 빌드 {build}. 프로세스 격리에는 같은 빌드의 호스트가 필요하고, 다른 호스트에서는 Hyper-V 격리(컨테이너마다 작은 VM)를 써야 합니다). {variant} 베이스 이미지는 압축 시 약 {size}입니다.",
      windowsNoRelease: "'{image}': Windows {variant} 이미지이므로 Windows 호스트에서만 실행됩니다(태그에 Windows 릴리스가 없어 필요한 호스트 빌드를 알 수 없습니다. 프로세스 격리에는 빌드가 같은 호스트가 필요하고, 다른 호스트에서는 Hyper-V 격리(컨테이너마다 작은 VM)를 써야 합니다).",
      windowsNoReleaseSized: "'{image}': Windows {variant} 이미지이므로 Windows 호스트에서만 실행됩니다(태그에 Windows 릴리스가 없어 필요한 호스트 빌드를 알 수 없습니다. 프로세스 격리에는 빌드가 같은 호스트가 필요하고, 다른 호스트에서는 Hyper-V 격리(컨테이너마다 작은 VM)를 써야 합니다). {variant} 베이스 이미지는 압축 시 약 {size}입니다.",
    },
  },
  'base-image-untagged': {
    title: '베이스 이미지에 태그 없음',
    why: '태그가 없는 이미지는 `:latest`를 뜻합니다. 빌드가 마지막으로 게시된 버전을 조용히 가져오므로, 같은 커밋을 두 번 빌드해도 결과가 다를 수 있습니다.',
    howToFix: '명시적인 버전 태그를 붙이거나, 바이트 단위까지 재현되는 빌드를 원하면 다이제스트(`@sha256:…`)를 쓰세요. 빌드 인자로 지정한 태그(`FROM node:${NODE_VERSION}`)는 ARG에 기본값이 있으면 태그로 인정합니다.',
    messages: {
      noTag: "'{image}' 이미지에 태그가 없어 :latest를 뜻합니다. 버전을 고정하세요.",
    },
  },
  'base-image-untrusted-registry': {
    title: '신뢰 목록에 없는 레지스트리의 이미지',
    why: '레지스트리를 장악한 사람은 베이스 이미지의 모든 바이트를 장악하며, 그 이미지는 호스트의 다른 모든 것과 같은 커널 위에서 실행됩니다. 팀이 빌드를 검증된 레지스트리(내부 미러, 스캔을 거치는 프록시)로 제한했다면, 다른 곳에서 가져오는 FROM은 그 검토를 우회합니다. `COPY --from=<image>`나 `RUN --mount=from=<image>`로 가져오는 이미지도 마찬가지입니다. `trustedRegistries`가 설정된 경우에만 검사하며, `node` 같은 짧은 이름은 Docker Hub(`docker.io`)로 해석됩니다.',
    howToFix: '신뢰하는 레지스트리를 거쳐 이미지를 가져오거나(예: `registry.example.com/library/node:20`), 승인된 레지스트리라면 `.containment.yaml`의 `trustedRegistries`(또는 hadolint의 `trustedRegistries`)에 추가하세요.',
    messages: {
      untrustedRegistry: "'{image}' 이미지를 '{registry}'에서 가져오는데, 이 레지스트리는 신뢰 목록({trusted})에 없습니다.",
      untrustedDockerHub: "'{image}' 이미지를 Docker Hub('docker.io', 짧은 이름의 기본값)에서 가져오는데, 이 레지스트리는 신뢰 목록({trusted})에 없습니다.",
    },
  },
  'consecutive-run-instructions': {
    title: '연속된 RUN 명령을 하나로 합칠 수 있음',
    why: 'RUN마다 레이어가 하나씩 늘어납니다. 작은 단계 하나만 하는 짧은 RUN이 연달아 있으면 이미지 히스토리가 길어지고, 나중 단계에서 지우는 파일이 앞선 레이어에 남을 수 있습니다.' + SHIPPING_STAGES_NOTE,
    howToFix: '단계들을 `&&`(또는 heredoc `RUN <<EOF … EOF`)로 이어 하나의 RUN으로 만드세요. 비싼 단계를 따로 캐시하려는 등 일부러 나눈 것이라면 그대로 두어도 됩니다.',
    messages: {
      mergeRuns: '이 RUN은 다른 짧은 RUN 바로 뒤에 있습니다. 하나의 레이어로 합치는 것을 고려하세요.',
    },
  },
  'container-runs-as-root': {
    title: '최종 스테이지에 USER가 없어 컨테이너가 루트로 실행됨',
    why: 'USER 명령이 없으면 프로세스는 uid 0으로 실행됩니다. 컨테이너는 네임스페이스와 cgroup으로 둘러싼 프로세스일 뿐이라 호스트 커널을 공유하며, 사용자 네임스페이스를 켜지 않았다면(보통 켜지 않습니다) 컨테이너 안의 루트는 그 커널에게도 루트입니다. 그래서 커널 버그, 마운트된 Docker 소켓, 쓰기 가능한 호스트 경로, 추가된 capability 같은 어떤 탈출 경로든 전체 권한으로 시작되고, 컨테이너 안에서는 루트가 애플리케이션 자체를 고쳐 쓸 수 있습니다. Kubernetes의 `runAsNonRoot: true`도 이런 이미지는 시작하지 않습니다. 기본 사용자가 루트가 아니라고 알려진 이미지(distroless `:nonroot`, Chainguard, Bitnami)는 보고하지 않습니다. `scratch`는 사용자가 없어 uid 0으로 실행되므로 보고하지만, 어떤 컨테이너도 실행하지 않는 내보내기 스테이지(`docker build --output`용으로 CMD/ENTRYPOINT가 없는 `scratch`)는 예외입니다. `gosu`, `su-exec`, `setpriv`를 설치하는 이미지(공식 데이터베이스 이미지)는 루트로 시작해 엔트리포인트에서 사용자를 바꿀 가능성이 크므로 정보(info)로 보고합니다.',
    howToFix: '최종 스테이지 끝부분, CMD/ENTRYPOINT 앞이면서 루트가 필요한 모든 RUN 뒤에 `USER 65532:65532`를 추가하세요(빠른 수정). 숫자 uid:gid는 /etc/passwd 항목이 필요 없어 scratch와 distroless에서도 동작하고, Kubernetes가 루트가 아님을 확인할 수 있습니다. 65532는 distroless와 Chainguard 이미지의 `nonroot` uid이며, 흔한 배포판의 시스템 uid나 로그인 uid보다 훨씬 커서 기존 계정과 겹치지 않습니다. 그 사용자가 써야 하는 파일은 소유권을 넘기거나(`COPY --chown=65532:65532 …`, 또는 쓰기 가능한 볼륨) 전용 사용자를 만들고 번호로 전환하세요(`USER 10001:10001`).',
    messages: {
      scratchRoot: '최종 스테이지가 scratch 위에 빌드되었는데 USER를 정하지 않습니다. scratch에는 사용자가 없으므로 프로세스가 uid 0, 즉 공유하는 호스트 커널에게도 루트로 실행됩니다. 숫자 USER를 추가하세요.',
      imageRunsAsRoot: "최종 스테이지에 USER가 없고 '{image}' 이미지는 기본적으로 {user} 사용자로 실행되므로, 컨테이너가 루트로 실행됩니다. 네임스페이스가 막아 주지 않는 한 공유하는 호스트 커널에게도 루트입니다.",
      nodeRunsAsRoot: "최종 스테이지에 USER가 없고 '{image}' 이미지는 기본적으로 {user} 사용자로 실행되므로, 컨테이너가 루트로 실행됩니다. 네임스페이스가 막아 주지 않는 한 공유하는 호스트 커널에게도 루트입니다. (기본적으로 루트로 실행되며, 이미지에는 `USER node`로 쓸 수 있는 `node` 사용자(uid 1000)도 들어 있습니다.)",
      dropsPrivileges:
        "최종 스테이지에 USER가 없어 컨테이너는 루트로 시작합니다. 이미지가 {tool}을(를) 설치하므로 엔트리포인트가 서비스를 시작하기 전에 권한 없는 사용자로 바꿀 가능성이 큽니다. 엔트리포인트 자체와 `docker exec`로 실행하는 것은 여전히 루트로 실행됩니다.",
      unknownImage: "최종 스테이지에 USER가 없습니다. '{image}' 이미지가 직접 루트가 아닌 USER를 정하지 않는 한 컨테이너는 루트로 실행되며, 네임스페이스가 막아 주지 않는 한 공유하는 호스트 커널에게도 루트입니다.",
    },
  },
  'copy-from-own-stage': {
    title: 'COPY --from이 자기 스테이지를 가리킴',
    why: '스테이지는 자기 자신에서 복사할 수 없습니다. 파일 시스템이 아직 만들어지는 중이기 때문입니다. 빌더는 순환 의존성을 보고하고 빌드가 실패합니다.',
    howToFix: '`--from`이 파일을 만든 앞선 스테이지를 가리키게 하거나, `--from`을 빼서 빌드 컨텍스트에서 복사하세요.',
    messages: {
      ownStage: 'COPY --from={stage} 옵션이 자신이 속한 스테이지를 가리킵니다. 앞선 스테이지에서 복사하세요.',
    },
  },
  'copy-from-unknown-stage': {
    title: 'COPY --from이 앞선 스테이지가 아닌 이름을 가리킴',
    why: '`COPY --from`에는 앞선 스테이지(이름이나 인덱스) 또는 이미지를 씁니다. 위에 있는 어느 스테이지와도 맞지 않는 이름(오타이거나 아래쪽에 정의된 스테이지)은 pull할 이미지로 취급되므로, 빌드가 실패하거나 레지스트리에 있는 엉뚱한 이미지에서 복사하게 됩니다.',
    howToFix: '위에서 `FROM … AS <name>`으로 정의한 스테이지 이름을 쓰거나, 그 스테이지를 이 COPY보다 앞으로 옮기거나, 태그까지 붙인 이미지 참조를 쓰세요(`--from=busybox:1.36`). `--build-context`로 넘기는 이름 있는 빌드 컨텍스트는 ignore pragma에 나열할 수 있습니다.',
    messages: {
      laterIndex: '{index}번 스테이지는 이 COPY보다 뒤에 있습니다. --from에는 앞선 스테이지만 쓸 수 있습니다.',
      noSuchIndex: '{index}번 스테이지는 없습니다. 이 Dockerfile의 스테이지는 {stageCount}개입니다.',
      laterName: "'{stage}' 스테이지는 이 COPY보다 뒤에 정의되어 있습니다. 위로 옮기거나 앞선 스테이지에서 복사하세요.",
      unknownName: "위에 정의된 스테이지 중에 '{stage}' 이름은 없습니다. 이름을 고치거나, 이미지라면 태그를 붙이세요('{stage}:<tag>').",
    },
  },
  'copy-ignored-file': {
    title: 'COPY 또는 ADD 소스가 .dockerignore로 제외됨',
    why: '`.dockerignore`에 걸리는 파일은 빌더로 전송되지 않습니다. 그런 경로를 COPY나 ADD하면 실패하거나("not found"), 폴더라면 보기보다 적은 내용이 조용히 복사됩니다.',
    howToFix: '`.dockerignore`에서 그 경로를 빼거나(또는 `!path` 예외를 추가하거나), 복사하지 마세요.',
    messages: {
      excluded: "'{source}' 경로는 '{pattern}' 패턴({ignoreFile} {line}번째 줄) 때문에 빌드 컨텍스트에서 제외되므로 {instruction}에서 보이지 않습니다.",
    },
  },
  'copy-multiple-sources-dest-slash': {
    title: '소스가 여럿인 COPY의 대상은 /로 끝나야 함',
    why: 'COPY에 소스가 둘 이상이면 대상은 디렉터리여야 하며, 빌더는 대상이 `/`로 끝날 때만 디렉터리로 받아들입니다. 그렇지 않으면 빌드가 오류로 멈춥니다.',
    howToFix: '대상 끝에 슬래시를 붙이세요: `COPY package.json package-lock.json /app/`.',
    messages: {
      destNeedsSlash: "COPY의 소스가 {sourceCount}개이므로 대상 경로 '{dest}' 끝에 '/'가 있어야 합니다.",
    },
  },
  'copy-root-from-stage': {
    title: 'COPY --from이 파일 시스템 전체를 복사함',
    why: '`COPY --from=build / /`는 다른 스테이지의 모든 것, 즉 컴파일러, 패키지 매니저 상태, 캐시, 남아 있던 시크릿까지 이 스테이지로 가져옵니다. 멀티 스테이지 빌드를 하는 의미가 사라집니다. 외부 이미지(`--from=<image>`)에서 복사하는 경우는 참고로만 보고합니다. 통째로 복사하도록 만든 이미지(크로스 컴파일 도우미 같은 scratch 기반 산출물 이미지)도 있고, 배포판 전체를 딸려 오는 이미지도 있기 때문입니다.',
    howToFix: '최종 이미지에 필요한 것만 복사하세요: `COPY --from=build /out/app /usr/local/bin/app`. 통째로 복사하도록 만든 이미지라면 그대로 두고 그 줄의 참고 알림을 무시하세요.',
    messages: {
      wholeStage: "COPY --from이 다른 스테이지의 파일 시스템 전체('/')를 '/'에 복사합니다. 필요한 파일만 복사하세요.",
      wholeImage: "COPY --from이 '{image}' 이미지의 파일 시스템 전체를 '/'에 복사합니다. 통째로 복사하도록 만든 이미지(scratch 기반 산출물 이미지)라면 괜찮지만, 아니라면 필요한 파일만 복사하세요.",
    },
  },
  'copy-relative-dest-without-workdir': {
    title: 'WORKDIR 없이 상대 경로로 COPY',
    why: 'COPY의 상대 경로 대상은 작업 디렉터리를 기준으로 해석되는데, 이 스테이지에서는 아무것도 작업 디렉터리를 정하지 않았습니다. 그러면 베이스 이미지가 정한 값(흔히 `/`)에 좌우되어 파일이 예상치 못한 곳에 놓일 수 있고, 베이스 이미지가 갱신되면 위치가 바뀔 수도 있습니다.',
    howToFix: 'COPY 앞에 `WORKDIR /app`(어떤 절대 경로든)을 두거나, 절대 경로 대상을 쓰세요: `COPY app.py /app/`.',
    messages: {
      relativeDest: "COPY 대상이 상대 경로('{dest}')인데 이 스테이지에는 WORKDIR가 없습니다. 베이스 이미지의 작업 디렉터리를 기준으로 해석됩니다.",
    },
  },
  'curl-and-wget': {
    title: '한 스테이지에서 curl과 wget을 함께 사용',
    why: 'curl과 wget은 같은 일을 합니다. 둘 다 쓰면 이미지에 둘 다 설치해야 하므로 크기가 늘고 패치할 도구가 하나 더 생기며, 스테이지도 읽기 어려워집니다.',
    howToFix: '둘 중 하나(베이스 이미지에 이미 들어 있는 쪽)를 골라 스테이지의 모든 다운로드에 쓰세요.',
    messages: {
      secondTool: "여기서 '{tool}' 명령을 쓰지만 이 스테이지는 이미 '{firstTool}' 명령으로 내려받고 있습니다. 하나만 쓰세요.",
    },
  },
  'dnf-cache-not-cleaned': {
    title: '같은 RUN에 dnf clean all이 없는 dnf install 또는 upgrade',
    why: 'dnf와 microdnf는 저장소 메타데이터와 내려받은 패키지를 /var/cache 아래에 둡니다. 설치, 업그레이드, 재설치를 하는 RUN에서 이를 지우지 않으면 레이어에 그대로 굳어, 실행 시에는 아무 이득 없이 내려받고 저장할 이미지만 커집니다.' + SHIPPING_STAGES_NOTE,
    howToFix: '설치하는 RUN 끝에 `&& dnf clean all`(microdnf는 `microdnf clean all`)을 붙이거나 `rm -rf /var/cache/dnf`를 실행하세요. BuildKit에서는 캐시 디렉터리에 cache 또는 tmpfs 마운트를 걸어도(`RUN --mount=type=cache,target=/var/cache/dnf …`, dnf5는 `/var/cache/libdnf5`) 이미지에 남지 않습니다.',
    messages: CACHE_CLEANUP_MESSAGES,
  },
  'dnf-missing-yes': {
    title: 'dnf install에 -y 없음',
    why: 'dnf는 설치 전에 확인을 요청합니다. 아무도 답할 수 없는 빌드에서는 트랜잭션이 중단되어 빌드가 실패하거나, 대화형으로 시험했을 때와 다르게 동작합니다.',
    howToFix: '`-y`(`--assumeyes`)를 넘기세요: `dnf install -y nginx-1.24.0`.',
    messages: MISSING_YES_MESSAGES,
  },
  'dnf-unpinned': {
    title: 'dnf install에 패키지 버전 없음',
    why: '버전 없는 `dnf install`(또는 `microdnf install`)은 빌드 시점에 저장소에 있는 최신 패키지를 가져오므로, 같은 Dockerfile을 다시 빌드해도 모르는 사이에 다른 이미지가 나올 수 있습니다.' + PINNING_POLICY_NOTE,
    howToFix: '패키지마다 버전을 고정하세요: `dnf install -y nginx-1.24.0` 또는 `nginx-1:1.24.0-1.el9`. `dnf module install`에는 스트림을 지정하세요(`nodejs:20`).',
    messages: UNPINNED_MESSAGES,
  },
  'gem-unpinned': {
    title: 'gem install에 버전 없음',
    why: '`gem install rails`는 빌드 시점의 최신 릴리스를 설치하므로, 업스트림이 릴리스할 때마다 호환성을 깨는 변경이나 침해된 버전까지 포함해 이미지가 조용히 바뀝니다.' + PINNING_POLICY_NOTE,
    howToFix: '버전을 지정하세요: `gem install rails:7.1.3` 또는 `gem install rails -v 7.1.3`. 아니면 Gemfile.lock과 `bundle install`로 gem을 관리하세요.',
    messages: UNPINNED_MESSAGES,
  },
  'go-install-unpinned': {
    title: 'go install, go get, go run에 고정 버전 없음',
    why: '`@version` 없이 원격 모듈을 `go install`/`go get`하면 빌드 시점의 최신 릴리스(또는 기본 브랜치)로 해석됩니다. 그러면 Dockerfile을 전혀 바꾸지 않아도 다시 빌드할 때마다 새 코드가, 침해된 릴리스까지 들어옵니다. `go run pkg@latest`도 같은 식으로 버전이 바뀌며(`@` 없는 `go run pkg`는 go.mod가 요구하는 버전을 쓰므로 보고하지 않습니다), `go get -tool`은 그때 해석된 버전을 그대로 기록합니다.' + PINNING_POLICY_NOTE,
    howToFix: '정확한 버전을 지정하세요: `go install golang.org/x/tools/gopls@v0.15.3`. `@latest`와 브랜치 이름은 피하세요.',
    messages: UNPINNED_MESSAGES,
  },
  'npm-unpinned': {
    title: 'npm install로 버전 없는 패키지 설치',
    why: '버전 없는 `npm install <pkg>`는 빌드 시점의 `latest` 태그로 해석됩니다. 게시자가 릴리스할 때마다 이미지가 바뀌어, 호환성을 깨는 메이저 버전은 물론 최악의 경우 탈취된 릴리스까지 들어옵니다. lockfile로 설치하는 `npm ci`는 해당하지 않습니다.' + PINNING_POLICY_NOTE,
    howToFix: '버전을 붙이거나(`npm install -g typescript@5.4.5`), 의존성을 package.json에 넣고 `npm ci`로 lockfile에서 설치하세요.',
    messages: UNPINNED_MESSAGES,
  },
  'pip-unpinned': {
    title: 'pip install에 버전 고정 없음',
    why: '`pip install requests`는 빌드 시점에 PyPI에 있는 최신 릴리스를 가져옵니다. 나중에 같은 Dockerfile을 다시 빌드하면 호환성을 깨는 새 메이저 버전이나 침해된 릴리스가 들어올 수 있고, 이미지에 어떤 버전이 들어 있는지 Dockerfile로는 알 수 없습니다.' + PINNING_POLICY_NOTE,
    howToFix: '버전을 고정하세요(`pip install requests==2.31.0`). 더 좋은 방법은 잠긴 requirements 파일로 설치하는 것입니다(`pip install -r requirements.txt`, 가능하면 `--require-hashes`로 해시까지 검증).',
    messages: UNPINNED_MESSAGES,
  },
  'yum-cache-not-cleaned': {
    title: '같은 RUN에 yum clean all이 없는 yum install',
    why: 'yum은 내려받은 패키지와 저장소 메타데이터를 /var/cache/yum 아래에 둡니다. 같은 RUN에서 지우지 않으면 레이어에 커밋되어 이미지의 모든 사본과 함께 배포되며, 실행 시에는 아무도 쓰지 않는 수십 MB가 되는 경우가 많습니다.' + SHIPPING_STAGES_NOTE,
    howToFix: '설치하는 RUN 끝에 `&& yum clean all`(또는 `rm -rf /var/cache/yum`)을 붙이세요. BuildKit에서는 대신 캐시를 마운트할 수 있습니다: `RUN --mount=type=cache,target=/var/cache/yum yum install -y …`.',
    messages: CACHE_CLEANUP_MESSAGES,
  },
  'yum-missing-yes': {
    title: 'yum install에 -y 없음',
    why: 'yum은 트랜잭션 내용을 보여 주고 "Is this ok [y/N]"에 대한 답을 기다립니다. 빌드 중에는 아무도 답하지 않으므로 yum은 기본값인 "no"를 택하고 RUN이 실패합니다.',
    howToFix: '`-y`(`--assumeyes`)를 넘기세요: `yum install -y httpd-2.4.6`.',
    messages: MISSING_YES_MESSAGES,
  },
  'yum-unpinned': {
    title: 'yum install에 패키지 버전 없음',
    why: '버전을 지정하지 않으면 yum은 빌드 당일 저장소가 제공하는 버전을 설치합니다. 같은 커밋으로 빌드한 두 이미지에 서로 다른 패키지 버전이 들어갈 수 있고, 문제 있는 업스트림 릴리스가 모르는 사이에 이미지에 들어옵니다.' + PINNING_POLICY_NOTE,
    howToFix: '버전을 지정하세요: `yum install -y httpd-2.4.57`(name-version[-release]). `yum module install`에는 스트림을 지정하세요: `nodejs:18`.',
    messages: UNPINNED_MESSAGES,
  },
  'zypper-cache-not-cleaned': {
    title: '같은 RUN에 zypper clean이 없는 zypper install',
    why: 'zypper는 저장소 메타데이터와 패키지를 /var/cache/zypp 아래에 저장합니다. 설치하는 RUN에서 비우지 않으면 이 캐시가 레이어의 일부가 되어, 이미지를 pull할 때마다 함께 내려받게 됩니다.' + SHIPPING_STAGES_NOTE,
    howToFix: '설치하는 RUN 끝에 `&& zypper clean --all`(또는 `zypper cc -a`)을 붙이거나 그 RUN에서 /var/cache/zypp를 지우세요. /var/cache/zypp에 BuildKit 캐시 마운트를 걸어도 이미지에 남지 않습니다.',
    messages: CACHE_CLEANUP_MESSAGES,
  },
  'zypper-missing-non-interactive': {
    title: 'zypper 명령에 -n(비대화형) 없음',
    why: 'zypper는 패키지를 바꾸기 전에 확인을 요청합니다. 빌드에는 답할 사람이 없으므로 명령이 실패하거나 입력을 기다리며 멈춥니다.',
    howToFix: '전역 옵션 `-n`(`--non-interactive`)을 `zypper` 바로 뒤에 두세요: `zypper -n install …`. 하위 명령 옵션 `-y`(`--no-confirm`)도 됩니다.',
    messages: MISSING_YES_MESSAGES,
  },
  'zypper-unpinned': {
    title: 'zypper install에 패키지 버전 없음',
    why: 'zypper는 버전 없는 패키지를 이미지를 빌드하는 시점에 구할 수 있는 최신 버전으로 해석합니다. 그러면 저장소가 바뀔 때마다 이미지도 바뀌고, 다시 빌드해도 같은 결과가 나오지 않습니다.' + PINNING_POLICY_NOTE,
    howToFix: "버전이나 범위를 지정하세요: `zypper -n install curl=8.6.0` 또는 `'curl>=8.6'`(셸이 비교 연산자를 건드리지 않도록 따옴표로 감싸세요).",
    messages: UNPINNED_MESSAGES,
  },
  'base-image-latest-tag': {
    title: '베이스 이미지가 :latest 태그를 씀',
    why: '`latest`는 게시자가 마지막으로 푸시한 무언가일 뿐입니다. 같은 Dockerfile이 다음 주에는 다른 이미지로 빌드됩니다. 새 메이저 버전, 새 배포판 릴리스, 새 기본 사용자가 들어올 수 있습니다. 빌드는 더 이상 재현되지 않고, 롤백해도 예전 베이스를 되돌릴 수 없습니다.',
    howToFix: '버전을 명시하고(`node:20.11-bookworm-slim`), 정확히 같은 바이트가 필요하면 다이제스트(`@sha256:…`)도 고정하세요. 업데이트 제안은 봇(Renovate, Dependabot)에 맡기세요.',
    messages: {
      latestTag: "'{image}'은(는) 계속 움직이는 :latest 태그를 씁니다. 버전을 고정하세요.",
    },
  },
  'base-image-end-of-life': {
    title: '베이스 이미지의 지원 종료(EOL)가 지남',
    why:
      '배포판 릴리스나 언어 런타임이 지원 종료(EOL)에 이르면 더 이상 아무도 보안 수정을 내놓지 않습니다. 그때부터 모든 빌드는 알려졌지만 패치되지 않은 취약점이 있는 코드에서 시작하고, 컨테이너는 호스트 커널을 공유하므로 뚫린 프로세스는 커널 버그 하나만 있으면 호스트에 닿습니다. ' +
      '스캐너가 이미지를 경고하고, 오래된 릴리스의 패키지 미러가 사라지면서 결국 빌드 자체도 깨집니다. 빌더 스테이지도 마찬가지입니다. Go나 Rust 툴체인은 자기 표준 라이브러리를 배포할 바이너리에 컴파일해 넣습니다.',
    howToFix:
      '메시지에 적힌 지원되는 릴리스(같은 이미지의 더 새 태그, 예: `python:3.8-slim-buster` → `python:3.13-slim-bookworm`)로 옮긴 뒤 다시 빌드하고 테스트를 실행하세요. ' +
      '90일 안에 지원이 끝나는 릴리스는 정보(info)로 보고하므로 업그레이드를 미리 계획할 수 있습니다. 날짜는 오프라인 표에서 가져옵니다(출처: 각 프로젝트와 endoflife.date).',
    messages: {
      eol: "'{image}' 이미지: {parts}.",
      past: '{release}은(는) {date}에 지원이 종료되어 보안 수정을 받지 못합니다{oddNode}{regularEnd}{extended}{moveTo} [출처: {source}]',
      pastAround: '{release}은(는) {date}경 지원이 종료되어 보안 수정을 받지 못합니다{oddNode}{regularEnd}{extended}{moveTo} [출처: {source}]',
      soon: '{release}은(는) {date}에 지원이 종료됩니다({days}일 남음){oddNode}{regularEnd}{moveTo} [출처: {source}]',
      soonAround: '{release}은(는) {date}경 지원이 종료됩니다({days}일 남음){oddNode}{regularEnd}{moveTo} [출처: {source}]',
      soonOneDay: '{release}은(는) {date}에 지원이 종료됩니다({days}일 남음){oddNode}{regularEnd}{moveTo} [출처: {source}]',
      soonAroundOneDay: '{release}은(는) {date}경 지원이 종료됩니다({days}일 남음){oddNode}{regularEnd}{moveTo} [출처: {source}]',
      oddNode: '(홀수 버전 Node.js 릴리스는 수명이 짧고 LTS가 되지 않습니다)',
      regularEnd: '(정규 보안 지원은 {date}에 끝났고, 이 날짜는 Debian LTS가 끝나는 날입니다)',
      extended: '(유료 {label} 지원은 {date}까지입니다)',
      moveTo: '; {successor}(으)로 옮기세요',
      ...Object.fromEntries(Object.entries(KO_SUCCESSOR_ADVICE).map(([product, advice]) => [`advice.${product}`, `; ${advice}(으)로 옮기세요`])),
      ...Object.fromEntries(
        Object.entries(KO_DEPRECATED_REPOSITORIES).map(([code, d]) => [`deprecated.${code}`, `이미지 저장소가 더 이상 관리되지 않습니다: ${d.note}(대안: ${d.replacement})`]),
      ),
    },
  },
};
