import { hostNamespaceRule } from '../rule-helpers';

export default hostNamespaceRule({
  id: 'k8s-host-network',
  alias: 'host-network',
  key: 'hostNetwork',
  severity: 'warning',
  title: 'Pod shares the host\'s network namespace',
  why: 'Namespaces are what separate a container from the host kernel\'s view of the world. With `hostNetwork: true` the pod uses the node\'s network stack itself: it can bind any port on the node\'s addresses, reach services listening on localhost of the node (kubelet, metadata endpoints, local databases) and sniff node traffic with enough capabilities. NetworkPolicies no longer apply to it the usual way. The Pod Security Standards baseline forbids it.',
  howToFix: 'Remove `hostNetwork: true` and expose the pod through a Service (or a hostPort / NodePort if it must be reachable on the node\'s address). Only node-level agents (CNI plugins, some monitoring) need the host network.',
  exposes: 'it uses the node\'s network stack: every interface and port of the node, services bound to the node\'s localhost, and traffic NetworkPolicies do not isolate.',
});
