import { hostNamespaceRule } from '../rule-helpers';

export default hostNamespaceRule({
  id: 'compose-host-ipc',
  aliases: ['host-ipc'],
  severity: 'warning',
  title: 'Compose service shares the host’s IPC namespace',
  why: 'With `ipc: host` the service shares System V shared memory, semaphores and message queues (and /dev/shm) with every process on the host: it can read or corrupt memory other programs exchange this way.',
  howToFix: 'Remove `ipc: host`. To share memory with one other service use `ipc: "service:<name>"`, or `ipc: shareable` on the owner.',
  examples: { bad: 'ipc: host', good: 'ipc: "service:db"' },
  key: 'ipc',
  messageId: 'hostIpc',
  message: "Service '{service}' shares the host’s IPC namespace: it can read and write the shared memory segments, semaphores and message queues of every process on the host.",
  kernelSharing: true,
});
