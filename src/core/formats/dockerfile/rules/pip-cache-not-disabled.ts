import type { Arg, Env, Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import { shipsLayers, SHIPPING_STAGES_NOTE, type Stage } from '../model';
import { cacheMountTargets } from '../rpm-family-commands';
import { effectiveArgv, programOf, type ShellCommand, type ShellWord } from '../../../base/shell/split-commands';
import { fixTitle } from '../../../base/l10n/fix-titles';

const TRUTHY = new Set(['1', 'true', 'on', 'yes']);
/** pip's general options that take a value (they may come before the subcommand). */
const PIP_VALUE_OPTIONS = new Set([
  '--proxy', '--log', '--log-file', '--cache-dir', '--timeout', '--retries', '--exists-action', '--trusted-host', '--cert',
  '--client-cert', '--python', '--use-feature', '--use-deprecated', '--keyring-provider', '--src',
]);

/** The `install` word of `pip install …` / `pip3.12 install …` / `python3 -m pip install …`, with the pip arguments. */
function pipInstall(command: ShellCommand): { install: ShellWord; args: ShellWord[] } | undefined {
  const argv = effectiveArgv(command);
  const program = programOf(command);
  if (program === undefined) return undefined;
  let k = 1;
  if (/^python[0-9.]*$/.test(program)) {
    while (k < argv.length && argv[k].value !== '-m' && argv[k].value.startsWith('-')) k++;
    if (argv[k]?.value !== '-m' || !/^pip[0-9.]*$/.test(argv[k + 1]?.value ?? '')) return undefined;
    k += 2;
  } else if (!/^pip[0-9.]*$/.test(program)) return undefined;
  const start = k;
  while (k < argv.length && argv[k].value.startsWith('-')) k += PIP_VALUE_OPTIONS.has(argv[k].value) ? 2 : 1;
  if (argv[k]?.value !== 'install') return undefined;
  const args = argv.slice(start);
  // `--dry-run` resolves and downloads nothing into the image's cache
  if (args.some((w) => w.value === '--dry-run')) return undefined;
  return { install: argv[k], args };
}

function truthy(value: string | null | undefined): boolean {
  return TRUTHY.has((value ?? '').replace(/^["']|["']$/g, '').toLowerCase());
}

const setsNoCacheWord = (w: ShellWord) => w.value.startsWith('PIP_NO_CACHE_DIR=') && truthy(w.value.slice(17));

/**
 * `PIP_NO_CACHE_DIR=<true>` among the command's leading assignments or the words a wrapper takes before the program
 * (`env PIP_NO_CACHE_DIR=1 pip …`). Walks both lists in place: this runs for every command of every RUN.
 */
function assignsNoCache(command: ShellCommand): boolean {
  if (command.assignments.some(setsNoCacheWord)) return true;
  const peeled = command.argv.length - effectiveArgv(command).length;
  for (let k = 0; k < peeled; k++) if (setsNoCacheWord(command.argv[k])) return true;
  return false;
}

/** Line of the first ENV or ARG among `instructions` setting PIP_NO_CACHE_DIR to a true value (Infinity: none). */
function noCacheLineOf(instructions: Instruction[], memo: Map<Instruction[], number>): number {
  let line = memo.get(instructions);
  if (line !== undefined) return line;
  line = Infinity;
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword().toUpperCase();
    let sets = false;
    if (keyword === 'ENV') sets = (instruction as Env).getProperties().some((p) => p.getName() === 'PIP_NO_CACHE_DIR' && truthy(p.getValue()));
    else if (keyword === 'ARG') {
      const p = (instruction as Arg).getProperty();
      sets = p?.getName() === 'PIP_NO_CACHE_DIR' && truthy(p.getValue());
    }
    if (sets) {
      line = instruction.getRange().start.line;
      break;
    }
  }
  memo.set(instructions, line);
  return line;
}

/**
 * PIP_NO_CACHE_DIR set to a true value by ENV or ARG in the stage before `line`, or anywhere in a parent stage.
 * Memoised per stage: scanning the stage again for every RUN was quadratic (fuzz suite).
 */
function noCacheFromStage(stage: Stage | undefined, preamble: Instruction[], beforeLine: number, memo: Map<Instruction[], number>): boolean {
  if (!stage) return noCacheLineOf(preamble, memo) < beforeLine;
  for (let s: Stage | undefined = stage, first = true; s; s = s.parent, first = false) {
    const at = noCacheLineOf(s.instructions, memo);
    if (first ? at < beforeLine : at !== Infinity) return true;
  }
  return false;
}

export default defineDockerfileRule({
  meta: {
    id: 'pip-cache-not-disabled',
    aliases: ['DL3042'],
    category: 'efficiency',
    severity: 'warning',
    title: 'pip install keeps its download cache in the image',
    why: 'pip caches every wheel and source archive it downloads (usually under ~/.cache/pip). In an image build that cache is never reused, but it is committed into the layer and can add hundreds of megabytes.' + SHIPPING_STAGES_NOTE,
    howToFix: 'Add `--no-cache-dir` to `pip install`, or set `ENV PIP_NO_CACHE_DIR=1` once in the stage. With BuildKit, a cache mount (`RUN --mount=type=cache,target=/root/.cache/pip pip install …`) speeds up rebuilds and also keeps the cache out of the image (a tmpfs mount there keeps it out too).',
    examples: { bad: 'RUN pip install requests==2.31.0', good: 'RUN pip install --no-cache-dir requests==2.31.0' },
    fixable: true,
    messages: { cacheKept: "'pip {subcommand}' without --no-cache-dir stores its download cache in the layer." },
  },
  check(ctx) {
    const memo = new Map<Instruction[], number>();
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || !shipsLayers(info)) continue;
      if (cacheMountTargets(info.instruction).some((t) => t.includes('pip') || t.includes('.cache'))) continue;
      if (!info.onbuild && noCacheFromStage(info.stage, ctx.model.preamble, info.instruction.getRange().start.line, memo)) continue;
      let exported = false;
      for (const command of script.commands) {
        const setsNoCache = assignsNoCache(command);
        const program = effectiveArgv(command)[0]?.value;
        if ((program === 'export' || program === 'declare') && command.argv.some(setsNoCacheWord)) exported = true;
        else if (!command.argv.length && setsNoCache) exported = true;
        const pip = pipInstall(command);
        if (!pip || exported || setsNoCache) continue;
        if (pip.args.some((w) => w.value === '--no-cache-dir' || w.value.startsWith('--no-cache-dir='))) continue;
        ctx.report({
          range: ctx.range(pip.install.start, pip.install.end),
          messageId: 'cacheKept',
          data: { subcommand: pip.install.value },
          fix: { ...fixTitle('addFlagAfter', { flag: '--no-cache-dir', word: 'install' }), edits: [{ range: ctx.range(pip.install.end, pip.install.end), newText: ' --no-cache-dir' }] },
        });
      }
    }
  },
});
