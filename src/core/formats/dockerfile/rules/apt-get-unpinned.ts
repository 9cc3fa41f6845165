import { defineUnpinnedRule, PINNING_POLICY_NOTE, versionless } from '../package-manager-kit';
import { aptUnpinnedPackages, parseApt } from '../package-commands';

export default defineUnpinnedRule(
  {
    id: 'apt-get-unpinned',
    aliases: ['DL3008'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'apt-get install without a version pin',
    why: 'Without a version, apt installs whatever the mirror serves on the day of the build, so two builds of the same Dockerfile can contain different packages. Pinning has a cost on Debian and Ubuntu: the archives drop superseded versions, and a pinned build fails once that happens, so teams that rebuild from a pinned base image often switch this check off (`DL3008: off`).' + PINNING_POLICY_NOTE,
    howToFix: 'Pin with `name=version` (`apt-get install -y curl=7.88.1-10+deb12u5`) and let a bot update the pins, or pin the base image by digest and rely on a snapshot mirror (snapshot.debian.org) for reproducibility.',
    examples: { bad: 'RUN apt-get install -y curl', good: 'RUN apt-get install -y curl=7.88.1-10+deb12u5' },
  },
  (command) => {
    const cmd = parseApt(command);
    if (!cmd) return undefined;
    return { programWord: cmd.programWord, label: `${cmd.program} install`, packages: versionless(aptUnpinnedPackages(cmd), '=') };
  },
);
