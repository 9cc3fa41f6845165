import { defineDockerfileRule } from '../context';
import { dnfCacheFillingWord, installWithoutCleanup, mountsCacheOver, parseRpmCommand, removesDirectory } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
    id: 'dnf-cache-not-cleaned',
    aliases: ['DL3040'],
    category: 'efficiency',
    severity: 'warning',
    title: 'dnf install or upgrade without dnf clean all in the same RUN',
    why: 'dnf and microdnf keep repository metadata and downloaded packages under /var/cache. If the RUN that installs, upgrades or reinstalls does not remove them, they are frozen into the layer: a larger image to pull and store, with nothing gained at run time.',
    howToFix: 'Finish the installing RUN with `&& dnf clean all` (`microdnf clean all` for microdnf), or `rm -rf /var/cache/dnf`. With BuildKit, a cache or tmpfs mount over the cache directory (`RUN --mount=type=cache,target=/var/cache/dnf …`; dnf5 uses `/var/cache/libdnf5`) keeps it out of the image as well.',
    examples: { bad: 'RUN dnf install -y nginx-1.24.0', good: 'RUN dnf install -y nginx-1.24.0 && dnf clean all' },
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || mountsCacheOver(info.instruction, ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'])) continue;
      let program = 'dnf';
      const install = installWithoutCleanup(
        script.commands,
        (c) => {
          const cmd = parseRpmCommand(c);
          if (!cmd) return undefined;
          const word = dnfCacheFillingWord(cmd);
          if (word) program = cmd.program;
          return word;
        },
        (c) => {
          const cmd = parseRpmCommand(c);
          if (cmd && cmd.family !== 'zypper' && cmd.subcommand?.value === 'clean' && cmd.operands.some((o) => o.value === 'all')) return true;
          return removesDirectory(c, ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5']);
        },
      );
      if (install) {
        const clean = program === 'microdnf' ? 'microdnf clean all' : `${program} clean all`;
        ctx.report({ range: ctx.range(install.start, install.end), message: `'${program} ${install.value}' leaves its package cache in the layer; add '${clean}' at the end of this RUN.` });
      }
    }
  },
});
