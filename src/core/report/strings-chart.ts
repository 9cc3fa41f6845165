/**
 * Texts of the Helm chart lines on a workload card (the chart, the values files it was read with, and what the static
 * reader did not follow), in English and Korean. Plain text: the renderer escapes.
 */
export interface ChartStrings {
  /** `Helm chart mychart`. */
  chart: (name: string) => string;
  /** Label before the values files, in the order they apply. */
  valuesFiles: string;
  /** After the list: which file wins. */
  laterWins: string;
  /** Label before the constructs not followed. */
  notFollowed: string;
  /** What the card does with them. */
  notFollowedNote: (fields: string) => string;
  /** A setting left unknown, by name (`resources`, `securityContext`, `image`, `spec`). */
  field: Record<string, string>;
  /** A cgroup value or image the chart writes through something not followed. */
  unknownValue: string;
}

export const CHART_EN: ChartStrings = {
  chart: (name) => `Helm chart ${name}`,
  valuesFiles: 'Values files',
  laterWins: 'a later file wins',
  notFollowed: 'Not followed',
  notFollowedNote: (fields) => `what they set is unknown (${fields}): the card neither counts it as missing nor guesses it`,
  field: { resources: 'resources', securityContext: 'securityContext', image: 'image', spec: 'other pod settings' },
  unknownValue: 'unknown (not followed)',
};

export const CHART_KO: ChartStrings = {
  chart: (name) => `Helm 차트 ${name}`,
  valuesFiles: 'values 파일',
  laterWins: '뒤의 파일이 우선',
  notFollowed: '따라가지 못한 구문',
  notFollowedNote: (fields) => `이 구문이 정하는 값(${fields})은 알 수 없음: 카드는 이를 빠진 것으로 세지도, 추측하지도 않음`,
  field: { resources: 'resources', securityContext: 'securityContext', image: '이미지', spec: '그 밖의 파드 설정' },
  unknownValue: '알 수 없음 (따라가지 못함)',
};
