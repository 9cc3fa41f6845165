import { hostNamespaceRule } from '../rule-helpers';

export default hostNamespaceRule({
  id: 'k8s-host-ipc',
  alias: 'host-ipc',
  key: 'hostIPC',
  severity: 'warning',
  title: 'Pod shares the host\'s IPC namespace',
  why: 'With `hostIPC: true` the pod shares System V IPC and POSIX message queues and shared memory (`/dev/shm`) with the node and every other process using the host IPC namespace. It can read or tamper with shared memory segments of other workloads. The Pod Security Standards baseline forbids it.',
  howToFix: 'Remove `hostIPC: true`. Containers of the same pod already share an IPC namespace; use an `emptyDir` with `medium: Memory` for shared memory between them.',
  exposes: 'it shares System V IPC, message queues and shared memory (/dev/shm) with the node and other host-IPC processes, which it can read and modify.',
});
