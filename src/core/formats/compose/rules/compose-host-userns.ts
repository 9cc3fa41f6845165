import { hostNamespaceRule } from '../rule-helpers';

export default hostNamespaceRule({
  id: 'compose-host-userns',
  aliases: [],
  severity: 'warning',
  title: 'Compose service opts out of user-namespace remapping',
  why: 'When the Docker daemon runs with user-namespace remapping, root in a container is an unprivileged user on the host. `userns_mode: host` opts this service out: its root is the host’s real root, so any escape through the shared kernel lands with full privileges.',
  howToFix: 'Remove `userns_mode: host`. If the service needs it for host file ownership, prefer running it as a matching non-root `user:` instead.',
  examples: { bad: 'userns_mode: host', good: 'user: "1000:1000"' },
  key: 'usernsMode',
  messageId: 'hostUserns',
  message: "Service '{service}' shares the host’s user namespace: uid 0 in it is uid 0 on the host, even when the daemon remaps users for other containers.",
  kernelSharing: true,
});
