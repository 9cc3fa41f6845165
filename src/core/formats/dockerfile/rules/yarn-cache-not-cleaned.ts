import { defineDockerfileRule } from '../context';
import { shipsLayers, SHIPPING_STAGES_NOTE } from '../model';
import { cacheMountTargets, installWithoutCleanup } from '../rpm-family-commands';
import { effectiveArgv, programOf } from '../../../base/shell/split-commands';

export default defineDockerfileRule({
  meta: {
    id: 'yarn-cache-not-cleaned',
    aliases: ['DL3060'],
    category: 'efficiency',
    severity: 'info',
    title: 'yarn install without yarn cache clean in the same RUN',
    why: 'yarn keeps a global cache of every package tarball it fetched. After `yarn install` in an image build, that cache is committed into the layer next to node_modules and roughly doubles the space the dependencies take.' + SHIPPING_STAGES_NOTE,
    howToFix: 'End the RUN with `&& yarn cache clean`, or use a BuildKit cache mount for the yarn cache directory so it never lands in the image.',
    examples: { bad: 'RUN yarn install --frozen-lockfile', good: 'RUN yarn install --frozen-lockfile && yarn cache clean' },
    messages: { cacheKept: "'yarn install' leaves the yarn cache in the layer; add 'yarn cache clean' at the end of this RUN." },
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || !shipsLayers(info) || cacheMountTargets(info.instruction).some((t) => t.includes('yarn'))) continue;
      const install = installWithoutCleanup(
        script.commands,
        (c) => (programOf(c) === 'yarn' ? effectiveArgv(c).find((w, k) => k > 0 && w.value === 'install') : undefined),
        (c) => {
          const argv = effectiveArgv(c).map((w) => w.value);
          return programOf(c) === 'yarn' && argv.includes('cache') && argv.includes('clean');
        },
      );
      if (install) ctx.report({ range: ctx.range(install.start, install.end), messageId: 'cacheKept' });
    }
  },
});
