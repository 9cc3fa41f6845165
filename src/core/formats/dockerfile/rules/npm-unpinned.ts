import { defineUnpinnedRule, PINNING_POLICY_NOTE } from '../package-manager-kit';
import { npmUnpinnedPackages, parseNpm } from '../package-commands';

export default defineUnpinnedRule(
  {
    id: 'npm-unpinned',
    aliases: ['DL3016'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'npm install of a package without a version',
    why: '`npm install <pkg>` without a version resolves to the `latest` tag at build time: the image changes whenever the publisher releases, including breaking majors and, in the worst case, a hijacked release. Installing from the lockfile (`npm ci`) is not affected.' + PINNING_POLICY_NOTE,
    howToFix: 'Add a version (`npm install -g typescript@5.4.5`), or put the dependency in package.json and install from the lockfile with `npm ci`.',
    examples: { bad: 'RUN npm install -g typescript', good: 'RUN npm install -g typescript@5.4.5' },
  },
  (command) => {
    const cmd = parseNpm(command);
    if (!cmd) return undefined;
    const packages = npmUnpinnedPackages(cmd).map((word) => {
      const name = word.value.replace(/@(latest|next|\*)?$/, '');
      const tag = word.value.slice(name.length + 1);
      return { word, name, pinned: `${name}@<version>`, reason: tag ? { moving: tag } : undefined };
    });
    return { programWord: cmd.programWord, label: `npm ${cmd.subcommand?.value ?? 'install'}`, packages };
  },
);
