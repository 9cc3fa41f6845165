/**
 * The format registry: each format's kind and `detect` (a small module of its own), and its module (`<kind>/format.ts`)
 * required on first use (esbuild still bundles them, as lazily initialised modules): a CLI run over Dockerfiles never
 * initialises `yaml` and the YAML rules, a run over manifests never initialises dockerfile-ast/dockerfile-utils and the
 * Dockerfile rules (startup, bench/README.md).
 */
import { detectCompose } from '../formats/compose/detect';
import { detectDockerfile } from '../formats/dockerfile/detect';
import { detectKubernetes } from '../formats/kubernetes/detect';
import type { FileKind } from '../base/model/finding';
import type { AnyFormat } from './format';

interface FormatEntry extends Pick<AnyFormat, 'kind' | 'detect'> {
  load(): AnyFormat;
}

/** In the order content decides (detect-kind.ts): a manifest-looking file is a manifest even with a top-level `services:`. */
export const FORMATS: ReadonlyArray<FormatEntry> = [
  { kind: 'dockerfile', detect: detectDockerfile, load: () => (require('../formats/dockerfile/format') as typeof import('../formats/dockerfile/format')).dockerfileFormat },
  { kind: 'kubernetes', detect: detectKubernetes, load: () => (require('../formats/kubernetes/format') as typeof import('../formats/kubernetes/format')).kubernetesFormat },
  { kind: 'compose', detect: detectCompose, load: () => (require('../formats/compose/format') as typeof import('../formats/compose/format')).composeFormat },
];

const loaded: Partial<Record<FileKind, AnyFormat>> = {};

export function formatFor(kind: FileKind): AnyFormat {
  return (loaded[kind] ??= FORMATS.find((f) => f.kind === kind)!.load());
}
