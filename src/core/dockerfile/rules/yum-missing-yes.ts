import { defineDockerfileRule } from '../context';
import { hasOption, installWord, parseRpmCommand } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
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
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseRpmCommand(command);
        if (cmd?.family !== 'yum') continue;
        const install = installWord(cmd);
        if (!install || hasOption(cmd, 'y', 'assumeyes')) continue;
        ctx.report({
          range: ctx.range(install.start, install.end),
          message: `'yum ${install.value}' has no -y and fails at the confirmation prompt; use 'yum ${install.value} -y'.`,
          fix: { title: `Add -y after '${install.value}'`, edits: [{ range: ctx.range(install.end, install.end), newText: ' -y' }] },
        });
      }
    }
  },
});
