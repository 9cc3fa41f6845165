import { defineDockerfileRule } from '../context';
import { type InstructionInfo, shipsLayers, SHIPPING_STAGES_NOTE, type Stage } from '../model';
import { aptInstallWord, aptSkipsRecommends, parseApt } from '../package-commands';
import { fixTitle } from '../../../base/l10n/fix-titles';

/** Line of the stage's first RUN that writes `APT::Install-Recommends "false"` into apt's configuration (Infinity: none). */
function configLineOf(stage: Stage, memo: Map<Stage, number>): number {
  let line = memo.get(stage);
  if (line !== undefined) return line;
  const pattern = /APT::Install-Recommends\s*[= ]\s*\\?["']?\\?["']?(false|0|no|off)\b/i;
  line = Infinity;
  for (const instruction of stage.instructions) {
    if (instruction.getKeyword().toUpperCase() === 'RUN' && pattern.test(instruction.getRawArgumentsContent() ?? '')) {
      line = instruction.getRange().start.line;
      break;
    }
  }
  memo.set(stage, line);
  return line;
}

/**
 * An earlier RUN of the stage (or its parents) writes `APT::Install-Recommends "false"` into apt's configuration.
 * Memoised per stage: scanning the stage again for every apt-get install was quadratic (fuzz suite).
 */
function recommendsDisabledByConfig(info: InstructionInfo, memo: Map<Stage, number>): boolean {
  const line = info.instruction.getRange().start.line;
  for (let s: Stage | undefined = info.stage, first = true; s; s = s.parent, first = false) {
    const at = configLineOf(s, memo);
    if (first ? at < line : at !== Infinity) return true;
  }
  return false;
}

export default defineDockerfileRule({
  meta: {
    id: 'apt-get-install-recommends',
    aliases: ['DL3015'],
    category: 'efficiency',
    severity: 'info',
    title: 'apt-get install without --no-install-recommends',
    why: 'By default apt-get also installs every package the ones you asked for merely recommend: documentation tools, extra locales, GUI helpers. They make the image bigger, slow down pulls and add code that vulnerability scanners will report, without the application needing any of it.' + SHIPPING_STAGES_NOTE,
    howToFix: 'Add `--no-install-recommends` (`apt-get install -y --no-install-recommends curl`) and list explicitly the few recommended packages you really use.',
    examples: { bad: 'RUN apt-get install -y curl', good: 'RUN apt-get install -y --no-install-recommends curl' },
    fixable: true,
    messages: {
      installsRecommends: "'{install}' also installs recommended packages; add --no-install-recommends.",
    },
  },
  check(ctx) {
    const memo = new Map<Stage, number>();
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || !shipsLayers(info)) continue;
      let configured: boolean | undefined;
      for (const command of script.commands) {
        const cmd = parseApt(command);
        const install = aptInstallWord(cmd);
        if (!cmd || !install || aptSkipsRecommends(cmd)) continue;
        configured ??= !info.onbuild && recommendsDisabledByConfig(info, memo);
        if (configured) break;
        ctx.report({
          range: ctx.range(install.start, install.end),
          messageId: 'installsRecommends',
          data: { install: `${cmd.program} install` },
          fix: {
            ...fixTitle('addFlagAfter', { flag: '--no-install-recommends', word: 'install' }),
            edits: [{ range: ctx.range(install.end, install.end), newText: ' --no-install-recommends' }],
            // recommended packages the program may need at run time go too (curl and wget recommend ca-certificates)
            changesBehaviour: true,
          },
        });
      }
    }
  },
});
