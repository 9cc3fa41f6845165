/**
 * Korean texts of the Dockerfile rules from `dockerfile-syntax` on (alphabetically; the rules before it are in
 * dockerfile-rules.ts), by rule id, with the same `{name}` placeholders as `meta.messages`.
 */
import type { RuleTextTable } from '../rule-text-table';
import { KO_DOCKERFILE_SYNTAX } from './dockerfile-syntax';

/** Korean of SHIPPING_STAGES_NOTE (dockerfile/model.ts), which the image-size rules append to their why. */
const SHIPPING_STAGES_NOTE =
  ' 배포되는 스테이지(마지막 스테이지와 그 스테이지가 FROM으로 삼는 스테이지)에서만 보고합니다. `COPY --from`으로 ' +
  '복사만 해 가는 빌더 스테이지는 그 레이어가 이미지에 남지 않으므로 크기가 문제되지 않습니다.';

export const KO_DOCKERFILE_RULES_MORE: RuleTextTable = {
  ...KO_DOCKERFILE_SYNTAX,
  'duplicate-stage-name': {
    title: '두 스테이지의 이름이 같음',
    why: '스테이지 이름은 대소문자를 구분하지 않고 비교하며 서로 달라야 합니다. `COPY --from=name`, `FROM name`, `--target name`은 스테이지 하나만 가리킬 수 있습니다. 두 스테이지가 같은 이름을 쓰면 BuildKit이 Dockerfile을 거부하거나 잘못 읽습니다.',
    howToFix: '스테이지마다 고유한 이름을 붙이고, 이름을 바꾼 스테이지를 참조하는 곳도 함께 고치세요.',
    messages: {
      nameTaken: "스테이지 이름 '{name}'은(는) 이미 {line}번째 줄의 스테이지가 쓰고 있습니다.",
      firstNamed: "'{name}' 이름을 처음 쓴 스테이지",
    },
  },
  'empty-continuation-line': {
    title: '이어지는 명령어 중간의 빈 줄',
    why: '줄 이음 뒤의 빈 줄은 명령어를 끝내지 않습니다. 다음의 비어 있지 않은 줄도 여전히 같은 명령어에 속합니다. 새 단락처럼 보여 읽는 사람을 헷갈리게 하며, Dockerfile 프런트엔드는 이를 앞으로 오류로 처리하겠다고 예고했습니다.',
    howToFix: '빈 줄을 지우거나, 끝의 줄 이음 문자를 없애 그 앞에서 명령어를 끝내세요.',
    messages: {
      emptyLine: '{line}번째 줄의 빈 줄이 {startLine}번째 줄에서 시작한 {keyword}에 이어집니다. 빈 줄을 지우세요.',
    },
  },
  'env-self-reference': {
    title: 'ENV가 같은 ENV에서 정의하는 변수를 사용함',
    why: '한 ENV 명령어 안의 치환은 그 명령어의 할당이 적용되기 전에 모두 처리됩니다. `ENV DIR=/opt/app BIN=$DIR/bin`에서 `$DIR`은 아직 이전 값(보통 빈 값)이므로 BIN은 `/opt/app/bin`이 아니라 `/bin`이 됩니다.',
    howToFix: '변수를 앞선 ENV(또는 ARG)에서 정의하고 그다음 ENV에서 참조하세요: `ENV DIR=/opt/app` 다음에 `ENV BIN=$DIR/bin`.',
    messages: {
      earlierAssignmentLost: "'{name}'은(는) 같은 ENV 앞쪽에서 이미 설정되지만, 여기서는 여전히 이 명령어 이전의 값을 읽으므로 앞의 할당이 사라집니다.",
      readsOldValue: "'{name}'은(는) 같은 ENV에서 설정되므로, '{owner}'은(는) 새 값이 아니라 이 명령어 이전의 값을 받습니다.",
    },
  },
  'expose-invalid-format': {
    title: 'EXPOSE에 IP 주소나 호스트 포트가 있음',
    why: '`EXPOSE`는 이미지가 수신하는 컨테이너 포트를 문서화할 뿐입니다. IP 주소나 호스트 포트(`8080:80`, `127.0.0.1:80:80`)는 `docker run -p`나 Compose에서 정할 포트 공개 설정이며, Dockerfile에서는 무시되고 앞으로의 빌더는 거부할 수도 있습니다.',
    howToFix: '컨테이너 포트와 프로토콜만 남기고(`EXPOSE 80/tcp`), 포트 공개는 컨테이너를 시작할 때 하세요.',
    messages: {
      hostPart: "'{value}'에 호스트 주소나 포트가 들어 있습니다. EXPOSE에는 컨테이너 포트('{container}')만 씁니다.",
    },
  },
  'expose-port-out-of-range': {
    title: 'EXPOSE 포트가 0–65535 범위를 벗어남',
    why: 'TCP와 UDP 포트 번호는 16비트이므로 65535보다 큰 포트는 있을 수 없습니다. 이런 EXPOSE는 오타(흔히 숫자 하나가 더 붙음)이며, 이미지는 애플리케이션이 수신할 수 없는 포트를 문서화하게 됩니다.',
    howToFix: '숫자를 0에서 65535 사이로 고치세요. 예: `EXPOSE 8080`.',
    messages: {
      outOfRange: '포트 {port}은(는) 범위를 벗어납니다. 유효한 포트는 0부터 65535까지입니다.',
    },
  },
  'expose-proto-casing': {
    title: 'EXPOSE 프로토콜이 소문자가 아님',
    why: '`EXPOSE 53/UDP`의 프로토콜은 대소문자와 관계없이 받아들여지지만 소문자로 저장됩니다. 소문자로 써야 Dockerfile이 이미지 메타데이터와 다른 도구가 보여 주는 값과 일치합니다.',
    howToFix: '프로토콜을 소문자로 쓰세요: `tcp`, `udp`, `sctp`.',
    messages: {
      notLowerCase: "'{value}'의 프로토콜 '{proto}'은(는) 소문자('{lower}')로 써야 합니다.",
    },
  },
  'from-as-casing': {
    title: "'AS' 키워드의 대소문자가 'FROM'과 다름",
    why: '키워드는 대문자나 소문자 어느 쪽으로 써도 되지만, 한 줄에 `FROM`과 `as`를 섞어 쓰면 엉성해 보이고 스테이지 선언이 눈에 잘 띄지 않습니다.',
    howToFix: '`AS`를 `FROM`과 같은 대소문자로 쓰세요: `FROM … AS name` 또는 `from … as name`.',
    messages: {
      casingMismatch: "'{as}'의 대소문자가 '{from}'과(와) 다릅니다. '{wanted}'(으)로 쓰세요.",
    },
  },
  'from-platform-flag-const': {
    title: 'FROM --platform에 고정된 플랫폼을 씀',
    why: '`--platform=linux/amd64`처럼 플랫폼을 고정하면 스테이지가 한 아키텍처에 묶입니다. 여러 플랫폼용 이미지를 빌드할 수 없고, 다른 머신에서는 에뮬레이션으로 실행됩니다. 플랫폼 선택은 빌드 명령(`docker build --platform`)의 몫입니다.',
    howToFix: '플래그를 빼고 빌드에 `--platform`을 넘기거나, 변수를 쓰세요(크로스 컴파일 스테이지라면 `--platform=$BUILDPLATFORM`). 정말 특정 플랫폼 전용인 스테이지라면 이름에 드러내세요(`AS build-amd64`).',
    messages: {
      fixedPlatform: "'--platform={platform}'은(는) 이 스테이지를 한 플랫폼에 고정합니다. 빌드에서 플랫폼을 고르게 하거나 $BUILDPLATFORM/$TARGETPLATFORM을 쓰세요.",
    },
  },
  'healthcheck-shell-form': {
    title: 'HEALTHCHECK CMD가 단순 명령을 셸로 실행함',
    why: '셸 형식에서는 헬스 체크마다 명령을 실행하려고 `/bin/sh -c`를 띄웁니다. 평범한 단어로만 된 명령에는 셸이 필요 없습니다. 불필요한 프로세스가 주기마다 실행되고, 이미지에 셸이 없으면(distroless, scratch) 체크가 아예 실패합니다. 셸 기능(변수, 따옴표, `||`, 리다이렉션)을 쓰지 않는 명령만 보고합니다. 그런 기능을 쓰는 명령은 일부러 셸용으로 쓴 것이기 때문입니다.',
    howToFix: 'JSON(exec) 형식을 쓰세요: `HEALTHCHECK CMD ["/app/healthcheck", "--port=8080"]`.',
    messages: {
      needlessShell: "HEALTHCHECK CMD '{command}'은(는) 셸이 필요 없는데도 체크마다 셸을 띄웁니다. JSON 형식 {json}을(를) 쓰세요.",
    },
  },
  'instruction-before-from': {
    title: '첫 FROM 앞에 명령어가 있음',
    why: '첫 FROM 앞에는 ARG(그리고 주석이나 파서 지시문)만 올 수 있습니다. 그 밖의 명령어가 있으면 빌더가 거부하므로 Dockerfile이 빌드되지 않습니다.',
    howToFix: '명령어를 그것이 속한 스테이지의 FROM 아래로 옮기세요. FROM 자체가 쓰는 빌드 인자는 ARG로 FROM 위에 그대로 둡니다.',
    messages: {
      beforeFrom: "'{keyword}'이(가) 첫 FROM보다 앞에 있습니다. 그 자리에는 ARG만 올 수 있습니다.",
    },
  },
  'instruction-casing': {
    title: '명령어 키워드의 대소문자가 일관되지 않음',
    why: '명령어 키워드는 대소문자와 관계없이 동작하지만, `RUN`, `run`, `Run`이 섞인 파일은 훑어보기 어렵습니다. 키워드를 모두 한 가지(관례상 대문자)로 쓰면 인자와 구분되어 눈에 잘 띕니다.',
    howToFix: '모든 키워드를 파일의 대부분이 이미 쓰는 방식(모두 대문자 또는 모두 소문자)으로 쓰고, 대소문자를 섞지 마세요.',
    messages: {
      shouldBeLower: "키워드 '{keyword}'은(는) 파일의 나머지처럼 소문자('{wanted}')로 써야 합니다.",
      shouldBeUpper: "키워드 '{keyword}'은(는) 파일의 나머지처럼 대문자('{wanted}')로 써야 합니다.",
    },
  },
  'invalid-default-arg-in-from': {
    title: '빌드 인자가 기본값일 때 FROM이 유효한 이미지가 아님',
    why: 'Dockerfile은 `--build-arg` 없이도 빌드되어야 합니다. 전역 ARG에 기본값이 없거나 잘못되어 있으면 FROM의 이미지 참조가 `alpine:` 같은 값으로 전개되고, 호출하는 쪽이 매번 인자를 넘기지 않는 한 빌드가 실패합니다.',
    howToFix: 'ARG에 기본값을 주거나(`ARG TAG=3.20`) FROM에 대체값을 쓰세요(`alpine:${TAG:-3.20}`).',
    messages: {
      invalidReference: "빌드 인자가 기본값이면 '{image}'은(는) '{expanded}'이(가) 되며, 이는 유효한 이미지 참조가 아닙니다.",
      invalidReferenceNoDefault: "빌드 인자가 기본값이면 '{image}'은(는) '{expanded}'이(가) 되며, 이는 유효한 이미지 참조가 아닙니다({missing}에 기본값이 없음).",
    },
  },
  'json-args-recommended': {
    title: 'CMD 또는 ENTRYPOINT가 셸 형식을 씀',
    why: '셸 형식에서는 명령이 `/bin/sh -c`의 자식 프로세스로 실행됩니다. 셸이 PID 1이 되어 SIGTERM을 전달하지 않으므로, `docker stop`은 타임아웃까지 기다린 뒤 프로세스를 정상 종료 없이 강제로 죽입니다. 셸 형식의 ENTRYPOINT는 `docker run`에 준 인자도 무시합니다. `exec`로 시작하는 셸 형식 CMD는 보고하지 않습니다: 프로그램이 셸을 대신해 시그널을 받습니다.',
    howToFix: 'JSON(exec) 형식을 쓰세요: `CMD ["node", "server.js"]`. 셸 기능이 필요하면 `SHELL`로 명시하거나, 셸을 직접 호출하고 프로그램을 `exec`하세요: `CMD ["sh", "-c", "exec node server.js --port \\"$PORT\\""]`.',
    messages: {
      shellForm: "{keyword} '{command}'은(는) 셸 형식이라 프로세스가 종료 시그널을 받지 못합니다. JSON 형식을 쓰세요.",
      shellFeatures: "{keyword} '{command}'은(는) 셸 형식이라 `/bin/sh -c`가 PID 1이 되고 종료 시그널을 전달하지 않습니다. 셸 기능을 쓰므로 셸은 두고 프로그램을 `exec`하세요: {keyword} [\"/bin/sh\", \"-c\", \"exec …\"].",
      execEntrypoint: "ENTRYPOINT '{command}'은(는) 셸 형식입니다. `exec` 덕분에 종료 시그널은 프로그램에 전달되지만, CMD와 `docker run`에 준 인자는 무시됩니다.",
    },
  },
  'last-user-root': {
    title: '마지막 스테이지가 다시 root로 전환함',
    why:
      '마지막 스테이지의 마지막 USER가 컨테이너를 실행하는 사용자입니다. 컨테이너는 VM이 아니라 호스트 커널을 공유하며, 사용자 ' +
      '네임스페이스로 다시 매핑하지 않는 한(대부분의 환경은 하지 않습니다) 컨테이너 안의 uid 0은 그 커널에서도 uid 0입니다. root는 ' +
      '런타임이 남겨 둔 모든 권한(capability)을 쓸 수 있고, 이미지 어디에나 쓸 수 있으며, 대부분의 컨테이너 탈출이 여기서 시작됩니다. ' +
      '빌더 스테이지에서나 패키지 설치를 위해 잠시 root로 전환하는 것은 괜찮습니다.',
    howToFix:
      'root가 필요한 단계가 끝나면 마지막 스테이지 끝에서 권한 없는 사용자로 숫자 ID를 써서 전환하고(`USER 10001:10001`, ' +
      'distroless라면 `USER 65532:65532`), 그 사용자가 쓰는 몇몇 경로의 소유권을 넘겨 주세요(`COPY --chown=…`).',
    messages: {
      runsAsRoot: "컨테이너가 root로 실행됩니다: 마지막 스테이지의 마지막 USER가 '{user}'입니다. root가 필요한 단계 다음에 root가 아닌 사용자로 전환하세요.",
      runsAsRootInherited: "컨테이너가 root로 실행됩니다: 마지막 스테이지의 마지막 USER가 기반 스테이지에서 물려받은 '{user}'입니다. root가 필요한 단계 다음에 root가 아닌 사용자로 전환하세요.",
    },
  },
  'legacy-key-value-format': {
    title: 'ENV 또는 LABEL이 예전 "key value" 형식을 씀',
    why: '예전 `ENV key value` 형식에서는 첫 공백 뒤 전부가 값이므로, `ENV A 1 B 2`는 변수 `A` 하나를 `1 B 2`로 설정합니다. `key=value` 형식은 모호하지 않고, 한 명령어에 여러 쌍을 쓸 수 있으며, 앞으로 문서화되는 유일한 형식입니다.',
    howToFix: '`ENV key=value`로 쓰세요(공백이 있는 값은 따옴표로 감쌉니다: `ENV key="a b"`).',
    messages: {
      legacyForm: "'{keyword} {name} …'은(는) 공백으로 구분하는 예전 형식입니다. '{name}=…'으로 쓰세요.",
    },
  },
  'maintainer-deprecated': {
    title: 'MAINTAINER는 더 이상 권장되지 않음',
    why: '`MAINTAINER`는 오래전에 레이블로 대체되어 사용 중단(deprecated)되었습니다. 도구들은 작성자를 예전 필드가 아니라 표준 `org.opencontainers.image.authors` 레이블에서 읽습니다.',
    howToFix: '`LABEL org.opencontainers.image.authors="Name <email>"`로 바꾸세요.',
    messages: {
      deprecated: "MAINTAINER는 사용 중단되었습니다. '{author}'을(를) org.opencontainers.image.authors 레이블에 기록하세요.",
    },
  },
  'multiple-instructions-disallowed': {
    title: 'CMD, ENTRYPOINT 또는 HEALTHCHECK가 한 스테이지에 두 번 이상 나옴',
    why: '스테이지는 마지막 `CMD`, `ENTRYPOINT`, `HEALTHCHECK`만 남기고 앞의 것은 조용히 버립니다. 앞의 명령어는 잘해야 죽은 코드이고, 나쁘면 작성자가 그것이 적용된다고 잘못 믿게 됩니다.',
    howToFix: '스테이지마다 하나씩만 남기세요: 앞의 명령어를 지우거나, 그것이 하려던 일을 마지막 명령어에 합치세요.',
    messages: {
      replaced: '이 {keyword}은(는) 무시됩니다: 같은 스테이지의 {line}번째 줄에 있는 {keyword}이(가) 이를 대체합니다.',
      takesEffect: '실제로 적용되는 {keyword}',
    },
  },
  'onbuild-forbidden-trigger': {
    title: 'ONBUILD 트리거로 FROM, MAINTAINER 또는 ONBUILD를 씀',
    why: '빌더는 FROM과 MAINTAINER를 ONBUILD 트리거로 받아들이지 않으며, ONBUILD ONBUILD처럼 연결하는 것도 허용하지 않습니다. 이 이미지를 기반으로 하는 모든 이미지가 그 트리거에서 빌드에 실패합니다.',
    howToFix: '트리거를 지우세요. 자식 이미지는 자신의 FROM에서 베이스를 직접 고르고, 메타데이터는 LABEL에 두며, 의도한 명령어는 평범한 ONBUILD 트리거로 쓰세요.',
    messages: {
      forbiddenTrigger: "'{keyword}'은(는) ONBUILD 트리거가 될 수 없습니다.",
    },
  },
  'pip-cache-not-disabled': {
    title: 'pip install이 다운로드 캐시를 이미지에 남김',
    why: 'pip는 내려받은 모든 wheel과 소스 아카이브를 캐시합니다(보통 ~/.cache/pip). 이미지 빌드에서는 이 캐시를 다시 쓰지 않지만, 레이어에 커밋되어 수백 MB가 늘어날 수 있습니다.' + SHIPPING_STAGES_NOTE,
    howToFix: '`pip install`에 `--no-cache-dir`을 붙이거나, 스테이지에서 `ENV PIP_NO_CACHE_DIR=1`을 한 번 설정하세요. BuildKit을 쓴다면 캐시 마운트(`RUN --mount=type=cache,target=/root/.cache/pip pip install …`)가 재빌드를 빠르게 하면서 캐시를 이미지 밖에 둡니다(그 경로의 tmpfs 마운트도 캐시를 이미지 밖에 둡니다).',
    messages: {
      cacheKept: "--no-cache-dir 없이 실행한 'pip {subcommand}'은(는) 다운로드 캐시를 레이어에 남깁니다.",
    },
  },
  'pipe-to-shell': {
    title: '내려받은 스크립트를 셸로 바로 파이프함',
    why:
      '`curl … | sh`는 서버가 돌려주는 내용을 빌드 시점에 읽지도 검증하지도 않고 실행합니다. 침해되거나 탈취된 ' +
      '호스트, 바뀐 스크립트, 중간에 끊긴 다운로드가 이미지 안에서 root로 실행됩니다. 무엇이 실행됐는지 기록이 남지 않으므로 ' +
      '같은 Dockerfile로 빌드해도 결과가 다를 수 있고, 배포하는 이미지에 아무도 검토하지 않은 코드가 들어갈 수 있습니다.',
    howToFix:
      '파일로 내려받고, 고정해 둔 체크섬이나 서명으로 검증한 뒤(`echo "<sha256>  install.sh" | ' +
      'sha256sum -c -`) 실행하세요. 더 좋은 방법은 배포판의 버전이 고정된 패키지를 설치하거나, 검증된 릴리스 산출물을 `COPY`/`ADD ' +
      '--checksum=sha256:…`로 가져오는 것입니다.',
    messages: {
      pipedIntoShell: '{downloader}의 출력을 확인 없이 {shell}이(가) 실행합니다. 먼저 파일로 내려받아 체크섬을 검증하세요.',
      streamedScript: '{shell}이(가) {downloader}에서 스트리밍한 스크립트를 확인 없이 실행합니다. 먼저 파일로 내려받아 체크섬을 검증하세요.',
      substitutedScript: '{shell}이(가) {downloader}의 출력을 확인 없이 실행합니다. 먼저 파일로 내려받아 체크섬을 검증하세요.',
    },
  },
  'pipe-without-pipefail': {
    title: '파이프를 쓰는 RUN에 pipefail이 없음',
    why: '파이프라인은 마지막 명령의 종료 상태만 돌려줍니다. `curl -fsSL https://… | tar -xz`에서 다운로드가 실패해도 tar가 0으로 끝나면 RUN은 성공하고, 빌드는 깨졌거나 빈 결과로 계속 진행됩니다. `echo`나 `printf`가 앞에 있는 파이프는 보고하지 않습니다: 출력만 하므로 가려질 실패가 없습니다.',
    howToFix: 'pipefail이 켜진 셸로 스테이지를 실행하세요: RUN 앞에 `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`(Alpine에서는 `["/bin/ash", "-o", "pipefail", "-c"]`)를 두거나, RUN을 `set -o pipefail &&`로 시작하세요. Debian과 Ubuntu의 기본 /bin/sh는 pipefail을 지원하지 않을 수 있는 dash이므로, 자동 수정은 스테이지가 이미 bash, zsh, ksh로 실행될 때만 제공합니다.',
    messages: {
      hidesFailures: "이 파이프는 '{program}'의 실패를 가립니다: RUN은 마지막 명령의 종료 상태만 봅니다. pipefail을 켜세요.",
      hidesFailuresUnnamed: '이 파이프는 앞 명령의 실패를 가립니다: RUN은 마지막 명령의 종료 상태만 봅니다. pipefail을 켜세요.',
    },
  },
  'redundant-target-platform': {
    title: 'FROM --platform=$TARGETPLATFORM은 불필요함',
    why: '따로 지정하지 않으면 스테이지는 대상 플랫폼용으로 빌드되므로 `--platform=$TARGETPLATFORM`은 아무것도 바꾸지 않습니다. 군더더기일 뿐 아니라 있지도 않은 크로스 플랫폼 의도를 암시합니다. 이 플래그는 크로스 컴파일 스테이지에서 `$BUILDPLATFORM`과 함께 쓰라고 있는 것입니다.',
    howToFix: 'FROM에서 `--platform=$TARGETPLATFORM` 플래그를 지우세요.',
    messages: {
      redundant: "'--platform={platform}'은(는) FROM이 원래 하는 동작입니다. 지우세요.",
    },
  },
  'reserved-stage-name': {
    title: '스테이지 이름이 예약어임',
    why: '`scratch`는 이미 빈 이미지를 뜻하고, `context`는 `COPY --from`과 `--mount=from=`에서 빌드 컨텍스트를 가리킵니다. 이런 이름의 스테이지는 모호하므로, 그 스테이지를 가리키는 참조가 기대와 다르게 해석될 수 있습니다.',
    howToFix: '스테이지 이름을 바꾸고(`AS build`, `AS base`), 그 이름을 쓰는 모든 `FROM`/`COPY --from`도 고치세요.',
    messages: {
      reserved: "스테이지 이름 '{name}'은(는) 예약어입니다. 다른 이름을 쓰세요.",
    },
  },
  'run-cd-instead-of-workdir': {
    title: 'RUN에서 WORKDIR 대신 cd로 디렉터리를 바꿈',
    why: '`cd`는 그 RUN이 끝날 때까지만 유효하므로 이후 단계마다 반복해야 하고, 읽는 사람은 파일이 어디에 생기는지 알려고 셸을 따라가야 합니다. WORKDIR은 디렉터리를 한 번만 지정하고, 필요하면 만들어 주며, RUN, COPY, CMD, ENTRYPOINT 모두에 똑같이 적용됩니다.',
    howToFix: 'RUN 앞에 `WORKDIR /path`로 디렉터리를 지정하세요. 리터럴 절대 경로로 가는 `cd`만 보고합니다: 서브셸 안의 `cd`(`(cd sub && make)`), 상대 경로, 변수나 계산된 디렉터리(`cd "$tmp"`, `cd "$(mktemp -d)"`), 같은 RUN이 지우는 임시 디렉터리(`rm -rf /tmp/build`)로 가는 `cd`는 그대로 둡니다.',
    messages: {
      useWorkdir: "'cd' 대신 WORKDIR {dir}을(를) 쓰세요. cd는 다음 명령어로 이어지지 않습니다.",
    },
  },
  'run-irrelevant-command': {
    title: 'RUN이 빌드에서 의미 없는 명령을 호출함',
    why: 'RUN 단계는 일회용 컨테이너에서 한 번 실행되며, 파일 시스템 변경만 남습니다. 대화형 도구(vim, top), 프로세스·서비스 제어(service, kill, ps, shutdown), 마운트, 원격 로그인, 네트워크 조회는 그 안에서 쓸모가 없거나, RUN에서 시작한 서비스가 최종 컨테이너에서도 돌고 있으리라는 식의 잘못된 가정을 숨깁니다.',
    howToFix: '명령을 지우세요. 서비스는 CMD나 ENTRYPOINT에서 시작하고, 파일은 COPY나 sed로 고치며, 빌드 시점 마운트에는 `RUN --mount`를 쓰세요.',
    messages: {
      ssh: "RUN에서 'ssh'는 의미가 없습니다: 빌드 단계가 다른 머신에 로그인해서는 안 됩니다.",
      vim: "RUN에서 'vim'은 의미가 없습니다: 빌드 중에는 아무도 편집기에 입력할 수 없습니다.",
      shutdown: "RUN에서 'shutdown'은 의미가 없습니다: 빌드 컨테이너는 안에서 종료할 수 없습니다.",
      service: "RUN에서 'service'는 의미가 없습니다: RUN에서 시작한 서비스는 그 단계가 끝나면 멈춥니다. CMD/ENTRYPOINT에서 시작하세요.",
      ps: "RUN에서 'ps'는 의미가 없습니다: 빌드 단계의 프로세스 목록은 실행 중인 컨테이너에 대해 아무것도 알려 주지 않습니다.",
      free: "RUN에서 'free'는 의미가 없습니다: 빌드 머신의 메모리는 런타임에 대해 아무것도 말해 주지 않습니다.",
      top: "RUN에서 'top'은 의미가 없습니다: 빌드에서는 대화형 모니터가 보여 줄 것이 없습니다.",
      kill: "RUN에서 'kill'은 의미가 없습니다: RUN의 프로세스는 어차피 그 단계와 함께 끝납니다.",
      mount: "RUN에서 'mount'는 의미가 없습니다: 마운트는 이미지에 남지 않고 대개 빌드에 없는 권한이 필요합니다. RUN --mount를 쓰세요.",
      ifconfig: "RUN에서 'ifconfig'는 의미가 없습니다: 빌드 네트워크는 컨테이너가 실행될 네트워크가 아닙니다.",
    },
  },
  'run-uses-sudo': {
    title: 'RUN에서 sudo를 씀',
    why: '빌드 단계는 비밀번호 입력 없이 현재 USER로 실행되므로 sudo는 문제만 더합니다. 대부분의 베이스 이미지에는 sudo가 없고, 빌드에 없는 비밀번호나 TTY를 요구할 수 있으며, 단계가 실제로 어떤 사용자로 실행되는지 가립니다. 런타임 사용자에게 sudo 권한을 주면 컨테이너 안의 누구나 root가 될 수도 있습니다.',
    howToFix: '사용자를 명시적으로 바꾸세요: 권한이 필요한 단계 앞에 `USER root`, 그 뒤에 다시 `USER app`. 런타임에 권한을 내려야 한다면 엔트리포인트에서 gosu나 su-exec 같은 도구를 쓰세요.',
    messages: {
      sudo: "RUN에서 'sudo'를 쓰지 마세요. USER로 사용자를 바꾸세요.",
    },
  },
  'secrets-in-arg-or-env': {
    title: 'ARG 또는 ENV 이름이 시크릿으로 보임',
    why: 'ENV 값은 이미지 설정에, ARG 값은 빌드 기록과 출처 증명(provenance)에 저장되므로, 이미지를 pull할 수 있는 누구나 읽을 수 있습니다. 이렇게 넘긴 비밀번호, 토큰, 키는 이미지를 쓰는 모든 사람에게 유출됩니다.',
    howToFix: '시크릿은 시크릿 마운트로 넘기고(`RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN …`와 `docker build --secret id=npm_token`), 런타임 시크릿은 컨테이너를 시작할 때 제공하세요.',
    messages: {
      urlWithPassword: "{keyword} '{name}'에 비밀번호가 그대로 들어간 URL이 있어 이미지에서 읽을 수 있게 됩니다. 대신 시크릿 마운트를 쓰세요.",
      secretName: "{keyword} '{name}'은(는) 시크릿으로 보이며, 그 값을 이미지에서 읽을 수 있게 됩니다. 대신 시크릿 마운트를 쓰세요.",
    },
  },
  'shell-replaced-by-symlink': {
    title: '/bin/sh를 심볼릭 링크로 바꿔 기본 셸을 변경함',
    why: '`ln`으로 /bin/sh가 다른 셸을 가리키게 하면 원래 셸을 기대하는 시스템 스크립트를 포함해 이미지의 모든 것에서 셸이 바뀌고, Dockerfile만 봐서는 RUN 줄이 어떤 셸을 쓰는지 알 수 없게 됩니다.',
    howToFix: 'SHELL 명령어로 이후 RUN 줄의 셸을 고르세요: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
    messages: {
      replacesSh: "'ln'이 /bin/sh를 바꿉니다. 기본 셸을 바꾸려면 SHELL 명령어를 쓰세요.",
    },
  },
  'ssh-port-exposed': {
    title: '이미지가 SSH 포트 22를 노출함',
    why:
      '컨테이너는 로그인해 들어가는 작은 VM이 아니라 공유 커널 위의 프로세스 트리 하나입니다. 안에서 sshd를 돌리면 ' +
      '오래 떠 있는 네트워크 데몬, 이미지에 구워 넣거나 마운트한 호스트 키와 자격 증명, 그리고 컨테이너 플랫폼의 접근 제어를 ' +
      '우회하는 또 하나의 출입구가 생깁니다. 대개 프로세스 감독자와 실행 중인 컨테이너 안에서의 수작업 변경도 뒤따르는데, ' +
      '이런 변경은 다음 배포 때 소리 없이 사라집니다.',
    howToFix:
      'sshd와 `EXPOSE 22`를 지우세요. 셸은 런타임을 통해 여세요: `docker exec -it <container> sh`, ' +
      '`kubectl exec -it <pod> -- sh`, 셸이 없는 이미지라면 임시 디버그 컨테이너를 쓰는 `kubectl debug`. ' +
      '파일은 `docker cp` / `kubectl cp`로 복사하세요.',
    messages: {
      sshExposed: 'EXPOSE {port}은(는) SSH를 공개합니다: 컨테이너는 VM이 아닙니다. sshd를 돌리는 대신 docker exec / kubectl exec(또는 kubectl debug)를 쓰세요.',
    },
  },
  'stage-name-casing': {
    title: '스테이지 이름이 소문자가 아님',
    why: '스테이지 이름은 대소문자를 구분하지 않고 비교되며, 이미지 참조는 어차피 소문자여야 합니다. 소문자로 쓰면 명령어 키워드와 구분되고, `COPY --from=Build`와 `FROM build`가 서로 다른 것처럼 보이지 않습니다.',
    howToFix: '스테이지 이름을 소문자로 쓰고, 그 스테이지를 가리키는 모든 `FROM` / `COPY --from` / `--mount=from=`에서도 똑같이 고치세요.',
    messages: {
      notLowerCase: "스테이지 이름 '{name}'은(는) 소문자('{lower}')로 써야 합니다.",
    },
  },
  'undefined-arg-in-from': {
    title: 'FROM이 선언되지 않은 빌드 인자를 씀',
    why: 'FROM에서는 첫 FROM 앞에 선언한 ARG(와 자동으로 주어지는 플랫폼 인자)만 쓸 수 있습니다. 그 밖의 `$NAME`은 빈 문자열로 전개되므로, 스테이지가 의도와 다른 이미지나 태그 위에서 조용히 빌드됩니다. 대개 오타가 원인입니다.',
    howToFix: '첫 FROM 앞에 인자를 선언하거나(`ARG VERSION=3.20`), 이름이 틀렸다면 고치세요.',
    messages: {
      notDeclared: "빌드 인자 '{name}'이(가) FROM 앞에 선언되지 않아 빈 문자열로 전개됩니다.",
      notDeclaredDidYouMean: "빌드 인자 '{name}'이(가) FROM 앞에 선언되지 않아 빈 문자열로 전개됩니다('{suggestion}'을(를) 의도했나요?).",
    },
  },
  'undefined-var': {
    title: '스테이지에서 정의하지 않은 변수를 씀',
    why: 'Dockerfile 프런트엔드는 COPY, ENV, WORKDIR, LABEL 같은 명령어에서 `$NAME`을 직접 전개합니다. 스테이지의 어떤 ARG나 ENV도 정의하지 않은 이름은 아무 오류 없이 빈 문자열로 전개됩니다. 대개 오타이거나, 전역 ARG를 스테이지 안에서 다시 선언하지 않은 경우입니다.',
    howToFix: '스테이지에서 변수를 선언하거나(`ARG NAME` — 전역 ARG는 그것을 쓰는 스테이지마다 다시 선언해야 합니다 — 또는 `ENV NAME=…`), 철자를 고치세요.',
    messages: {
      notDefined: "'{variable}'이(가) 이 스테이지에서 정의되지 않아 빈 문자열로 전개됩니다.",
      globalArgNotRepeated: "'{variable}'이(가) 이 스테이지에서 정의되지 않아 빈 문자열로 전개됩니다(전역 ARG이므로 스테이지 안에서 'ARG {name}'을(를) 다시 선언하세요).",
      notDefinedDidYouMean: "'{variable}'이(가) 이 스테이지에서 정의되지 않아 빈 문자열로 전개됩니다('{suggestion}'을(를) 의도했나요?).",
    },
  },
  'user-non-numeric': {
    title: '마지막 USER가 숫자 UID가 아니라 이름임',
    why: '사용자 이름은 컨테이너 안에서 /etc/passwd를 통해서만 해석됩니다. Kubernetes는 이름으로 된 사용자를 `runAsNonRoot: true`와 대조할 수 없어 파드 시작을 거부하고, 바깥에서 사용자를 매핑하는 다른 도구들도 이름만 보게 됩니다.',
    howToFix: '만든 사용자의 숫자 UID(와 GID)를 쓰세요: `USER 10001:10001`.',
    messages: {
      userName: "USER '{user}'은(는) 이름입니다. 런타임이 root가 아님을 확인할 수 있도록 숫자 UID를 쓰세요.",
    },
  },
  'useradd-without-no-log-init': {
    title: '큰 UID로 useradd를 하면서 -l(--no-log-init)이 없음',
    why: 'useradd는 새 사용자를 lastlog와 faillog 데이터베이스에 기록하는데, 이들은 UID로 색인되는 희소(sparse) 파일입니다. Docker 레이어는 파일의 희소성을 유지하지 않으므로, 100000000 같은 UID는 이미지 안의 /var/log/lastlog를 0으로 가득 찬 수 GB짜리 파일로 만들 수 있습니다.' + SHIPPING_STAGES_NOTE,
    howToFix: 'useradd에 `-l`(`--no-log-init`)을 붙이거나, 100000보다 작은 UID를 고르세요.',
    messages: {
      sparseLogs: "-l 없이 UID {uid}(으)로 실행한 'useradd'는 거대한 희소 lastlog/faillog 파일을 레이어에 씁니다.",
    },
  },
  'workdir-relative-path': {
    title: '절대 경로 WORKDIR보다 앞에 상대 경로 WORKDIR이 있음',
    why: '상대 경로 WORKDIR은 베이스 이미지의 작업 디렉터리를 기준으로 해석됩니다. 그 디렉터리는 이미지 배포자가 정하며 새 릴리스에서 바뀔 수 있고, 그러면 빌드가 그곳에 둔 모든 것이 함께 옮겨집니다.',
    howToFix: '절대 경로를 쓰거나(`WORKDIR /app`), 상대 경로를 쓰기 전에 스테이지 앞쪽에서 절대 경로 WORKDIR을 지정하세요.',
    messages: {
      relative: "WORKDIR '{path}'은(는) 베이스 이미지의 작업 디렉터리에 대한 상대 경로입니다. 절대 경로를 쓰세요.",
    },
  },
  'yarn-cache-not-cleaned': {
    title: 'yarn install 뒤 같은 RUN에 yarn cache clean이 없음',
    why: 'yarn은 내려받은 모든 패키지 tarball을 전역 캐시에 보관합니다. 이미지 빌드에서 `yarn install`을 하면 이 캐시가 node_modules와 함께 레이어에 커밋되어 의존성이 차지하는 공간이 대략 두 배가 됩니다.' + SHIPPING_STAGES_NOTE,
    howToFix: 'RUN 끝에 `&& yarn cache clean`을 붙이거나, yarn 캐시 디렉터리에 BuildKit 캐시 마운트를 써서 캐시가 이미지에 들어가지 않게 하세요.',
    messages: {
      cacheKept: "'yarn install'이 yarn 캐시를 레이어에 남깁니다. 이 RUN 끝에 'yarn cache clean'을 붙이세요.",
    },
  },
  'zypper-dist-upgrade': {
    title: 'Dockerfile에서 zypper dist-upgrade를 실행함',
    why: '이미지 빌드 중의 배포판 업그레이드는 베이스 이미지의 상당 부분을 그날 저장소에 있는 것으로 바꿔 버립니다. 결과는 지정한 베이스 이미지와 더 이상 일치하지 않고, 레이어가 커지며, 빌드할 때마다 달라집니다.',
    howToFix: '대신 더 새로운 베이스 이미지 태그로 옮기세요. 특정 수정이 필요하다면 그 패키지만 버전을 고정해 업데이트하거나 설치하세요.',
    messages: {
      distUpgrade: "'zypper {subcommand}'은(는) 빌드 중에 배포판 전체를 업그레이드합니다. 대신 더 새로운 베이스 이미지를 쓰세요.",
    },
  },
  'wget-without-progress': {
    title: 'wget에 진행 표시 설정이 없음',
    why: '터미널이 없으면 GNU wget은 몇 KB마다 점을 한 줄씩 찍는 방식으로 바뀝니다. 큰 파일을 내려받으면 빌드 로그가 수천 줄로 넘쳐 CI 로그 뷰어가 느려지고 정작 중요한 출력이 묻힙니다.',
    howToFix: '`--progress=dot:giga`(간결한 진행 표시)를 붙이거나, `-q` / `-nv`로 출력을 끄세요. BusyBox wget(Alpine, BusyBox 베이스)은 진행 막대 하나만 출력하고 `--progress`가 없으므로 보고하지 않습니다.',
    messages: {
      gnuDots: "--progress, -q, -nv 없이 실행한 'wget'은 빌드 로그를 진행 표시 점으로 채웁니다.",
      unknownWget: "-q나 -nv(또는 GNU wget의 --progress) 없이 실행한 'wget'은 빌드 로그를 진행 표시 출력으로 채울 수 있습니다. 베이스 이미지를 알 수 없어 어떤 wget이 실행되는지도 알 수 없습니다.",
    },
  },
  'world-writable-permissions': {
    title: '파일이나 디렉터리를 모든 사용자가 쓸 수 있게 만듦',
    why:
      '모드 777(또는 `o+w`)이면 컨테이너 안의 모든 사용자가 그 경로를 고칠 수 있습니다. 어떤 uid로든 코드 실행을 얻은 프로세스가 ' +
      '더 높은 권한의 프로세스가 나중에 실행할 바이너리, 스크립트, 설정을 바꿔치기할 수 있습니다. 그 경로가 볼륨이나 바인드 마운트라면 ' +
      '호스트와 다른 컨테이너에도 같은 느슨한 권한이 보입니다. 대개는 정확히 고칠 방법이 있는 소유권 문제를 덮어 두는 것입니다.',
    howToFix:
      '대신 그 경로가 필요한 사용자에게 소유권을 주세요: `COPY --chown=10001:10001 …`, `chown -R 10001:10001 /app/data`, ' +
      '그리고 디렉터리는 755 / 파일은 644 같은 모드(공유 그룹이 있다면 775)를 쓰세요. 여럿이 함께 쓰는 임시 디렉터리라면 ' +
      '/tmp처럼 스티키 비트를 쓰세요(`chmod 1777`).',
    messages: {
      worldWritableMode: "{program} 모드 '{mode}'은(는) 컨테이너 안의 모든 사용자가 그 경로에 쓸 수 있게 합니다. 대신 필요한 사용자에게 소유권을 주세요.",
      worldWritableCopy: '{keyword} --chmod={mode}은(는) 복사한 파일을 컨테이너 안의 모든 사용자가 쓸 수 있게 합니다. --chown과 더 엄격한 모드를 쓰세요.',
    },
  },
};
