/**
 * Living beside the extensions users already have. When one of them reports the same check (hadolint's DL codes and
 * its ShellCheck pass, Docker DX's BuildKit checks, the Dockerfile language server's validator in Container Tools,
 * Red Hat YAML's syntax errors, Kubernetes tools' resource-limits linter), showing ours too doubles every squiggle.
 * In `auto` mode such findings are hidden and the output channel says which and why; `showAll` keeps everything.
 */
import type { Finding } from '../base/model/finding';
import { aliasTool } from '../base/model/rule';

export type CoexistenceMode = 'auto' | 'showAll';

export interface PeerExtension {
  /** The VS Code extension id, as `vscode.extensions.getExtension` takes it. */
  id: string;
  name: string;
  /** True when this extension already reports the check behind the finding. */
  covers(finding: Finding): boolean;
}

const hasAliasOf = (tool: ReturnType<typeof aliasTool>) => (f: Finding) => f.aliases.some((a) => aliasTool(a) === tool);

/** The checks of dockerfile-utils' validator, which the Dockerfile language server in Container Tools/Docker runs. */
const DOCKERFILE_VALIDATOR_RULES = new Set([
  'dockerfile-syntax',
  'maintainer-deprecated',
  'instruction-casing',
  'empty-continuation-line',
  'multiple-instructions-disallowed',
  'workdir-relative-path',
]);
const dockerfileValidator = (f: Finding) => DOCKERFILE_VALIDATOR_RULES.has(f.rule);

export const PEER_EXTENSIONS: readonly PeerExtension[] = [
  { id: 'exiasr.hadolint', name: 'hadolint', covers: (f) => hasAliasOf('hadolint')(f) || f.rule === 'shellcheck' },
  { id: 'docker.docker', name: 'Docker DX', covers: (f) => hasAliasOf('buildkit')(f) || f.rule === 'dockerfile-syntax' },
  { id: 'ms-azuretools.vscode-containers', name: 'Container Tools', covers: dockerfileValidator },
  { id: 'ms-azuretools.vscode-docker', name: 'Docker (Microsoft)', covers: dockerfileValidator },
  { id: 'redhat.vscode-yaml', name: 'YAML (Red Hat)', covers: (f) => f.rule === 'yaml-syntax' },
  {
    id: 'ms-kubernetes-tools.vscode-kubernetes-tools',
    name: 'Kubernetes',
    covers: (f) => f.rule === 'k8s-memory-limit-missing' || f.rule === 'k8s-cpu-limit-missing',
  },
];

export interface CoexistenceResult {
  shown: Finding[];
  hidden: Array<{ finding: Finding; peer: PeerExtension }>;
}

export function applyCoexistence(findings: readonly Finding[], installedPeers: readonly PeerExtension[], mode: CoexistenceMode): CoexistenceResult {
  if (mode === 'showAll' || !installedPeers.length) return { shown: [...findings], hidden: [] };
  const result: CoexistenceResult = { shown: [], hidden: [] };
  for (const finding of findings) {
    const peer = installedPeers.find((p) => p.covers(finding));
    if (peer) result.hidden.push({ finding, peer });
    else result.shown.push(finding);
  }
  return result;
}

/** One line for the output channel: what was hidden in which file, because of which extension, and how to see it. */
export function describeHidden(fileLabel: string, hidden: CoexistenceResult['hidden']): string | undefined {
  if (!hidden.length) return undefined;
  const byPeer = new Map<PeerExtension, Map<string, number>>();
  for (const { finding, peer } of hidden) {
    const counts = byPeer.get(peer) ?? new Map<string, number>();
    const label = finding.aliases.find((a) => aliasTool(a) !== 'kube-linter') ?? finding.rule;
    counts.set(label, (counts.get(label) ?? 0) + 1);
    byPeer.set(peer, counts);
  }
  const parts = [...byPeer].map(([peer, counts]) => {
    const list = [...counts].map(([label, n]) => (n > 1 ? `${label} ×${n}` : label)).join(', ');
    return `${list} (already shown by ${peer.name}, ${peer.id})`;
  });
  return `${fileLabel}: hid ${hidden.length} finding${hidden.length === 1 ? '' : 's'}: ${parts.join('; ')}. Set containment.coexistence to "showAll" to see them.`;
}
