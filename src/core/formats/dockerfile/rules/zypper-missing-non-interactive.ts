import { defineMissingYesRule } from '../package-manager-kit';
import { hasOption, parseRpmCommand } from '../rpm-family-commands';

const PROMPTING = new Set(['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up']);

export default defineMissingYesRule(
  {
    id: 'zypper-missing-non-interactive',
    aliases: ['DL3034'],
    category: 'reliability',
    severity: 'warning',
    title: 'zypper command without -n (non-interactive)',
    why: 'zypper asks for confirmation before it changes packages. A build has no one to answer, so the command either fails or hangs waiting for input.',
    howToFix: 'Put the global `-n` (`--non-interactive`) right after `zypper`: `zypper -n install …`. The subcommand option `-y` (`--no-confirm`) works too.',
    examples: { bad: 'RUN zypper install curl=8.6.0', good: 'RUN zypper -n install curl=8.6.0' },
    fixable: true,
  },
  (command) => {
    const cmd = parseRpmCommand(command);
    const sub = cmd?.family === 'zypper' ? cmd.subcommand : undefined;
    if (!cmd || !sub || !PROMPTING.has(sub.value)) return undefined;
    // `--non-interactive` after the subcommand is accepted too (when in doubt, stay silent); `-n` there is `--name`
    if (cmd.globalOptions.includes('n') || cmd.globalOptions.includes('non-interactive') || hasOption(cmd, 'non-interactive', 'y', 'no-confirm')) return undefined;
    return { at: sub, label: `zypper ${sub.value}`, flag: '-n', insertAfter: cmd.programWord, suggestion: `zypper -n ${sub.value}` };
  },
);
