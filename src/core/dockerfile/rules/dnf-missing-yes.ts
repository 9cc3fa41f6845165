import { defineDockerfileRule } from '../context';
import { hasOption, installWord, parseRpmCommand } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
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
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseRpmCommand(command);
        if (cmd?.family !== 'dnf') continue;
        const install = installWord(cmd);
        if (!install || hasOption(cmd, 'y', 'assumeyes')) continue;
        ctx.report({
          range: ctx.range(install.start, install.end),
          message: `'${cmd.program} ${install.value}' runs without -y and may stop at a confirmation prompt.`,
          fix: { title: `Add -y after '${install.value}'`, edits: [{ range: ctx.range(install.end, install.end), newText: ' -y' }] },
        });
      }
    }
  },
});
