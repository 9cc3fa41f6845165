import { defineDockerfileRule } from '../context';
import { npmUnpinnedPackages, parseNpm } from '../package-commands';

export default defineDockerfileRule({
  meta: {
    id: 'npm-unpinned',
    aliases: ['DL3016'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'npm install of a package without a version',
    why: '`npm install <pkg>` without a version resolves to the `latest` tag at build time: the image changes whenever the publisher releases, including breaking majors and, in the worst case, a hijacked release. Installing from the lockfile (`npm ci`) is not affected.',
    howToFix: 'Add a version (`npm install -g typescript@5.4.5`), or put the dependency in package.json and install from the lockfile with `npm ci`.',
    examples: { bad: 'RUN npm install -g typescript', good: 'RUN npm install -g typescript@5.4.5' },
  },
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parseNpm(command);
        if (!cmd) continue;
        for (const pkg of npmUnpinnedPackages(cmd)) {
          const name = pkg.value.replace(/@(latest|next|\*)?$/, '');
          ctx.report({ range: ctx.range(pkg.start, pkg.end), message: `Pin the version of '${name}' (npm install ${name}@<version>).` });
        }
      }
    }
  },
});
