import { ESCAPE_CAPABILITIES } from '../../../knowledge/capabilities';
import { defineKubernetesRule } from '../context';
import { BASELINE_CAPABILITIES } from '../pod-security';
import { englishLabelledMessages, labelledReport } from '../label-messages';
import { eachContainer } from '../rule-helpers';

/** What each dangerous capability hands over: each is its own message id (`adds.<capability>`). */
const DANGEROUS: Record<string, string> = {
  ALL: 'every capability, close to a privileged container',
  SYS_ADMIN: 'mount, namespace and many kernel administration calls, the usual first step of container escapes',
  SYS_MODULE: 'loading kernel modules into the host kernel',
  SYS_PTRACE: 'tracing and injecting code into other processes',
  SYS_RAWIO: 'raw I/O on devices and kernel memory',
  DAC_READ_SEARCH: 'reading any file by handle, the "shocker" escape',
  BPF: 'loading eBPF programs into the host kernel',
  PERFMON: 'kernel performance monitoring, a side channel into other workloads',
  NET_ADMIN: 'reconfiguring interfaces, routes and firewall rules of the network namespace',
  SYS_BOOT: 'rebooting the node',
  SYS_TIME: 'setting the node\'s clock',
  MAC_ADMIN: 'changing the AppArmor/SELinux policy',
  MAC_OVERRIDE: 'overriding the AppArmor/SELinux policy',
  SYSLOG: 'reading and clearing the kernel log',
  NET_RAW: 'crafting raw packets (ARP/DNS spoofing on the node network)',
  LINUX_IMMUTABLE: 'changing immutable file flags',
  IPC_LOCK: 'locking memory, bypassing memory accounting',
  SYS_RESOURCE: 'overriding resource limits',
  WAKE_ALARM: 'waking the system',
  BLOCK_SUSPEND: 'preventing suspend',
  AUDIT_CONTROL: 'controlling kernel auditing',
  SYS_PACCT: 'process accounting',
  SYS_NICE: 'raising priority over other workloads',
  SYS_TTY_CONFIG: 'configuring terminals',
  CHECKPOINT_RESTORE: 'checkpointing and restoring processes',
};

export default defineKubernetesRule({
  meta: {
    id: 'k8s-added-capabilities',
    aliases: [],
    category: 'isolation',
    severity: 'warning',
    title: 'Container adds capabilities beyond the baseline set',
    why: 'Capabilities split root\'s power into pieces; the runtime gives containers a small default set. Every capability added beyond it (the Pod Security Standards baseline list) is a kernel permission the container holds on the shared host kernel. SYS_ADMIN, SYS_MODULE, SYS_PTRACE, DAC_READ_SEARCH, BPF and ALL are reported as errors: each is a known route out of a container.',
    howToFix: 'Remove the capability, or replace the need for it (NET_BIND_SERVICE instead of running as root for low ports; a node agent for kernel work). If it stays, pair it with `drop: [ALL]` so the container holds only what it lists.',
    examples: { bad: 'capabilities:\n  add: [SYS_ADMIN]', good: 'capabilities:\n  drop: [ALL]\n  add: [NET_BIND_SERVICE]' },
    relatesToIsolation: true,
    messages: {
      ...Object.assign({}, ...Object.entries(DANGEROUS).map(([cap, what]) => englishLabelledMessages(`adds.${cap}`, (l) => `${l} adds {capability}: ${what}. It is outside the baseline capability set.`))),
      ...englishLabelledMessages('addsOther', (l) => `${l} adds {capability}. It is outside the baseline capability set.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      for (const cap of c.securityContext.capabilities.add) {
        if (BASELINE_CAPABILITIES.has(cap.name)) continue;
        const known = Object.prototype.hasOwnProperty.call(DANGEROUS, cap.name);
        ctx.reportKernelSharing(w, {
          range: cap.range,
          severity: ESCAPE_CAPABILITIES.has(cap.name) ? 'error' : undefined,
          ...labelledReport(known ? `adds.${cap.name}` : 'addsOther', w, c, { capability: cap.name }),
        });
      }
    }
  },
});
