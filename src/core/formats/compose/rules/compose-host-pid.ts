import { hostNamespaceRule } from '../rule-helpers';

export default hostNamespaceRule({
  id: 'compose-host-pid',
  aliases: ['host-pid'],
  severity: 'warning',
  title: 'Compose service shares the host’s PID namespace',
  why: 'With `pid: host` the service sees every process on the host. Running as root it can signal or trace them, and read their command lines, environment variables (often holding secrets) and open files through /proc — the process-level wall between container and host is gone.',
  howToFix: 'Remove `pid: host`. Monitoring agents that really need it belong on the host or in a dedicated, reviewed service; to share processes with one other service use `pid: "service:<name>"`.',
  examples: { bad: 'pid: host', good: '# no pid: key' },
  key: 'pid',
  messageId: 'hostPid',
  message: "Service '{service}' shares the host’s PID namespace: it sees every host process and can read their environment and command lines through /proc, and signal them when it runs as root.",
  kernelSharing: true,
});
