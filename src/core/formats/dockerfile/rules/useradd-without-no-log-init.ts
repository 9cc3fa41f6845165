import { defineDockerfileRule } from '../context';
import { shipsLayers, SHIPPING_STAGES_NOTE } from '../model';
import { effectiveArgv, programOf, type ShellWord } from '../../../base/shell/split-commands';
import { fixTitle } from '../../../base/l10n/fix-titles';

/** useradd options that take a value. */
const VALUE_SHORT = new Set(['b', 'c', 'd', 'e', 'f', 'g', 'G', 'k', 'K', 'p', 'R', 'P', 's', 'u', 'Z']);
const VALUE_LONG = new Set([
  'base-dir', 'comment', 'home-dir', 'expiredate', 'inactive', 'gid', 'groups', 'skel', 'key', 'password', 'root', 'prefix',
  'shell', 'uid', 'selinux-user', 'selinux-range', 'btrfs-subvolume-home',
]);

/** The UID given with -u/--uid, and whether -l/--no-log-init is present. */
function parseUseradd(argv: ShellWord[]): { uid?: string; noLogInit: boolean } {
  let uid: string | undefined;
  let noLogInit = false;
  for (let k = 1; k < argv.length; k++) {
    const w = argv[k].value;
    if (w === '--') break;
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq === -1 ? w.slice(2) : w.slice(2, eq);
      const value = eq === -1 ? (VALUE_LONG.has(name) ? argv[++k]?.value : undefined) : w.slice(eq + 1);
      if (name === 'no-log-init') noLogInit = true;
      if (name === 'uid') uid = value;
      continue;
    }
    if (!w.startsWith('-') || w.length < 2) continue;
    for (let i = 1; i < w.length; i++) {
      const letter = w[i];
      if (letter === 'l') noLogInit = true;
      if (VALUE_SHORT.has(letter)) {
        const value = i < w.length - 1 ? w.slice(i + 1) : argv[++k]?.value;
        if (letter === 'u') uid = value;
        break;
      }
    }
  }
  return { uid, noLogInit };
}

export default defineDockerfileRule({
  meta: {
    id: 'useradd-without-no-log-init',
    aliases: ['DL3046'],
    category: 'efficiency',
    severity: 'warning',
    title: 'useradd with a high UID but without -l (--no-log-init)',
    why: 'useradd records every new user in the lastlog and faillog databases, which are sparse files indexed by UID. Docker layers do not keep files sparse, so a UID like 100000000 can turn /var/log/lastlog into gigabytes of zeros in the image.' + SHIPPING_STAGES_NOTE,
    howToFix: 'Add `-l` (`--no-log-init`) to useradd, or choose a UID below 100000.',
    examples: { bad: 'RUN useradd -u 123456789 app', good: 'RUN useradd --no-log-init -u 123456789 app' },
    fixable: true,
    messages: { sparseLogs: "'useradd' with UID {uid} and no -l writes huge sparse lastlog/faillog files into the layer." },
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || !shipsLayers(info)) continue;
      for (const command of script.commands) {
        const argv = effectiveArgv(command);
        if (programOf(command) !== 'useradd') continue;
        const { uid, noLogInit } = parseUseradd(argv);
        if (noLogInit || !uid || !/^[0-9]+$/.test(uid) || uid.length <= 5) continue;
        const word = argv[0];
        ctx.report({
          range: ctx.range(word.start, word.end),
          messageId: 'sparseLogs',
          data: { uid },
          fix: { ...fixTitle('addFlagAfter', { flag: '--no-log-init', word: 'useradd' }), edits: [{ range: ctx.range(word.end, word.end), newText: ' --no-log-init' }] },
        });
      }
    }
  },
});
