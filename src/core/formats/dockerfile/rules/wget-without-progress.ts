import { defineDockerfileRule } from '../context';
import type { InstructionInfo, RunScript } from '../model';
import { apkAddWord, parseApk } from '../package-commands';
import { rootStage, stageChain, stageImageFacts } from '../stage-base';
import { parseTag } from '../../../knowledge';
import { effectiveArgv, programOf, type ShellWord } from '../../../base/shell/split-commands';
import { fixTitle } from '../../../base/l10n/fix-titles';

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
    howToFix: 'Add `--progress=dot:giga` (compact progress), or `-q` / `-nv` to silence it. BusyBox wget (Alpine, BusyBox bases) prints a single progress bar and has no `--progress`: it is not reported there.',
    examples: { bad: 'RUN wget https://example.com/big.tar.gz', good: 'RUN wget --progress=dot:giga https://example.com/big.tar.gz' },
    fixable: true,
    messages: {
      gnuDots: "'wget' without --progress, -q or -nv fills the build log with progress dots.",
      unknownWget: "'wget' without -q or -nv (or GNU wget's --progress) may fill the build log with progress output; the base image is not known, so which wget runs is not either.",
    },
  },
  check(ctx) {
    const scripts = ctx.runScripts();
    for (const { info, commands } of ctx.posixScripts()) {
      for (const command of commands) {
        const argv = effectiveArgv(command);
        if (programOf(command) !== 'wget' || controlsProgress(argv)) continue;
        const word = argv[0];
        const flavour = wgetFlavour(info, scripts);
        // BusyBox wget prints one progress bar, not GNU's dot lines, and has no --progress: nothing true to say
        if (flavour === 'busybox') continue;
        ctx.report({
          range: ctx.range(word.start, word.end),
          messageId: flavour === 'gnu' ? 'gnuDots' : 'unknownWget',
          fix: flavour === 'gnu' ? { ...fixTitle('addFlagAfter', { flag: '--progress=dot:giga', word: 'wget' }), edits: [{ range: ctx.range(word.end, word.end), newText: ' --progress=dot:giga' }] } : undefined,
        });
      }
    }
  },
});

type WgetFlavour = 'gnu' | 'busybox' | 'unknown';

/**
 * Which wget a RUN most likely calls: BusyBox's on Alpine/BusyBox bases or where the stage uses apk (no --progress,
 * -nv ignored), GNU's once `apk add wget` installed it or on other known Linux bases; unknown when the base is a
 * variable, an image we do not know, or an ONBUILD trigger (whose base is decided later).
 */
function wgetFlavour(info: InstructionInfo, scripts: ReadonlyArray<{ info: InstructionInfo; script: RunScript }>): WgetFlavour {
  const stage = info.stage;
  if (!stage || info.onbuild !== undefined) return 'unknown';
  const chain = new Set(stageChain(stage));
  let usesApk = false;
  for (const other of scripts) {
    if (!other.info.stage || !chain.has(other.info.stage)) continue;
    for (const command of other.script.commands) {
      const apk = parseApk(command);
      if (!apk) continue;
      usesApk = true;
      if (apkAddWord(apk) && apk.operands.some((w) => w.value === 'wget')) return 'gnu';
    }
  }
  const root = rootStage(stage);
  if (usesApk || /(^|\/)(alpine|busybox)$/i.test(root.image.repository) || /(^|[-_.])alpine/i.test(root.image.tag ?? '')) return 'busybox';
  const facts = stageImageFacts(stage);
  if (!facts?.known || facts.osFamily !== 'linux') {
    // an image we do not know, tagged with a Debian/Ubuntu release (`buildpack-deps:bookworm`): GNU wget
    const tag = root.image.hasVariables ? undefined : parseTag(root.image.tag);
    return tag?.debianCodename || tag?.ubuntuCodename ? 'gnu' : 'unknown';
  }
  const distro = facts.distro?.product;
  return facts.sizeClass === 'alpine' || distro === 'alpine' || distro === 'wolfi' ? 'busybox' : 'gnu';
}
