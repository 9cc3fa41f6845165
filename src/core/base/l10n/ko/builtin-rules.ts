/**
 * Korean texts of the builtin rules, by rule id: title, why, how to fix and each message id of `meta.messages`
 * with the same `{name}` placeholders. Code, field names, paths and flags stay as written.
 * ShellCheck's own messages stay English (they come from the shellcheck program); its rule texts are here.
 */
import type { RuleTextTable } from '../rule-text-table';

export const KO_BUILTIN_RULES: RuleTextTable = {
  'file-skipped': {
    title: '파일을 건너뜀(너무 크거나 바이너리)',
    why: '입력하는 동안 수 MB짜리 파일이나 바이너리 파일을 분석하면 쓸모 있는 결과 없이 편집기만 멈춥니다. 그래서 이런 파일은 건너뛰고, 아무 말 없이 넘어가는 대신 이 알림으로 알려 줍니다.',
    howToFix: '파일에서 고칠 것은 없습니다. 정말 검사하고 싶은 매니페스트라면 `.containment.yaml`의 `maxFileSize`(바이트)를 늘리세요.',
    messages: {
      tooLarge: '파일을 건너뜀: {sizeKb} KB로 {limitKb} KB 제한보다 큽니다(설정 maxFileSize).',
      binary: '파일을 건너뜀: 텍스트가 아니라 바이너리 내용으로 보입니다.',
    },
  },
  'yaml-syntax': {
    title: 'YAML을 파싱할 수 없음',
    why: 'kubectl과 docker compose는 파싱할 수 없는 파일을 거부하며, 파싱되기 전까지는 다른 어떤 검사도 파일 안을 볼 수 없습니다.',
    howToFix: '보고된 위치의 YAML을 고치세요: 들여쓰기, 닫히지 않은 따옴표나 괄호, 들여쓰기에 쓴 탭, 중복된 문서 구분자 등.',
    messages: {
      notValidYaml: '파일이 올바른 YAML이 아닙니다: {detail}',
      syntaxError: 'YAML 구문 오류: {detail}',
    },
  },
  'helm-template-skipped': {
    title: 'Helm 템플릿을 건너뜀',
    why: 'Helm 템플릿(`{{ … }}`)은 Helm이 렌더링하기 전까지 YAML이 아니므로, YAML로 검사하면 잘못된 오류만 나옵니다. 차트(Chart.yaml이 있는 폴더) 안에서는 템플릿을 차트의 values로 정적으로 읽어서 검사합니다. 이렇게 읽을 때 따라가지 못한 부분(이름 있는 템플릿, 모르는 함수, 값을 알 수 없는 values)은 이 알림에 나열하고, 그 부분에 따라 달라질 수 있는 발견 사항은 추측하지 않고 뺍니다.',
    howToFix: '렌더링된 결과를 검사하세요: `helm template . | containment check -` 또는 결과를 파일로 써서 그 파일을 검사하세요.',
    messages: {
      helmTemplate: 'Helm 템플릿: 렌더링되기 전까지 건너뜁니다(`helm template` 출력은 검사할 수 있습니다).',
      unbalanced: 'Helm 템플릿: `{{ if }}` / `{{ end }}` 블록의 짝이 맞지 않아 읽지 않았습니다.',
      notFollowed: 'Helm 템플릿을 정적으로 읽었습니다. 따라가지 못한 부분(괄호 안은 템플릿 줄 번호): {constructs}. 이 부분에 따라 달라질 수 있는 발견 사항은 뺐습니다.',
      notFollowedMore: 'Helm 템플릿을 정적으로 읽었습니다. 따라가지 못한 부분(괄호 안은 템플릿 줄 번호): {constructs} 외 {more}개. 이 부분에 따라 달라질 수 있는 발견 사항은 뺐습니다.',
      outputNotYaml: 'Helm 템플릿을 정적으로 읽었습니다. 차트의 values로 렌더링한 결과가 여기서 올바른 YAML이 아니므로, 파싱되지 않는 부분은 검사하지 않았습니다.',
    },
  },
  'dockerfile-template-skipped': {
    title: 'Dockerfile 템플릿을 건너뜀',
    why: 'Dockerfile 템플릿(Jinja `{% … %}`, Go나 Helm 스타일 `{{ … }}`, Cottle, `*.template` / `*.j2` / `*.tmpl` 파일)은 생성기가 렌더링하기 전까지 Dockerfile이 아니므로, Dockerfile로 검사하면 잘못된 구문 오류만 나옵니다.',
    howToFix: '렌더링된 Dockerfile을 검사하세요: 템플릿을 (예를 들어 빌드 디렉터리에) 렌더링한 뒤 그 결과에 `containment check`를 실행하세요.',
    messages: {
      byName: 'Dockerfile 템플릿(파일 이름으로 판단): 렌더링되기 전까지 건너뜁니다. 대신 생성된 Dockerfile을 검사하세요.',
      byLine: 'Dockerfile 템플릿({line}번째 줄의 템플릿 구문): 렌더링되기 전까지 건너뜁니다. 대신 생성된 Dockerfile을 검사하세요.',
    },
  },
  'yaml-alias-limit': {
    title: 'YAML 앨리어스가 너무 많음(앨리어스 폭탄 가능성)',
    why: '앨리어스를 참조하는 앨리어스는 펼치면 기하급수적으로 커집니다("billion laughs"). 몇 줄만으로도 API 서버 클라이언트를 포함해 파일을 읽는 모든 도구의 메모리를 바닥낼 수 있습니다. 이 문서는 앨리어스를 펼치지 않고 분석합니다.',
    howToFix: '반복되는 구조를 직접 풀어 쓰거나 중첩된 앨리어스를 줄이세요. Kubernetes와 Compose 파일에 앨리어스가 몇 개 넘게 필요한 경우는 드뭅니다.',
    messages: {
      tooManyAliases: '이 문서의 YAML 앨리어스가 {limit}개를 넘습니다: 더 이상 분석하지 않습니다.',
      expandsTooFar: '이 문서의 YAML 앨리어스를 펼치면 노드가 {limit}개를 넘습니다(앨리어스 폭탄): 더 이상 분석하지 않습니다.',
      composeTooManyAliases: '이 문서는 YAML 앨리어스를 {limit}개 넘게 씁니다. 더 이상 분석하지 않습니다.',
      composeExpandsTooFar: '이 문서의 YAML 앨리어스를 펼치면 노드가 {limit}개를 넘습니다(앨리어스 폭탄). 더 이상 분석하지 않습니다.',
    },
  },
  shellcheck: {
    title: 'RUN 명령어의 ShellCheck 발견 사항',
    why: 'RUN 명령어는 셸 스크립트이고, 셸 스크립트는 조용히 실패합니다. 따옴표 없는 변수는 여러 단어로 쪼개지고, 철자가 틀린 변수는 빈 값으로 펼쳐지며, 실패한 `cd` 뒤에 다음 명령이 엉뚱한 폴더에서 실행됩니다. `shellcheck` 프로그램이 설치되어 있으면 셸 형식 RUN 본문(heredoc 스크립트 포함)을 스테이지의 ENV와 ARG 이름을 알려 준 채로 검사하고, 모든 결과를 Dockerfile의 정확한 위치에 보고합니다. 발견 사항은 ShellCheck 코드(예: SC2086)를 별칭으로 가지며, 그 코드의 ShellCheck 위키 페이지(https://www.shellcheck.net/wiki/SC2086)가 구체적인 문제를 설명합니다.',
    howToFix: '메시지대로 명령을 고치세요(대개 확장에 따옴표를 치고, `cd`의 결과를 확인하고, 백틱 대신 `$(...)`를 씁니다). 특정 경우를 허용하려면 명령어 앞 줄에 `# containment ignore=SC2086`(또는 `# hadolint ignore=SC2086`)을 두거나, `.containment.yaml`(`rules: {SC2086: off}` 또는 `shellcheck: {exclude: [SC2086]}`)이나 `.hadolint.yaml`(`ignored: [SC2086]`)에서 그 코드를 끄세요. ShellCheck는 신뢰할 수 있는 작업 영역에서만 실행됩니다. `shellcheck: {enabled: false}`로 끄고, `shellcheck: {path: ...}`로 실행할 프로그램을 고릅니다.',
  },
};

