import { defineMissingYesRule } from '../package-manager-kit';
import { hasOption, installWord, parseRpmCommand } from '../rpm-family-commands';

export default defineMissingYesRule(
  {
    id: 'yum-missing-yes',
    aliases: ['DL3030'],
    category: 'reliability',
    severity: 'warning',
    title: 'yum install without -y',
    why: 'yum shows the transaction and waits for "Is this ok [y/N]". During a build nothing answers, yum takes the default "no", and the RUN fails.',
    howToFix: 'Pass `-y` (`--assumeyes`): `yum install -y httpd-2.4.6`.',
    examples: { bad: 'RUN yum install httpd-2.4.6', good: 'RUN yum install -y httpd-2.4.6' },
    fixable: true,
  },
  (command) => {
    const cmd = parseRpmCommand(command);
    const install = cmd?.family === 'yum' ? installWord(cmd) : undefined;
    if (!cmd || !install || hasOption(cmd, 'y', 'assumeyes')) return undefined;
    const label = `${cmd.program} ${install.value}`;
    return { at: install, label, flag: '-y', insertAfter: install, suggestion: `${label} -y` };
  },
);
