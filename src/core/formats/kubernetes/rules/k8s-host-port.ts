import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-host-port',
    aliases: [],
    category: 'isolation',
    severity: 'warning',
    title: 'Container binds a port on the node (hostPort)',
    why: 'A hostPort opens the port on the node\'s own address, outside the Service and NetworkPolicy model, and only one pod per node can hold it, which limits scheduling. The Pod Security Standards baseline forbids host ports.',
    howToFix: 'Remove `hostPort` and expose the container through a Service (ClusterIP, NodePort or LoadBalancer). Keep `containerPort` for documentation.',
    examples: { bad: 'ports:\n  - containerPort: 8080\n    hostPort: 8080', good: 'ports:\n  - containerPort: 8080' },
    relatesToIsolation: true,
    messages: {
      ...englishLabelledMessages('hostPort', (l) => `${l} binds host port {port}/{protocol} on the node's address, outside Services and NetworkPolicies.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      for (const p of c.ports) {
        if (!p.hostPort) continue;
        ctx.reportKernelSharing(w, {
          range: p.hostPortRange ?? p.range,
          ...labelledReport('hostPort', w, c, { port: p.hostPort, protocol: p.protocol }),
        });
      }
    }
  },
});
