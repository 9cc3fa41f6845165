import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-ssh-port',
    aliases: ['ssh-port'],
    category: 'isolation',
    severity: 'warning',
    title: 'Container exposes port 22 (SSH)',
    why: 'An SSH server in a container is a second way in that bypasses Kubernetes\' access control and audit log, and usually comes with long-lived keys or passwords. Containers are meant to be replaced, not logged into.',
    howToFix: 'Remove the SSH server and the port; use `kubectl exec` or `kubectl debug` for interactive access. If port 22 is not SSH, consider another port number to avoid confusion.',
    examples: { bad: 'ports:\n  - containerPort: 22', good: 'ports:\n  - containerPort: 8080' },
    messages: {
      ...englishLabelledMessages('sshPort', (l) => `${l} exposes port 22, usually an SSH server: a way in that bypasses Kubernetes' access control and audit log.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      for (const p of c.ports) {
        if (p.containerPort !== 22 || p.protocol !== 'TCP') continue;
        ctx.report({
          range: p.containerPortRange ?? p.range,
          ...labelledReport('sshPort', w, c),
        });
      }
    }
  },
});
