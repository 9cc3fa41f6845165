import { defineDockerfileRule } from '../context';
import { hasOption, parseRpmCommand } from '../rpm-family-commands';

const PROMPTING = new Set(['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up']);

export default defineDockerfileRule({
  meta: {
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
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseRpmCommand(command);
        const sub = cmd?.family === 'zypper' ? cmd.subcommand : undefined;
        if (!cmd || !sub || !PROMPTING.has(sub.value)) continue;
        // `--non-interactive` after the subcommand is accepted too (when in doubt, stay silent); `-n` there is `--name`
        if (cmd.globalOptions.includes('n') || hasOption(cmd, 'non-interactive', 'y', 'no-confirm')) continue;
        const at = ctx.range(cmd.programWord.end, cmd.programWord.end);
        ctx.report({
          range: ctx.range(sub.start, sub.end),
          message: `'zypper ${sub.value}' may wait for confirmation; run it as 'zypper -n ${sub.value}'.`,
          fix: { title: "Add -n after 'zypper'", edits: [{ range: at, newText: ' -n' }] },
        });
      }
    }
  },
});
