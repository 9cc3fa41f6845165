/** Korean texts of the Dockerfile rules added for hadolint parity (DL3048, DL3057, DL1001), by rule id. */
import type { RuleTextTable } from '../rule-text-table';

export const KO_DOCKERFILE_RULES_ADDED: RuleTextTable = {
  'label-key-invalid': {
    title: '레이블 키가 Docker 키 형식을 따르지 않음',
    why: 'Docker는 레이블 키를 소문자, 숫자, `.`, `-`로만 쓰고, 소문자로 시작해 소문자나 숫자로 끝내며, 구분자를 겹쳐 쓰지 말고, 자기 조직의 역DNS 네임스페이스(`org.example.build-date`)를 쓰라고 권합니다. `com.docker.*`, `io.docker.*`, `org.dockerproject.*`는 Docker 전용입니다. 이렇게 해야 레이블을 조회하는 도구(`docker ps --filter label=…`, 레지스트리, 스캐너)가 같은 키를 보고, 팀마다 붙인 키가 서로 부딪히지 않습니다.',
    howToFix: '키 이름을 형식에 맞게 바꾸세요. 예: `Version` → `org.opencontainers.image.version`, `build_date` → `org.example.build-date`.',
    messages: {
      reserved: "레이블 키 '{key}'는 Docker가 자체 용도로 예약한 네임스페이스(com.docker., io.docker., org.dockerproject.)에 있습니다. 자기 조직의 역DNS 접두사를 쓰세요.",
      characters: "레이블 키 '{key}'에 소문자, 숫자, '.', '-' 이외의 문자가 있습니다.",
      edges: "레이블 키 '{key}'는 소문자로 시작하고 소문자나 숫자로 끝나야 합니다.",
      doubled: "레이블 키 '{key}'에 구분자가 겹쳐 있습니다('..' 또는 '--').",
    },
  },
  'healthcheck-missing': {
    title: '이미지에 HEALTHCHECK가 없음',
    why: 'HEALTHCHECK가 없으면 Docker와 Compose는 메인 프로세스가 살아 있는지만 알 뿐, 요청에 제대로 응답하는지는 모릅니다. 멈춘 서버도 계속 "running"으로 보이고, `depends_on: condition: service_healthy`는 기다릴 기준이 없습니다. 베이스 이미지에 이미 정의돼 있을 수도 있고(이 규칙은 그것까지 보지 못합니다), Kubernetes는 HEALTHCHECK 대신 자체 프로브를 씁니다. 그래서 Docker나 Compose로 이미지를 돌리면서 모든 이미지에 상태 확인 방법을 적어 두려는 팀이 직접 켜는 규칙입니다.',
    howToFix: '마지막 스테이지에 `HEALTHCHECK CMD <서비스가 비정상이면 실패하는 가벼운 명령>`을 추가하거나, 일부러 두지 않는다면 `HEALTHCHECK NONE`으로 밝혀 두세요.',
    messages: {
      missing: '마지막 스테이지와 그 스테이지가 FROM으로 쓰는 스테이지 어디에도 HEALTHCHECK가 없습니다. 하나를 추가하거나, 일부러 두지 않는다면 HEALTHCHECK NONE을 적으세요.',
    },
  },
  'inline-ignore-pragma': {
    title: '인라인 무시 주석',
    why: '`# hadolint ignore=…`나 `# containment ignore=…` 주석은 명령 하나에 대해 규칙을 끄는데, 린트 정책을 관리하는 사람 눈에는 잘 띄지 않습니다. 모든 예외를 검토를 거친 한곳(설정 파일이나 파일 단위 `global ignore`)에 모아 두려는 팀이 이 규칙을 켜서 인라인 주석을 찾아냅니다.',
    howToFix: '주석이 가리는 문제를 고치거나, 예외를 설정 파일(또는 `# containment global ignore=…` 줄)로 옮기고 주석을 지우세요.',
    messages: {
      inlineIgnore: '인라인 무시 주석입니다. 이 예외는 명령 옆이 아니라 설정 파일에 기록하세요.',
    },
  },
};
