import { defineMissingYesRule } from '../package-manager-kit';
import { aptAssumesYes, aptInstallWord, parseApt } from '../package-commands';

export default defineMissingYesRule(
  {
    id: 'apt-get-missing-yes',
    aliases: ['DL3014'],
    category: 'reliability',
    severity: 'warning',
    title: 'apt-get install without -y',
    why: 'When apt-get needs to pull in more packages than you listed, it stops and asks "Do you want to continue?". A build has no terminal to answer, so apt-get reads end-of-input, aborts, and the RUN fails — sometimes only after a base image update changed the dependencies.',
    howToFix: 'Pass `-y` (or `--yes`, `--assume-yes`, `-qq`): `apt-get install -y curl=8.5.0-2`.',
    examples: { bad: 'RUN apt-get update && apt-get install curl', good: 'RUN apt-get update && apt-get install -y curl' },
    fixable: true,
  },
  (command) => {
    const cmd = parseApt(command);
    const install = aptInstallWord(cmd);
    if (!cmd || !install || aptAssumesYes(cmd)) return undefined;
    const label = `${cmd.program} install`;
    return { at: install, label, flag: '-y', insertAfter: install, suggestion: `${label} -y` };
  },
);
