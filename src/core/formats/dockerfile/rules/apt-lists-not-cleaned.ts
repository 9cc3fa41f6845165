import { effectiveArgv, programOf, type ShellCommand, type ShellWord } from '../../../base/shell/split-commands';
import { defineDockerfileRule } from '../context';
import { shipsLayers, SHIPPING_STAGES_NOTE } from '../model';
import { hasCacheMount, removesDir } from '../layer-cleanup';
import { aptInstallWord, parseApt } from '../package-commands';

const LISTS = '/var/lib/apt/lists';

/** The subcommand word of `aptitude update` / `aptitude install` (aptitude fills the same lists as apt-get). */
function aptitudeAction(command: ShellCommand): ShellWord | undefined {
  if (programOf(command) !== 'aptitude') return undefined;
  const sub = effectiveArgv(command).find((w, k) => k > 0 && !w.value.startsWith('-'));
  return sub?.value === 'update' || sub?.value === 'install' ? sub : undefined;
}

export default defineDockerfileRule({
  meta: {
    id: 'apt-lists-not-cleaned',
    aliases: ['DL3009'],
    category: 'efficiency',
    severity: 'info',
    title: 'apt package lists left in the layer',
    why: '`apt-get update` downloads the package indexes of every configured repository into /var/lib/apt/lists, often 20–50 MB. Files deleted in a later RUN still exist in the earlier layer, so unless the RUN that updates also removes them, they ship in the image although nothing at run time needs them.' + SHIPPING_STAGES_NOTE,
    howToFix: 'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or with BuildKit keep the lists out of the image with a cache mount: `RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && …`.',
    examples: {
      bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    },
    messages: {
      listsStay: "The apt lists downloaded by '{updater} update' stay in this layer; end the RUN with 'rm -rf {lists}/*'.",
    },
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || !shipsLayers(info) || hasCacheMount(info.instruction, LISTS)) continue;
      // the lists appear with `apt-get update`; point at the install that follows it (or at `update` if none does)
      let update: ShellWord | undefined;
      let install: ShellWord | undefined;
      let updater: string | undefined;
      for (const command of script.commands) {
        const cmd = parseApt(command);
        const aptitude = cmd ? undefined : aptitudeAction(command);
        const sub = cmd?.subcommand?.value ?? aptitude?.value;
        if (sub === 'update' && (cmd || aptitude)) {
          updater ??= aptitude ? 'aptitude' : undefined;
          update ??= cmd?.subcommand ?? aptitude;
        }
        else if (aptitude && update) install ??= aptitude;
        else if (cmd && update) {
          install ??= aptInstallWord(cmd);
          if (sub === 'distclean' || sub === 'dist-clean') update = install = undefined;
        } else if (update && removesDir(command, LISTS)) update = install = undefined;
      }
      if (!update) continue;
      const at = install ?? update;
      ctx.report({
        range: ctx.range(at.start, at.end),
        messageId: 'listsStay',
        data: { updater: updater ?? 'apt-get', lists: LISTS },
      });
    }
  },
});
