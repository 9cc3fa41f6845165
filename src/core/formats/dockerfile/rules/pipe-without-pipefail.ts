import type { Flag, Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import type { DockerfileModel } from '../model';
import { basename, effectiveArgv, programOf, type ShellCommand } from '../../../base/shell/split-commands';
import { fixTitle } from '../../../base/l10n/fix-titles';

/** Shells where `set -o pipefail` is known to work, so prefixing the script with it is a safe fix. */
const FIXABLE_SHELLS = new Set(['bash', 'zsh', 'ksh', 'mksh']);

/**
 * Builtins that print their arguments: before a pipe they fail only when the reader has gone away, and then the
 * reader's own status is what fails the RUN. `echo "$SHA  file" | sha256sum -c -` hides nothing.
 */
const PRINTERS = new Set(['echo', 'printf']);

/** `-o pipefail` among shell options (`-o pipefail`, `-eo pipefail`, `-euxo pipefail`). */
function enablesPipefail(args: string[]): boolean {
  for (let k = 0; k < args.length - 1; k++) {
    if (/^-[a-zA-Z]*o$/.test(args[k]) && args[k + 1] === 'pipefail') return true;
  }
  return false;
}

function setsPipefail(command: ShellCommand): boolean {
  return programOf(command) === 'set' && enablesPipefail(effectiveArgv(command).slice(1).map((w) => w.value));
}

/** Offset of the first script character of a RUN (after flags, blanks and line continuations). */
function scriptStart(model: DockerfileModel, instruction: Instruction): number | undefined {
  const args = instruction.getArgumentsRange();
  if (!args) return undefined;
  let at = model.index.offsetAt(args.start);
  const flags = (instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? [];
  if (flags.length) at = Math.max(at, model.index.offsetAt(flags[flags.length - 1].getRange().end));
  const text = model.text;
  for (;;) {
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] !== model.escapeChar) break;
    let j = at + 1;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] === '\r') j++;
    if (text[j] !== '\n') break;
    at = j + 1;
  }
  return at;
}

export default defineDockerfileRule({
  meta: {
    id: 'pipe-without-pipefail',
    aliases: ['DL4006'],
    category: 'reliability',
    severity: 'warning',
    title: 'RUN with a pipe but without pipefail',
    why: 'A pipeline reports the exit status of its last command only. In `curl -fsSL https://… | tar -xz`, a failed download still lets the RUN succeed when tar exits 0, and the build continues with a broken or empty result. A pipe fed by `echo` or `printf` is not reported: they only print, so there is no failure to hide.',
    howToFix: 'Run the stage with a shell that has pipefail on: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (on Alpine, `["/bin/ash", "-o", "pipefail", "-c"]`), or start the RUN with `set -o pipefail &&`. The default /bin/sh on Debian and Ubuntu is dash, which may not support pipefail, so an automatic fix is only offered when the stage already runs bash, zsh or ksh.',
    examples: { bad: 'RUN curl -fsSL https://example.com/x.tgz | tar -xz', good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar -xz' },
    fixable: true,
    messages: {
      hidesFailures: "This pipe hides failures of '{program}': the RUN only sees the exit status of the last command. Enable pipefail.",
      hidesFailuresUnnamed: "This pipe hides failures of 'the command before it': the RUN only sees the exit status of the last command. Enable pipefail.",
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || script.form !== 'shell' || enablesPipefail(info.shell.slice(1))) continue;
      const commands = script.commands;
      let pipeAfter = -1;
      for (let i = 0; i < commands.length; i++) {
        if (setsPipefail(commands[i])) break;
        if (commands[i].after === '|' && !PRINTERS.has(programOf(commands[i]) ?? '')) {
          pipeAfter = i;
          break;
        }
      }
      if (pipeAfter === -1) continue;
      const command = commands[pipeAfter];
      const bar = command.afterAt;
      const range = bar !== undefined && model.text[bar] === '|' ? ctx.range(bar, bar + 1) : ctx.keywordRange(info.instruction);
      const shellName = basename(info.shell[0] ?? '');
      const heredocs = (info.instruction as unknown as { getHeredocs?: () => unknown[] }).getHeredocs?.() ?? [];
      const start = FIXABLE_SHELLS.has(shellName) && !heredocs.length && !info.onbuild ? scriptStart(model, info.instruction) : undefined;
      const program = programOf(command);
      ctx.report({
        range,
        ...(program === undefined ? { messageId: 'hidesFailuresUnnamed' } : { messageId: 'hidesFailures', data: { program } }),
        fix: start === undefined ? undefined : { ...fixTitle('startWithPipefail'), edits: [{ range: ctx.range(start, start), newText: 'set -o pipefail && ' }] },
      });
    }
  },
});
