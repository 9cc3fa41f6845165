import { defineComposeRule } from '../context';

const UNCONFINED: ReadonlyArray<[RegExp, string, string]> = [
  [/^seccomp\s*[:=]\s*unconfined$/i, 'seccompOff', 'seccomp is switched off: every system call of the host kernel becomes reachable, including the rarely used ones most kernel exploits need'],
  [/^apparmor\s*[:=]\s*unconfined$/i, 'apparmorOff', 'the AppArmor profile is switched off: nothing stops writes to /proc and /sys, mounts or raw sockets that the default profile denies'],
  [/^label\s*[:=]\s*disable$/i, 'selinuxOff', 'SELinux labelling is switched off: the container’s processes are no longer kept away from host files by label'],
  [/^systempaths\s*[:=]\s*unconfined$/i, 'systemPathsOff', 'the masked and read-only kernel paths under /proc and /sys are exposed'],
];

export default defineComposeRule({
  meta: {
    id: 'compose-security-opt-unconfined',
    aliases: [],
    category: 'isolation',
    severity: 'warning',
    title: 'Compose service switches off seccomp, AppArmor or SELinux',
    why: 'The default seccomp profile blocks about fifty risky system calls, and AppArmor/SELinux keep container processes away from sensitive host files. They are the layers that still stand when namespaces are not enough. `seccomp:unconfined`, `apparmor:unconfined` and `label:disable` remove them for this service.',
    howToFix: 'Remove the option. If one system call is missing, write a custom seccomp profile that allows just that call (`seccomp:./profile.json`).',
    examples: { bad: 'security_opt: [seccomp:unconfined]', good: 'security_opt: [no-new-privileges:true]' },
    relatesToIsolation: true,
    messages: Object.fromEntries(UNCONFINED.map(([, id, what]) => [id, `Service '{service}' sets {option}: ${what}.`])),
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const option of service.securityOpt) {
        const hit = UNCONFINED.find(([re]) => re.test(option.value.trim()));
        if (!hit) continue;
        ctx.reportKernelSharing(service, {
          range: option.range,
          messageId: hit[1],
          data: { service: service.name, option: option.value.trim() },
        });
      }
    }
  },
});
