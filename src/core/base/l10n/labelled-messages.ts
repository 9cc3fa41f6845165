/**
 * Kubernetes messages that begin with a container's label (`Container "web" of Deployment "api"`, `Init container #2
 * of Job`): the label's words differ by container type and by what is named, so each combination is its own message
 * id (`<id>.<variant>`), built from one sentence template per language; the data carries only the raw names
 * (`{container}` or `{index}`, `{kind}`, `{name}`).
 */
export type LabelledContainerType = 'container' | 'initContainer' | 'ephemeralContainer';

export interface LabelVariant {
  /** The id suffix: `container`, `initContainerIndexUnnamed` … */
  suffix: string;
  type: LabelledContainerType;
  containerNamed: boolean;
  workloadNamed: boolean;
}

export function labelSuffix(type: LabelledContainerType, containerNamed: boolean, workloadNamed: boolean): string {
  return `${type}${containerNamed ? '' : 'Index'}${workloadNamed ? '' : 'Unnamed'}`;
}

export const LABEL_VARIANTS: readonly LabelVariant[] = (['container', 'initContainer', 'ephemeralContainer'] as const).flatMap((type) =>
  [true, false].flatMap((containerNamed) => [true, false].map((workloadNamed) => ({ suffix: labelSuffix(type, containerNamed, workloadNamed), type, containerNamed, workloadNamed }))),
);

/** Every variant of one message in one language: `sentence(label)` puts the label where the language wants it. */
export function labelledMessages(id: string, sentence: (label: string) => string, labelOf: (v: LabelVariant) => string): Record<string, string> {
  return Object.fromEntries(LABEL_VARIANTS.map((v) => [`${id}.${v.suffix}`, sentence(labelOf(v))]));
}

/** Messages that begin with a workload's label (`Deployment "api"`, or the kind alone): `<id>.named` / `<id>.unnamed`. */
export function workloadLabelledMessages(id: string, sentence: (label: string) => string): Record<string, string> {
  return { [`${id}.named`]: sentence('{kind} "{name}"'), [`${id}.unnamed`]: sentence('{kind}') };
}
