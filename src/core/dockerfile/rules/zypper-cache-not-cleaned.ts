import { defineDockerfileRule } from '../context';
import { installWithoutCleanup, installWord, mountsCacheOver, parseRpmCommand, removesDirectory } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
    id: 'zypper-cache-not-cleaned',
    aliases: ['DL3036'],
    category: 'efficiency',
    severity: 'warning',
    title: 'zypper install without zypper clean in the same RUN',
    why: 'zypper stores repository metadata and packages under /var/cache/zypp. When the installing RUN does not clear it, that cache becomes part of the layer and every pull of the image carries it.',
    howToFix: 'Add `&& zypper clean --all` (or `zypper cc -a`) at the end of the RUN that installs, or remove /var/cache/zypp there. A BuildKit cache mount on /var/cache/zypp also keeps it out of the image.',
    examples: { bad: 'RUN zypper -n install curl=8.6.0', good: 'RUN zypper -n install curl=8.6.0 && zypper clean --all' },
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || mountsCacheOver(info.instruction, ['/var/cache/zypp'])) continue;
      const install = installWithoutCleanup(
        script.commands,
        (c) => {
          const cmd = parseRpmCommand(c);
          return cmd?.family === 'zypper' ? installWord(cmd) : undefined;
        },
        (c) => {
          const cmd = parseRpmCommand(c);
          if (cmd?.family === 'zypper' && (cmd.subcommand?.value === 'clean' || cmd.subcommand?.value === 'cc')) return true;
          return removesDirectory(c, ['/var/cache/zypp', '/var/cache/zypp/packages']);
        },
      );
      if (install) ctx.report({ range: ctx.range(install.start, install.end), message: `'zypper ${install.value}' leaves its package cache in the layer; add 'zypper clean --all' at the end of this RUN.` });
    }
  },
});
