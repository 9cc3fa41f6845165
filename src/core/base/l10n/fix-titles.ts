/**
 * Quick-fix titles by id, the ESLint way for messages: a fix carries `titleId` + `titleData` next to its English
 * `title`, so an editor in another language shows it translated (`localizedFixTitle` in l10n/rule-text.ts, Korean in
 * l10n/ko/fix-titles.ts). Kits share one table: the same fix (resources, hardening, a flag) serves many rules.
 * Data are raw values (flags, words of the command, names, numbers); parts whose words differ are nested ids.
 */
import { formatMessage, type MessageData } from './format-message';
import type { Fix } from '../model/finding';

export const FIX_TITLES: Readonly<Record<string, string>> = {
  addFlagAfter: "Add {flag} after '{word}'",
  runAsUser: 'Run as uid {uid} (add USER {user})',
  addResources: 'Add {resources}',
  'resource.cpuRequest': 'CPU request {value}',
  'resource.cpuLimit': 'CPU limit {value}',
  'resource.memoryRequest': 'memory request {value}',
  'resource.memoryLimit': 'memory limit {value}',
  'resource.ephemeralStorageRequest': 'ephemeral-storage request {value}',
  'resource.ephemeralStorageLimit': 'ephemeral-storage limit {value}',
  hardenSecurityContext: 'Harden the securityContext ({settings})',
  'hardening.allowPrivilegeEscalation': 'no privilege escalation',
  'hardening.runAsNonRoot': 'non-root',
  'hardening.readOnlyRootFilesystem': 'read-only root',
  'hardening.capabilities': 'drop ALL capabilities',
  'hardening.seccompProfile': 'RuntimeDefault seccomp',
  addNoNewPrivileges: "Add no-new-privileges:true to '{service}'",
  addComposeLimits: "Add resource limits to '{service}' ({limits})",
  'composeLimit.memLimit': 'mem_limit {value}',
  'composeLimit.cpus': 'cpus {value}',
  'composeLimit.memoryLimit': 'memory limit {value}',
  'composeLimit.reservation': 'reservation {value}',
  addPidsLimit: "Add pids_limit: {limit} to '{service}'",
  replaceAptWithAptGet: "Replace 'apt' with 'apt-get'",
  replaceAddWithCopy: 'Replace ADD with COPY',
  startWithPipefail: 'Start the RUN with set -o pipefail',
  deleteEmptyContinuation: 'Delete the empty continuation line',
  publishOnLocalhost: 'Publish {port} on 127.0.0.1 only',
  exposeOnly: "Expose only '{port}'",
  writeAs: "Write '{text}'",
  removeTargetPlatform: 'Remove --platform=$TARGETPLATFORM',
  addDestinationSlash: "Change the destination to '{dest}/'",
  replaceMaintainer: 'Replace with LABEL org.opencontainers.image.authors',
  useExecForm: 'Use exec form: {instruction} {json}',
  writeKeyValue: 'Write {keyword} {name}="…"',
};

export type FixTitle = Pick<Fix, 'title' | 'titleId' | 'titleData'>;

/** A fix's English title from its id, with the id and data kept for translation. */
export function fixTitle(titleId: string, titleData?: MessageData): FixTitle {
  const template = FIX_TITLES[titleId];
  if (template === undefined) throw new Error(`no fix title '${titleId}'`);
  return { title: formatMessage(template, titleData, (id) => FIX_TITLES[id]), titleId, ...(titleData ? { titleData } : {}) };
}
