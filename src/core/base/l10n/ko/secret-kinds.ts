/** Korean words for each kind of credential value (text/secret-values.ts), as the environment-secret rules name it. */
import type { SecretValueKind } from '../../text/secret-values';

export const KO_SECRET_VALUE_WORDS: Readonly<Record<SecretValueKind, string>> = {
  pemPrivateKey: 'PEM 개인 키',
  githubToken: 'GitHub 토큰',
  githubFineGrainedToken: 'GitHub 세분화된(fine-grained) 토큰',
  gitlabToken: 'GitLab 토큰',
  slackToken: 'Slack 토큰',
  awsAccessKeyId: 'AWS 액세스 키 ID',
  googleApiKey: 'Google API 키',
  stripeLiveKey: 'Stripe 라이브 키',
};
