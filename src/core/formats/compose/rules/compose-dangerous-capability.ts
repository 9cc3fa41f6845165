import { ESCAPE_CAPABILITIES } from '../../../knowledge/capabilities';
import { defineComposeRule } from '../context';

/** Capabilities that let a process reach beyond its container, with what each one opens up. */
export const DANGEROUS_CAPABILITIES: Readonly<Record<string, string>> = {
  ALL: 'every capability at once, close to running privileged',
  SYS_ADMIN: 'mount filesystems, use namespaces and many admin calls: the classic container escape',
  SYS_MODULE: 'load kernel modules into the host kernel',
  SYS_RAWIO: 'raw I/O on host devices and memory',
  SYS_PTRACE: 'trace and inject code into other processes',
  SYS_BOOT: 'reboot the host',
  SYS_TIME: 'change the host clock',
  DAC_READ_SEARCH: 'bypass read permissions and open host files by handle (the "shocker" escape)',
  NET_ADMIN: 'reconfigure interfaces, routes and firewall rules',
  BPF: 'load eBPF programs into the kernel',
  PERFMON: 'observe the kernel and other processes with perf events',
  MAC_ADMIN: 'change the AppArmor/SELinux policy',
  MAC_OVERRIDE: 'bypass the AppArmor/SELinux policy',
  SYSLOG: 'read kernel logs, which leak kernel addresses',
  LINUX_IMMUTABLE: 'change immutable and append-only file flags',
};

/** One message per capability: its consequence is part of the sentence, so each translates whole. */
const MESSAGES: Record<string, string> = Object.fromEntries(
  Object.entries(DANGEROUS_CAPABILITIES).map(([cap, what]) => [cap, `Service '{service}' adds ${cap === 'ALL' ? 'ALL capabilities' : `CAP_${cap}`}: ${what}, on the kernel it shares with the host.`]),
);

export default defineComposeRule({
  meta: {
    id: 'compose-dangerous-capability',
    aliases: [],
    category: 'isolation',
    severity: 'warning',
    title: 'Compose service adds a dangerous capability',
    why: 'Capabilities split root’s power into pieces; Docker keeps only a small default set. Some pieces are enough to break out of a container that shares the host kernel (SYS_ADMIN, SYS_MODULE, DAC_READ_SEARCH, SYS_PTRACE…) or to disturb the whole host (NET_ADMIN, SYS_TIME, SYS_BOOT). ALL, SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH and BPF are reported as errors, as in Kubernetes manifests: each is a known route out of a container.',
    howToFix: 'Remove the capability from `cap_add`, or narrow it to the one operation needed (e.g. NET_BIND_SERVICE to bind a low port). Consider `cap_drop: [ALL]` and adding back only what is required.',
    examples: { bad: 'cap_add: [SYS_ADMIN]', good: 'cap_drop: [ALL]\ncap_add: [NET_BIND_SERVICE]' },
    relatesToIsolation: true,
    messages: MESSAGES,
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const cap of service.capAdd) {
        const what = DANGEROUS_CAPABILITIES[cap.value];
        if (!what) continue;
        ctx.reportKernelSharing(service, {
          range: cap.range,
          severity: ESCAPE_CAPABILITIES.has(cap.value) ? 'error' : undefined,
          messageId: cap.value,
          data: { service: service.name },
        });
      }
    }
  },
});
