import { defineDockerfileRule } from '../context';
import { parseApt } from '../package-commands';
import { fixTitle } from '../../../base/l10n/fix-titles';

/** Subcommands apt-get has under the same name (a word swap is then a safe fix). */
const APT_GET_SUBCOMMANDS = new Set(['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'dist-upgrade']);
/** Subcommands that belong to apt-cache. */
const APT_CACHE_SUBCOMMANDS = new Set(['search', 'show', 'policy', 'depends', 'rdepends', 'showsrc']);

export default defineDockerfileRule({
  meta: {
    id: 'apt-instead-of-apt-get',
    aliases: ['DL3027'],
    category: 'reliability',
    severity: 'warning',
    title: 'RUN uses apt instead of apt-get',
    why: '`apt` is the command-line front end for people at a terminal: its output, prompts and defaults may change between releases, and it warns that its interface is not stable for scripts. `apt-get` and `apt-cache` keep a stable interface meant for automation.',
    howToFix: 'Use `apt-get` (install, update, upgrade, remove, purge, autoremove, dist-upgrade) or `apt-cache` (search, show, policy).',
    examples: { bad: 'RUN apt update && apt install -y curl', good: 'RUN apt-get update && apt-get install -y curl' },
    fixable: true,
    messages: {
      useAptGet: "Use '{command}' instead of 'apt'; apt has no stable interface for scripts.",
    },
  },
  check(ctx) {
    for (const { commands } of ctx.posixScripts()) {
      for (const command of commands) {
        const cmd = parseApt(command);
        if (cmd?.tool !== 'apt') continue;
        const word = cmd.programWord;
        const sub = cmd.subcommand?.value ?? '';
        const replacement = APT_CACHE_SUBCOMMANDS.has(sub) ? 'apt-cache' : 'apt-get';
        // fix only a plain, unquoted `apt` or `/usr/bin/apt` with a subcommand apt-get knows
        const fixable = APT_GET_SUBCOMMANDS.has(sub) && word.raw === word.value && ctx.model.text.slice(word.start, word.end).endsWith('apt');
        ctx.report({
          range: ctx.range(word.start, word.end),
          messageId: 'useAptGet',
          data: { command: sub ? `${replacement} ${sub}` : replacement },
          fix: fixable ? { ...fixTitle('replaceAptWithAptGet'), edits: [{ range: ctx.range(word.end - 3, word.end), newText: 'apt-get' }] } : undefined,
        });
      }
    }
  },
});
