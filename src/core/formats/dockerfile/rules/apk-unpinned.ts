import { defineUnpinnedRule, PINNING_POLICY_NOTE, versionless } from '../package-manager-kit';
import { apkUnpinnedPackages, parseApk } from '../package-commands';

export default defineUnpinnedRule(
  {
    id: 'apk-unpinned',
    aliases: ['DL3018'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'apk add without a version pin',
    why: 'An unpinned `apk add` installs whatever version the Alpine mirror has at build time. A rebuild of the same commit can bring a new major version of a library or tool, and you cannot tell from the Dockerfile which one an image contains.' + PINNING_POLICY_NOTE,
    howToFix: 'Pin each package: `apk add --no-cache curl=8.5.0-r0`, or allow patch updates only with `curl~8.5`. Pin the base image too, since the available versions depend on the Alpine release.',
    examples: { bad: 'RUN apk add --no-cache curl', good: 'RUN apk add --no-cache curl=8.5.0-r0' },
  },
  (command) => {
    const cmd = parseApk(command);
    if (!cmd) return undefined;
    return { programWord: cmd.programWord, label: 'apk add', packages: versionless(apkUnpinnedPackages(cmd), '=') };
  },
);
