import { defineComposeRule } from '../context';

export default defineComposeRule({
  meta: {
    id: 'compose-privileged-container',
    aliases: ['privileged-container'],
    category: 'isolation',
    severity: 'error',
    title: 'Compose service runs privileged',
    why: '`privileged: true` switches off nearly everything that separates a container from the host: it gets every capability, every host device under /dev, and runs without the seccomp and AppArmor/SELinux profiles. Since the container already shares the host kernel, a process in it can load kernel modules, mount the host’s disks and take over the machine.',
    howToFix: 'Remove `privileged: true` and grant only what the service needs: specific capabilities with `cap_add`, specific devices with `devices:`. No automatic fix is offered, because only you know what the service relies on.',
    examples: { bad: 'privileged: true', good: 'cap_add: [NET_BIND_SERVICE]' },
    relatesToIsolation: true,
    messages: {
      privileged: "Service '{service}' runs privileged: it holds every capability and all host devices, without seccomp or AppArmor, on the host’s own kernel — a compromise of it is a compromise of the host. Replace it with the specific cap_add/devices the service needs (not changed automatically: the intent is yours to decide).",
      privilegedInSandbox: "Service '{service}' runs privileged: in its sandbox that means every capability and the devices the sandbox gives it, no longer the host's; reaching the host takes a hole in the sandbox itself. Drop it if the service does not need it.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      if (!service.privileged?.value) continue;
      const data = { service: service.name };
      ctx.reportKernelSharing(service, { range: service.privileged.pairRange, messageId: 'privileged', data }, { messageId: 'privilegedInSandbox', data });
    }
  },
});
