import { defineDockerfileRule } from '../context';
import { effectiveArgv, programOf, type ShellWord } from '../../shell/split-commands';

/** GNU wget short options that take a value. */
const VALUE_SHORT = new Set(['o', 'a', 'e', 'i', 'B', 't', 'O', 'T', 'w', 'Q', 'P', 'U', 'l', 'A', 'R', 'D', 'X', 'I']);
const QUIETING_LONG = new Set(['progress', 'quiet', 'no-verbose', 'output-file', 'append-output']);
const QUIETING_SHORT = new Set(['q', 'o', 'a']);

/** True when the wget invocation already controls its progress output. */
function controlsProgress(argv: ShellWord[]): boolean {
  for (let k = 1; k < argv.length; k++) {
    const w = argv[k].value;
    if (w === '--') break;
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      if (QUIETING_LONG.has(eq === -1 ? w.slice(2) : w.slice(2, eq))) return true;
      continue;
    }
    if (!w.startsWith('-') || w.length < 2) continue;
    if (w.startsWith('-nv')) return true;
    if (w.startsWith('-n')) continue; // -nc, -nd, -nH, -np: "no-" options
    for (let i = 1; i < w.length; i++) {
      if (QUIETING_SHORT.has(w[i])) return true;
      if (VALUE_SHORT.has(w[i])) {
        if (i === w.length - 1) k++;
        break;
      }
    }
  }
  return false;
}

export default defineDockerfileRule({
  meta: {
    id: 'wget-without-progress',
    aliases: ['DL3047'],
    category: 'efficiency',
    severity: 'info',
    title: 'wget without a progress setting',
    why: 'Without a terminal, GNU wget falls back to printing a line of dots for every few kilobytes. Downloading a large file floods the build log with thousands of lines, which slows CI log viewers and buries the output that matters.',
    howToFix: 'Add `--progress=dot:giga` (compact progress), or `-q` / `-nv` to silence it. BusyBox wget (Alpine) does not know `--progress`; use `-q` there.',
    examples: { bad: 'RUN wget https://example.com/big.tar.gz', good: 'RUN wget --progress=dot:giga https://example.com/big.tar.gz' },
    fixable: true,
  },
  check(ctx) {
    const scripts = ctx.runScripts();
    for (const { info, script } of scripts) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const argv = effectiveArgv(command);
        if (programOf(command) !== 'wget' || controlsProgress(argv)) continue;
        const word = argv[0];
        // BusyBox wget rejects --progress: offer the fix only where GNU wget is the likely one.
        const stage = info.stage;
        let root = stage;
        while (root?.parent) root = root.parent;
        const busybox =
          !stage ||
          !root ||
          info.onbuild !== undefined ||
          root.image.hasVariables ||
          /alpine|busybox/i.test(root.image.repository) ||
          scripts.some((s) => s.info.stage === stage && s.script.commands.some((c) => programOf(c) === 'apk'));
        ctx.report({
          range: ctx.range(word.start, word.end),
          message: `'wget' without --progress, -q or -nv fills the build log with progress dots.`,
          fix: busybox ? undefined : { title: "Add --progress=dot:giga after 'wget'", edits: [{ range: ctx.range(word.end, word.end), newText: ' --progress=dot:giga' }] },
        });
      }
    }
  },
});
