import { defineDockerfileRule } from '../context';
import { parseRpmCommand, unpinnedPackages } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
    id: 'zypper-unpinned',
    aliases: ['DL3037'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'zypper install without a package version',
    why: 'zypper resolves an unversioned package to the newest one available when the image is built. The image then changes whenever the repository does, and rebuilds are not reproducible.',
    howToFix: 'Give a version or a range: `zypper -n install curl=8.6.0` or `\'curl>=8.6\'` (quote comparison operators so the shell leaves them alone).',
    examples: { bad: 'RUN zypper -n install curl', good: 'RUN zypper -n install curl=8.6.0' },
  },
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseRpmCommand(command);
        if (cmd?.family !== 'zypper') continue;
        for (const word of unpinnedPackages(cmd)) {
          ctx.report({ range: ctx.range(word.start, word.end), message: `Package '${word.value}' has no version; use '${word.value}=<version>'.` });
        }
      }
    }
  },
});
