/**
 * The format registry: each format's module (`<kind>/format.ts`) is required on first use (esbuild still bundles
 * them, as lazily initialised modules): a CLI run over Dockerfiles never initialises `yaml` and the YAML rules, a run
 * over manifests never initialises dockerfile-ast/dockerfile-utils and the Dockerfile rules (startup, bench/README.md).
 */
import type { FileKind } from '../model/finding';
import type { AnyFormat } from './format';

let dockerfile: AnyFormat | undefined;
let kubernetes: AnyFormat | undefined;
let compose: AnyFormat | undefined;

export function formatFor(kind: FileKind): AnyFormat {
  switch (kind) {
    case 'dockerfile':
      return (dockerfile ??= (require('../dockerfile/format') as typeof import('../dockerfile/format')).dockerfileFormat);
    case 'kubernetes':
      return (kubernetes ??= (require('../kubernetes/format') as typeof import('../kubernetes/format')).kubernetesFormat);
    default:
      return (compose ??= (require('../compose/format') as typeof import('../compose/format')).composeFormat);
  }
}
