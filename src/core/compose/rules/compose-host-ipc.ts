import { defineComposeRule } from '../context';

export default defineComposeRule({
  meta: {
    id: 'compose-host-ipc',
    aliases: ['host-ipc'],
    category: 'isolation',
    severity: 'warning',
    title: 'Compose service shares the host’s IPC namespace',
    why: 'With `ipc: host` the service shares System V shared memory, semaphores and message queues (and /dev/shm) with every process on the host: it can read or corrupt memory other programs exchange this way.',
    howToFix: 'Remove `ipc: host`. To share memory with one other service use `ipc: "service:<name>"`, or `ipc: shareable` on the owner.',
    examples: { bad: 'ipc: host', good: 'ipc: "service:db"' },
    relatesToIsolation: true,
    messages: {
      hostIpc: "Service '{service}' shares the host’s IPC namespace: it can read and write the shared memory segments, semaphores and message queues of every process on the host.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      const ipc = service.ipc;
      if (!ipc || ipc.value.trim().toLowerCase() !== 'host') continue;
      ctx.reportKernelSharing(service, {
        range: ipc.pairRange,
        messageId: 'hostIpc',
        data: { service: service.name },
      });
    }
  },
});
