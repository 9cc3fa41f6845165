import { defineDockerfileRule } from '../context';
import { parsePip, pipUnpinnedPackages } from '../package-commands';

export default defineDockerfileRule({
  meta: {
    id: 'pip-unpinned',
    aliases: ['DL3013'],
    category: 'supply-chain',
    severity: 'warning',
    title: 'pip install without a version pin',
    why: '`pip install requests` takes the newest release on PyPI at build time. Rebuilding the same Dockerfile later can pull a new major version with breaking changes, or a compromised release, and the Dockerfile gives no hint which version an image holds.',
    howToFix: 'Pin the version (`pip install requests==2.31.0`), or better, install from a locked requirements file (`pip install -r requirements.txt`, ideally with hashes via `--require-hashes`).',
    examples: { bad: 'RUN pip install --no-cache-dir requests', good: 'RUN pip install --no-cache-dir requests==2.31.0' },
  },
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const cmd = parsePip(command);
        if (!cmd) continue;
        for (const pkg of pipUnpinnedPackages(cmd)) {
          ctx.report({ range: ctx.range(pkg.start, pkg.end), message: `Pin the version of '${pkg.value}' (pip install ${pkg.value}==<version>).` });
        }
      }
    }
  },
});
