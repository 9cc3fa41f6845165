import { defineDockerfileRule } from '../context';
import { isModuleInstall, parseRpmCommand, unpinnedPackages } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
    id: 'dnf-unpinned',
    aliases: ['DL3041'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'dnf install without a package version',
    why: 'An unversioned `dnf install` (or `microdnf install`) takes the newest package in the repositories at build time, so rebuilding the same Dockerfile can silently produce a different image.',
    howToFix: 'Pin each package: `dnf install -y nginx-1.24.0` or `nginx-1:1.24.0-1.el9`. For `dnf module install`, name the stream (`nodejs:20`).',
    examples: { bad: 'RUN dnf install -y nginx && dnf clean all', good: 'RUN dnf install -y nginx-1.24.0 && dnf clean all' },
  },
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseRpmCommand(command);
        if (cmd?.family !== 'dnf') continue;
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
