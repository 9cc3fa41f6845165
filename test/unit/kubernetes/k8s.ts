/** Shared manifest builders for the Kubernetes tests. */
import type { LintOptions } from '../helpers';

export const K8S: LintOptions = { path: '/work/k8s/deploy.yaml', kind: 'kubernetes' };

export function opts(extra: Partial<LintOptions> = {}): LintOptions {
  return { ...K8S, ...extra };
}

/** Indents every line of a block by `n` spaces. */
export function indent(block: string, n: number): string {
  const pad = ' '.repeat(n);
  return block
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

/**
 * A Deployment with one container "web". `container` lines go under the container (after name/image), `pod` lines
 * under the pod spec (before containers), `meta` lines under metadata.
 */
export function deployment(parts: { container?: string; pod?: string; meta?: string; image?: string; name?: string } = {}): string {
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${parts.name ?? 'web'}`,
    ...(parts.meta ? [indent(parts.meta, 2)] : []),
    'spec:',
    '  template:',
    '    spec:',
    ...(parts.pod ? [indent(parts.pod, 6)] : []),
    '      containers:',
    '        - name: web',
    `          image: ${parts.image ?? 'nginx:1.30.0'}`,
    ...(parts.container ? [indent(parts.container, 10)] : []),
  ];
  return lines.join('\n') + '\n';
}

/** Resources that satisfy the default policy. */
export const RESOURCES = 'resources:\n  requests: {cpu: 100m, memory: 128Mi}\n  limits: {memory: 256Mi}';

/** A securityContext that satisfies every hardening rule. */
export const HARDENED =
  'securityContext:\n  allowPrivilegeEscalation: false\n  runAsNonRoot: true\n  readOnlyRootFilesystem: true\n  capabilities:\n    drop: [ALL]\n  seccompProfile:\n    type: RuntimeDefault';
