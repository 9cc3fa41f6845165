import { defineUnpinnedRule, PINNING_POLICY_NOTE, versionless } from '../package-manager-kit';
import { parsePip, pipUnpinnedPackages } from '../package-commands';

export default defineUnpinnedRule(
  {
    id: 'pip-unpinned',
    aliases: ['DL3013'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'pip install without a version pin',
    why: '`pip install requests` takes the newest release on PyPI at build time. Rebuilding the same Dockerfile later can pull a new major version with breaking changes, or a compromised release, and the Dockerfile gives no hint which version an image holds.' + PINNING_POLICY_NOTE,
    howToFix: 'Pin the version (`pip install requests==2.31.0`), or better, install from a locked requirements file (`pip install -r requirements.txt`, ideally with hashes via `--require-hashes`).',
    examples: { bad: 'RUN pip install --no-cache-dir requests', good: 'RUN pip install --no-cache-dir requests==2.31.0' },
  },
  (command) => {
    const cmd = parsePip(command);
    if (!cmd) return undefined;
    return { programWord: cmd.programWord, label: 'pip install', packages: versionless(pipUnpinnedPackages(cmd), '==') };
  },
);
