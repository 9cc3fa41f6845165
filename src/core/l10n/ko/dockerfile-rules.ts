/**
 * Korean texts of the Dockerfile rules, by rule id: title, why, how to fix and each message id of `meta.messages`
 * with the same `{name}` placeholders. Code, commands, paths and flags stay as written.
 */
import type { RuleTextTable } from '../rule-text-table';

export const KO_DOCKERFILE_RULES: RuleTextTable = {
  'apt-lists-not-cleaned': {
    title: 'apt 패키지 목록이 레이어에 남음',
    why: '`apt-get update`는 설정된 모든 저장소의 패키지 색인을 /var/lib/apt/lists에 내려받으며, 보통 20–50 MB에 이릅니다. 나중 RUN에서 지운 파일도 앞선 레이어에는 그대로 남으므로, 목록을 받은 그 RUN에서 지우지 않으면 실행 시에는 아무도 쓰지 않는 파일이 이미지에 실려 배포됩니다. 이 규칙은 배포되는 스테이지(마지막 스테이지와 그 스테이지가 FROM으로 쓰는 스테이지)에서만 보고합니다.',
    howToFix: '같은 RUN 끝에 `&& rm -rf /var/lib/apt/lists/*`를 붙이거나, BuildKit의 캐시 마운트로 목록을 이미지 밖에 두세요: `RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && …`.',
    messages: {
      listsStay: "'{updater} update'로 내려받은 apt 목록이 이 레이어에 남습니다. RUN 끝에 'rm -rf {lists}/*'를 붙이세요.",
    },
  },
};
