import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { englishLabelledMessages, labelledReport, workloadReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-host-process',
    aliases: ['hostProcess'],
    category: 'isolation',
    severity: 'error',
    title: 'Windows HostProcess container',
    why: 'A Windows HostProcess container (`securityContext.windowsOptions.hostProcess: true`) is not isolated at all: it runs as a process on the node, in the host\'s network namespace, with the file system and the rights of the node account it is given. It is meant for node agents; for an application it is the Windows equivalent of a privileged container on the host network. The Pod Security Standards baseline forbids it.',
    howToFix: 'Remove `hostProcess: true` unless the workload is a node-management agent that needs it; run such agents in their own namespace with restricted RBAC.',
    examples: { bad: 'securityContext:\n  windowsOptions:\n    hostProcess: true', good: 'securityContext:\n  windowsOptions:\n    runAsUserName: ContainerUser' },
    relatesToIsolation: true,
    messages: {
      ...englishLabelledMessages('hostProcess', (l) => `${l} is a Windows HostProcess container: it runs as a process on the node, without isolation.`),
      ...workloadLabelledMessages('podHostProcess', (l) => `${l} runs every container as a Windows HostProcess container: they run as processes on the node, without isolation.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const hp = c.securityContext.hostProcess;
      if (!hp?.value) continue;
      // pod-level settings are reported once, on the first container
      if (hp.source === 'pod' && c !== w.containers[0]) continue;
      ctx.report({
        range: hp.range,
        ...(hp.source === 'pod' ? workloadReport('podHostProcess', w) : labelledReport('hostProcess', w, c)),
      });
    }
  },
});
