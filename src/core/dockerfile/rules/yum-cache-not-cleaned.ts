import { defineDockerfileRule } from '../context';
import { installWithoutCleanup, installWord, mountsCacheOver, parseRpmCommand, removesDirectory } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
    id: 'yum-cache-not-cleaned',
    aliases: ['DL3032'],
    category: 'efficiency',
    severity: 'warning',
    title: 'yum install without yum clean all in the same RUN',
    why: 'yum keeps downloaded packages and repository metadata under /var/cache/yum. Unless the same RUN removes them, they are committed into the layer and ship with every copy of the image, often tens of megabytes that nothing uses at run time.',
    howToFix: 'End the RUN that installs with `&& yum clean all` (or `rm -rf /var/cache/yum`). With BuildKit you can instead mount a cache: `RUN --mount=type=cache,target=/var/cache/yum yum install -y …`.',
    examples: { bad: 'RUN yum install -y httpd-2.4.57', good: 'RUN yum install -y httpd-2.4.57 && yum clean all' },
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || mountsCacheOver(info.instruction, ['/var/cache/yum'])) continue;
      const install = installWithoutCleanup(
        script.commands,
        (c) => {
          const cmd = parseRpmCommand(c);
          return cmd?.family === 'yum' ? installWord(cmd) : undefined;
        },
        (c) => {
          const cmd = parseRpmCommand(c);
          if (cmd && cmd.family !== 'zypper' && cmd.subcommand?.value === 'clean' && cmd.operands.some((o) => o.value === 'all')) return true;
          return removesDirectory(c, ['/var/cache/yum']);
        },
      );
      if (install) ctx.report({ range: ctx.range(install.start, install.end), message: `'yum ${install.value}' leaves its package cache in the layer; add 'yum clean all' at the end of this RUN.` });
    }
  },
});
