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
};
