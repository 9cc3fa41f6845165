import { defineDockerfileRule } from '../context';
import { shipsLayers, SHIPPING_STAGES_NOTE } from '../model';
import { hasCacheMount, removesDir } from '../layer-cleanup';
import { apkAddWord, hasOption, parseApk } from '../package-commands';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'apk-missing-no-cache',
    aliases: ['DL3019'],
    category: 'efficiency',
    severity: 'info',
    title: 'apk add without --no-cache',
    why: 'Without `--no-cache`, apk keeps the downloaded repository index (and with a configured cache, the packages) under /var/cache/apk. Those files are committed into the layer and only make the image bigger.' + SHIPPING_STAGES_NOTE,
    howToFix: 'Use `apk add --no-cache …`; it fetches a fresh index for this command and stores nothing, so no separate `apk update` or clean-up is needed. With BuildKit, a cache mount on /var/cache/apk works too.',
    examples: { bad: 'RUN apk add curl=8.5.0-r0', good: 'RUN apk add --no-cache curl=8.5.0-r0' },
    fixable: true,
    messages: {
      indexStays: "'apk add' without --no-cache leaves the package index in the layer; use 'apk add --no-cache'.",
    },
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || !shipsLayers(info)) continue;
      if (hasCacheMount(info.instruction, '/var/cache/apk') || hasCacheMount(info.instruction, '/etc/apk/cache')) continue;
      const commands = script.commands;
      commands.forEach((command, k) => {
        const cmd = parseApk(command);
        const add = apkAddWord(cmd);
        if (!cmd || !add || hasOption(cmd, 'no-cache')) return;
        if (commands.slice(k + 1).some((c) => removesDir(c, '/var/cache/apk'))) return;
        ctx.report({
          range: ctx.range(add.start, add.end),
          messageId: 'indexStays',
          fix: { ...fixTitle('addFlagAfter', { flag: '--no-cache', word: 'add' }), edits: [{ range: ctx.range(add.end, add.end), newText: ' --no-cache' }] },
        });
      });
    }
  },
});
