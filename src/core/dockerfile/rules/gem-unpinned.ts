import { defineDockerfileRule } from '../context';
import { gemUnpinnedPackages, parseGem } from '../package-commands';

export default defineDockerfileRule({
  meta: {
    id: 'gem-unpinned',
    aliases: ['DL3028'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'gem install without a version',
    why: '`gem install rails` installs the newest release at build time, so the image silently changes with every upstream release, breaking changes and compromised versions included.',
    howToFix: 'Give a version: `gem install rails:7.1.3` or `gem install rails -v 7.1.3`, or manage gems with a Gemfile.lock and `bundle install`.',
    examples: { bad: 'RUN gem install bundler', good: 'RUN gem install bundler:2.5.6' },
  },
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseGem(command);
        if (!cmd) continue;
        for (const pkg of gemUnpinnedPackages(cmd)) {
          ctx.report({ range: ctx.range(pkg.start, pkg.end), message: `Pin the version of '${pkg.value}' (gem install ${pkg.value}:<version>).` });
        }
      }
    }
  },
});