/** Korean for the engine's messages around a rule's finding (l10n/engine-messages.ts), same placeholders. */
export const KO_ENGINE_MESSAGES: Readonly<Record<string, string>> = {
  'engine.sandboxedRuntimeClass': '{finding} (runtimeClassName "{runtimeClass}"은(는) 자체 커널을 가진 샌드박스 런타임이므로 이 문제가 호스트 커널에 직접 닿지 않습니다. 정보로만 표시합니다.)',
  'engine.loweredGvisor': "{finding} 정보로 낮춤: 런타임 '{runtime}'은(는) gVisor입니다. 시스템 호출이 호스트 커널로 바로 가지 않고 사용자 공간 커널로 갑니다.",
  'engine.loweredSandboxRuntime': "{finding} 정보로 낮춤: 런타임 '{runtime}'은(는) 샌드박스 런타임입니다. 서비스가 호스트 커널이 아닌 자체 게스트 커널에서 실행됩니다.",
  'engine.loweredHyperv': "{finding} 정보로 낮춤: isolation 'hyperv'는 컨테이너를 자체 커널을 가진 별도의 유틸리티 VM에서 실행합니다.",
  'engine.limitRangeSets': 'LimitRange "{limitRange}"이(가) 기본값 {key} = {value}를 정함',
  'engine.helmValueUsedBy': '{template}에서 쓰는 `{key}`',
  'engine.qosWithDefaults': 'LimitRange 기본값 적용 시 {qos}',
  'engine.limitRangeDefault': '{finding} LimitRange "{limitRange}"이(가) 값을 정하지 않은 컨테이너에 {key} = {value}를 채워 넣으므로 참고용 알림입니다. 값을 명시하면 컨테이너에 필요한 양이 문서로 남습니다.',
  'engine.limitRangeDefaultIn': '{finding} {file}의 LimitRange "{limitRange}"이(가) 값을 정하지 않은 컨테이너에 {key} = {value}를 채워 넣으므로 참고용 알림입니다. 값을 명시하면 컨테이너에 필요한 양이 문서로 남습니다.',
  'engine.notGuaranteedWithDefaults': '{workload}은(는) LimitRange "{limitRange}"의 기본값({defaults})을 적용해도 Guaranteed가 아니라 {qos}입니다.',
  'engine.notGuaranteedWithDefaultsIn': '{workload}은(는) {file}의 LimitRange "{limitRange}" 기본값({defaults})을 적용해도 Guaranteed가 아니라 {qos}입니다.',
};
