import { defineUnpinnedRule, PINNING_POLICY_NOTE, versionless } from '../package-manager-kit';
import { gemUnpinnedPackages, parseGem } from '../package-commands';

export default defineUnpinnedRule(
  {
    id: 'gem-unpinned',
    aliases: ['DL3028'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'gem install without a version',
    why: '`gem install rails` installs the newest release at build time, so the image silently changes with every upstream release, breaking changes and compromised versions included.' + PINNING_POLICY_NOTE,
    howToFix: 'Give a version: `gem install rails:7.1.3` or `gem install rails -v 7.1.3`, or manage gems with a Gemfile.lock and `bundle install`.',
    examples: { bad: 'RUN gem install bundler', good: 'RUN gem install bundler:2.5.6' },
  },
  (command) => {
    const cmd = parseGem(command);
    if (!cmd) return undefined;
    return { programWord: cmd.programWord, label: 'gem install', packages: versionless(gemUnpinnedPackages(cmd), ':') };
  },
);
