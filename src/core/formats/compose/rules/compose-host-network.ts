import { hostNamespaceRule } from '../rule-helpers';

export default hostNamespaceRule({
  id: 'compose-host-network',
  aliases: ['host-network'],
  severity: 'warning',
  title: 'Compose service shares the host’s network namespace',
  why: 'With `network_mode: host` the service has no network namespace of its own: it sees every host interface, can bind any host port, reach services listening only on the host’s localhost (databases, admin APIs, the cloud metadata endpoint) and, with NET_RAW, capture traffic. `ports:` mappings and Compose networks no longer apply. A sandboxed runtime does not change this: the host’s network is passed through.',
  howToFix: 'Remove `network_mode: host`, put the service on a Compose network and publish only the ports it serves with `ports:`.',
  examples: { bad: 'network_mode: host', good: 'ports: ["8080:8080"]' },
  key: 'networkMode',
  messageId: 'hostNetwork',
  message: "Service '{service}' shares the host’s network namespace: it sees every host interface, can bind any host port and reach services that listen only on the host’s localhost.",
  kernelSharing: false,
});
