import { defineDockerfileRule } from '../context';
import { aptUnpinnedPackages, parseApt } from '../package-commands';

export default defineDockerfileRule({
  meta: {
    id: 'apt-get-unpinned',
    aliases: ['DL3008'],
    category: 'supply-chain',
    severity: 'info',
    title: 'apt-get install without a version pin',
    why: 'Without a version, apt installs whatever the mirror serves on the day of the build, so two builds of the same Dockerfile can contain different packages. Pinning has a real cost on Debian and Ubuntu, though: the archives drop superseded versions, and a pinned build starts failing when that happens. That is why this check is off by default.',
    howToFix: 'Pin with `name=version` (`apt-get install -y curl=7.88.1-10+deb12u5`) and let a bot update the pins, or pin the base image by digest and rely on a snapshot mirror (snapshot.debian.org) for reproducibility.',
    examples: { bad: 'RUN apt-get install -y curl', good: 'RUN apt-get install -y curl=7.88.1-10+deb12u5' },
    defaultOff: true,
  },
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseApt(command);
        if (!cmd) continue;
        for (const pkg of aptUnpinnedPackages(cmd)) {
          ctx.report({
            range: ctx.range(pkg.start, pkg.end),
            message: `Pin the version of '${pkg.value}' (${cmd.program} install ${pkg.value}=<version>).`,
          });
        }
      }
    }
  },
});
