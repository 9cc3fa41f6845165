/**
 * Korean texts of the Dockerfile rules from `dockerfile-syntax` on (alphabetically; the rules before it are in
 * dockerfile-rules.ts), by rule id, with the same `{name}` placeholders as `meta.messages`.
 */
import type { RuleTextTable } from '../rule-text';

/** Korean of SHIPPING_STAGES_NOTE (dockerfile/model.ts), which the image-size rules append to their why. */
const SHIPPING_STAGES_NOTE =
  ' 배포되는 스테이지(마지막 스테이지와 그 스테이지가 FROM으로 삼는 스테이지)에서만 보고합니다. `COPY --from`으로 ' +
  '복사만 해 가는 빌더 스테이지는 그 레이어가 이미지에 남지 않으므로 크기가 문제되지 않습니다.';

export const KO_DOCKERFILE_RULES_MORE: RuleTextTable = {
  'dockerfile-syntax': {
    title: 'Dockerfile 구문 오류',
    why: '빌더가 Dockerfile을 거부하거나 의도와 다르게 읽습니다: 알 수 없는 명령어, 빠졌거나 남는 인자, 알 수 없는 플래그, 잘못된 포트·시간·시그널 값 등입니다.',
    howToFix: '메시지가 가리키는 대로 명령어를 고치세요. 정확한 문법은 Dockerfile 레퍼런스를 참고하세요.',
    messages: {
      validator: 'Dockerfile 구문 오류: {message}',
    },
  },
  'duplicate-stage-name': {
    title: '두 스테이지의 이름이 같음',
    why: '스테이지 이름은 대소문자를 구분하지 않고 비교하며 서로 달라야 합니다. `COPY --from=name`, `FROM name`, `--target name`은 스테이지 하나만 가리킬 수 있습니다. 두 스테이지가 같은 이름을 쓰면 BuildKit이 Dockerfile을 거부하거나 잘못 읽습니다.',
    howToFix: '스테이지마다 고유한 이름을 붙이고, 이름을 바꾼 스테이지를 참조하는 곳도 함께 고치세요.',
    messages: {
      nameTaken: "스테이지 이름 '{name}'은(는) 이미 {line}번째 줄의 스테이지가 쓰고 있습니다.",
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
};
