import { defineDockerfileRule } from '../context';
import { isModuleInstall, parseRpmCommand, unpinnedPackages } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
    id: 'yum-unpinned',
    aliases: ['DL3033'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'yum install without a package version',
    why: 'Without a version, yum installs whatever the repository offers on the day of the build. Two builds of the same commit can ship different package versions, and a bad upstream release reaches your image unnoticed.',
    howToFix: 'Name the version: `yum install -y httpd-2.4.57` (name-version[-release]). For `yum module install`, name the stream: `nodejs:18`.',
    examples: { bad: 'RUN yum install -y httpd && yum clean all', good: 'RUN yum install -y httpd-2.4.57 && yum clean all' },
  },
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseRpmCommand(command);
        if (cmd?.family !== 'yum') continue;
        const module = isModuleInstall(cmd);
        for (const word of unpinnedPackages(cmd)) {
          ctx.report({
            range: ctx.range(word.start, word.end),
            message: module ? `Module '${word.value}' has no stream; use '${word.value}:<stream>'.` : `Package '${word.value}' has no version; use '${word.value}-<version>'.`,
          });
        }
      }
    }
  },
});
