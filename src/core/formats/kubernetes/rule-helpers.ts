/** Shared pieces of Kubernetes rules (kept out of rules/, where every file is a rule). */
import type { ResourcePolicy } from '../../knowledge/config/config';
import type { Category, Severity } from '../../base/model/finding';
import { defineKubernetesRule, type KubernetesContext, type KubernetesRule } from './context';
import { isMissing, satisfiedBy, type ResourceKey } from './file-facts';
import { missingHardening } from './fixes';
import { englishLabelledMessages, labelledReport } from './label-messages';
import { containerLabel, workloadLabel, type Workload, type WorkloadContainer } from './workloads';

export function* eachContainer(ctx: KubernetesContext, options: { ephemeral?: boolean } = {}): Generator<[Workload, WorkloadContainer]> {
  for (const w of ctx.workloads) {
    for (const c of w.containers) {
      if (c.type === 'ephemeralContainer' && options.ephemeral === false) continue;
      yield [w, c];
    }
  }
}

/** `Container "web" of Deployment "api"` with a capital first letter. */
export function label(w: Workload, c: WorkloadContainer): string {
  const s = `${containerLabel(c)} of ${workloadLabel(w)}`;
  return s[0].toUpperCase() + s.slice(1);
}

/** The hardening fix when it would add `key` (so it resolves the finding), else undefined. */
export function hardeningFixFor(ctx: KubernetesContext, w: Workload, c: WorkloadContainer, key: string) {
  const desired = missingHardening(c).securityContext as Record<string, unknown> | undefined;
  return desired && key in desired ? ctx.hardeningFix(w, c) : undefined;
}

const RESOURCE_WORDS: Record<string, string> = { cpu: 'CPU', memory: 'memory', 'ephemeral-storage': 'ephemeral-storage' };

/** A "missing resource" rule: one finding per container (ephemeral containers cannot set resources). */
export function resourceRule(options: {
  id: string;
  aliases: string[];
  title: string;
  why: string;
  howToFix: string;
  examples?: { bad: string; good: string };
  severity?: Severity;
  policy: keyof ResourcePolicy;
  resource: 'cpu' | 'memory' | 'ephemeral-storage';
  field: 'request' | 'limit';
  consequence: string;
}): KubernetesRule {
  const need: ResourceKey[] = satisfiedBy(options.resource, options.field);
  const category: Category = 'resources';
  return defineKubernetesRule({
    meta: {
      id: options.id,
      aliases: options.aliases,
      category,
      severity: options.severity ?? 'warning',
      title: options.title,
      why: options.why,
      howToFix: options.howToFix,
      examples: options.examples,
      fixable: true,
      policy: options.policy,
      messages: englishLabelledMessages('noResource', (l) => `${l} sets no ${RESOURCE_WORDS[options.resource]} ${options.field} (pod QoS class: {qos}): ${options.consequence}`),
    },
    check(ctx) {
      for (const [w, c] of eachContainer(ctx, { ephemeral: false })) {
        if (!isMissing(c.resources, need)) continue;
        ctx.reportResource(w, c, { satisfiedBy: need }, {
          range: c.anchorRange,
          ...labelledReport('noResource', w, c, { qos: ctx.qos(w) }),
          fix: ctx.resourceFix(w, c),
        });
      }
    },
  });
}

/** hostNetwork / hostPID / hostIPC rules share this: one finding at the `key: true` pair. */
export function hostNamespaceRule(options: {
  id: string;
  alias: string;
  key: 'hostNetwork' | 'hostPID' | 'hostIPC';
  severity: Severity;
  title: string;
  why: string;
  howToFix: string;
  exposes: string;
}): KubernetesRule {
  return defineKubernetesRule({
    meta: {
      id: options.id,
      aliases: [options.alias],
      category: 'isolation',
      severity: options.severity,
      title: options.title,
      why: options.why,
      howToFix: options.howToFix,
      examples: { bad: `spec:\n  ${options.key}: true`, good: `spec:\n  ${options.key}: false  # or leave it out` },
      relatesToIsolation: true,
      messages: {
        hostNamespace: `{kind} "{name}" sets ${options.key}: true — ${options.exposes}`,
        hostNamespaceUnnamed: `{kind} sets ${options.key}: true — ${options.exposes}`,
      },
    },
    check(ctx) {
      for (const w of ctx.workloads) {
        const s = w[options.key];
        if (!s?.value) continue;
        ctx.reportKernelSharing(w, { range: s.range, ...(w.name ? { messageId: 'hostNamespace', data: { kind: w.kind, name: w.name } } : { messageId: 'hostNamespaceUnnamed', data: { kind: w.kind } }) });
      }
    },
  });
}

/** Container runtime API sockets: whoever can talk to them can start a privileged container on the node. */
const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|cri-dockerd|podman|dockershim|buildkitd)\.sock$/;
const RUNTIME_SOCKET_DIRS = new Set(['/var/run/docker', '/run/docker', '/var/run/containerd', '/run/containerd', '/var/run/crio', '/run/crio']);

export function normaliseHostPath(path: string): string {
  const p = path.trim().replace(/\/+$/, '');
  return p === '' ? '/' : p.replace(/\/{2,}/g, '/');
}

export function isRuntimeSocket(path: string): boolean {
  const p = normaliseHostPath(path);
  return RUNTIME_SOCKET.test(p) || RUNTIME_SOCKET_DIRS.has(p);
}

/** Host paths whose exposure compromises the node: exact entries, and everything below the prefix entries. */
const SENSITIVE_EXACT = new Set(['/', '/etc', '/usr', '/lib', '/lib64', '/bin', '/sbin', '/boot', '/dev', '/proc', '/sys', '/var', '/var/run', '/run', '/root', '/home', '/var/lib', '/var/lib/kubelet', '/var/lib/docker', '/var/lib/containerd', '/etc/kubernetes']);
const SENSITIVE_PREFIX = ['/proc/', '/root/', '/boot/', '/var/lib/kubelet/', '/etc/kubernetes/', '/var/lib/docker/', '/var/lib/containerd/', '/etc/shadow', '/etc/sudoers', '/etc/ssh/', '/etc/cron', '/etc/systemd/', '/etc/passwd', '/etc/pki/', '/var/lib/etcd'];

export function isSensitiveHostPath(path: string): boolean {
  const p = normaliseHostPath(path);
  return SENSITIVE_EXACT.has(p) || SENSITIVE_PREFIX.some((s) => p.startsWith(s) || p === s.replace(/\/$/, ''));
}
