import { defineUnpinnedRule, PINNING_POLICY_NOTE, rpmUnpinned } from '../package-manager-kit';
import { parseRpmCommand } from '../rpm-family-commands';

export default defineUnpinnedRule(
  {
    id: 'yum-unpinned',
    aliases: ['DL3033'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'yum install without a package version',
    why: 'Without a version, yum installs whatever the repository offers on the day of the build. Two builds of the same commit can ship different package versions, and a bad upstream release reaches your image unnoticed.' + PINNING_POLICY_NOTE,
    howToFix: 'Name the version: `yum install -y httpd-2.4.57` (name-version[-release]). For `yum module install`, name the stream: `nodejs:18`.',
    examples: { bad: 'RUN yum install -y httpd && yum clean all', good: 'RUN yum install -y httpd-2.4.57 && yum clean all' },
  },
  (command) => {
    const cmd = parseRpmCommand(command);
    if (cmd?.family !== 'yum') return undefined;
    return rpmUnpinned(cmd);
  },
);
