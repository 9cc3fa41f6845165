import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-privileged-container',
    aliases: ['privileged-container'],
    category: 'isolation',
    severity: 'error',
    title: 'Container runs privileged',
    why: 'A privileged container gets every capability, sees all host devices and runs without the seccomp, AppArmor and SELinux confinement the runtime normally applies. Since it shares the host kernel, root inside it is effectively root on the node: loading kernel modules or mounting the host disk is one command away. It violates the Pod Security Standards baseline.',
    howToFix: 'Remove `privileged: true` and add only the specific capabilities the workload needs (e.g. `NET_ADMIN`), or move the privileged task to a node-level agent. If it really needs a kernel of its own, run it in a VM or under a sandboxed runtime (gVisor, Kata) via `runtimeClassName`. No automatic fix: only you know why it is privileged.',
    examples: { bad: 'securityContext:\n  privileged: true', good: 'securityContext:\n  capabilities:\n    add: [NET_ADMIN]\n    drop: [ALL]' },
    relatesToIsolation: true,
    messages: {
      ...englishLabelledMessages('privileged', (l) => `${l} is privileged: it has every capability and the host's devices, so escaping to the node is trivial. The hardening fix does not remove this (your intent is unknown); drop it and add only the capabilities you need.`),
      ...englishLabelledMessages('privilegedInSandbox', (l) => `${l} is privileged: in its sandbox that means every capability and the devices the sandbox gives it, no longer the node's; reaching the node takes a hole in the sandbox itself. Drop it if the workload does not need it.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const p = c.securityContext.privileged;
      if (!p?.value) continue;
      ctx.reportKernelSharing(w, { range: p.range, ...labelledReport('privileged', w, c) }, labelledReport('privilegedInSandbox', w, c));
    }
  },
});
