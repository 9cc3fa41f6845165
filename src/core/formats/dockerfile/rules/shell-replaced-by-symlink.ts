import { defineDockerfileRule } from '../context';
import type { Stage } from '../model';
import { stageImageFacts } from '../stage-base';
import { effectiveArgv, programOf } from '../../../base/shell/split-commands';

/**
 * Bases with no /bin/sh of their own (distroless, including its :debug tags whose shell is /busybox/sh, and scratch):
 * a link there creates /bin/sh for scripts that call it by path; it replaces nothing.
 */
function baseHasNoBinSh(stage: Stage | undefined): boolean {
  const sizeClass = stage && stageImageFacts(stage)?.sizeClass;
  return sizeClass === 'distroless' || sizeClass === 'scratch';
}

export default defineDockerfileRule({
  meta: {
    id: 'shell-replaced-by-symlink',
    aliases: ['DL4005'],
    category: 'correctness',
    severity: 'warning',
    title: 'Default shell changed by symlinking /bin/sh',
    why: 'Pointing /bin/sh at another shell with `ln` changes the shell for everything in the image, including system scripts that expect the original one, and the Dockerfile no longer says which shell its RUN lines use.',
    howToFix: 'Use the SHELL instruction to choose the shell for later RUN lines: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
    examples: { bad: 'RUN ln -sf /bin/bash /bin/sh', good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]' },
    messages: { replacesSh: "'ln' replaces /bin/sh; use a SHELL instruction to change the default shell instead." },
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || baseHasNoBinSh(info.stage)) continue;
      for (const command of script.commands) {
        if (programOf(command) !== 'ln') continue;
        const target = effectiveArgv(command).slice(1).find((w) => w.value === '/bin/sh');
        if (target) ctx.report({ range: ctx.range(target.start, target.end), messageId: 'replacesSh' });
      }
    }
  },
});
