import { hostNamespaceRule } from '../rule-helpers';

export default hostNamespaceRule({
  id: 'k8s-host-pid',
  alias: 'host-pid',
  key: 'hostPID',
  severity: 'error',
  title: 'Pod shares the host\'s process namespace',
  why: 'With `hostPID: true` the pod sees every process on the node, including other pods\' and the kubelet\'s, with their command lines and environment (where secrets often are). A root process in the pod can signal or ptrace them and enter their namespaces (`nsenter -t 1`), which is a direct path onto the host. The Pod Security Standards baseline forbids it.',
  howToFix: 'Remove `hostPID: true`. To share processes between containers of the same pod, use `shareProcessNamespace: true` instead, which stays inside the pod.',
  exposes: 'it sees every process on the node (other pods, the kubelet) with their arguments and environment, and root in it can signal, trace or nsenter into them.',
});
