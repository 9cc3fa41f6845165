import { defineUnpinnedRule, PINNING_POLICY_NOTE, rpmUnpinned } from '../package-manager-kit';
import { parseRpmCommand } from '../rpm-family-commands';

export default defineUnpinnedRule(
  {
    id: 'zypper-unpinned',
    aliases: ['DL3037'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'zypper install without a package version',
    why: 'zypper resolves an unversioned package to the newest one available when the image is built. The image then changes whenever the repository does, and rebuilds are not reproducible.' + PINNING_POLICY_NOTE,
    howToFix: 'Give a version or a range: `zypper -n install curl=8.6.0` or `\'curl>=8.6\'` (quote comparison operators so the shell leaves them alone).',
    examples: { bad: 'RUN zypper -n install curl', good: 'RUN zypper -n install curl=8.6.0' },
  },
  (command) => {
    const cmd = parseRpmCommand(command);
    if (cmd?.family !== 'zypper') return undefined;
    return rpmUnpinned(cmd);
  },
);
