import { defineComposeRule } from '../context';

export default defineComposeRule({
  meta: {
    id: 'compose-host-pid',
    aliases: ['host-pid'],
    category: 'isolation',
    severity: 'warning',
    title: 'Compose service shares the host’s PID namespace',
    why: 'With `pid: host` the service sees every process on the host. Running as root it can signal or trace them, and read their command lines, environment variables (often holding secrets) and open files through /proc — the process-level wall between container and host is gone.',
    howToFix: 'Remove `pid: host`. Monitoring agents that really need it belong on the host or in a dedicated, reviewed service; to share processes with one other service use `pid: "service:<name>"`.',
    examples: { bad: 'pid: host', good: '# no pid: key' },
    relatesToIsolation: true,
    messages: {
      hostPid: "Service '{service}' shares the host’s PID namespace: it sees every host process and can read their environment and command lines through /proc, and signal them when it runs as root.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      const pid = service.pid;
      if (!pid || pid.value.trim().toLowerCase() !== 'host') continue;
      ctx.reportKernelSharing(service, {
        range: pid.pairRange,
        messageId: 'hostPid',
        data: { service: service.name },
      });
    }
  },
});
