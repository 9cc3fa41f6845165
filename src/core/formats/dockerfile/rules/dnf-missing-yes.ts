import { defineMissingYesRule } from '../package-manager-kit';
import { hasOption, installWord, parseRpmCommand } from '../rpm-family-commands';

export default defineMissingYesRule(
  {
    id: 'dnf-missing-yes',
    aliases: ['DL3038'],
    category: 'reliability',
    severity: 'warning',
    title: 'dnf install without -y',
    why: 'dnf asks for confirmation before installing. In a build nobody can answer, so the transaction is aborted and the build fails, or it behaves differently from what you tested interactively.',
    howToFix: 'Pass `-y` (`--assumeyes`): `dnf install -y nginx-1.24.0`.',
    examples: { bad: 'RUN dnf install nginx-1.24.0', good: 'RUN dnf install -y nginx-1.24.0' },
    fixable: true,
  },
  (command) => {
    const cmd = parseRpmCommand(command);
    const install = cmd?.family === 'dnf' ? installWord(cmd) : undefined;
    if (!cmd || !install || hasOption(cmd, 'y', 'assumeyes')) return undefined;
    const label = `${cmd.program} ${install.value}`;
    return { at: install, label, flag: '-y', insertAfter: install, suggestion: `${label} -y` };
  },
);
