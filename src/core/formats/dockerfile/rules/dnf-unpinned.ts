import { defineUnpinnedRule, PINNING_POLICY_NOTE, rpmUnpinned } from '../package-manager-kit';
import { parseRpmCommand } from '../rpm-family-commands';

export default defineUnpinnedRule(
  {
    id: 'dnf-unpinned',
    aliases: ['DL3041'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'dnf install without a package version',
    why: 'An unversioned `dnf install` (or `microdnf install`) takes the newest package in the repositories at build time, so rebuilding the same Dockerfile can silently produce a different image.' + PINNING_POLICY_NOTE,
    howToFix: 'Pin each package: `dnf install -y nginx-1.24.0` or `nginx-1:1.24.0-1.el9`. For `dnf module install`, name the stream (`nodejs:20`).',
    examples: { bad: 'RUN dnf install -y nginx && dnf clean all', good: 'RUN dnf install -y nginx-1.24.0 && dnf clean all' },
  },
  (command) => {
    const cmd = parseRpmCommand(command);
    if (cmd?.family !== 'dnf') return undefined;
    return rpmUnpinned(cmd);
  },
);
