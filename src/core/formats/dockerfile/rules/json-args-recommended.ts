import { defineDockerfileRule } from '../context';
import type { InstructionInfo, Stage } from '../model';
import { fixTitle } from '../../../base/l10n/fix-titles';

/** Shell builtins and keywords with no program of the same name: they cannot be the first word of exec form. */
const SHELL_ONLY = new Set([
  '.', ':', 'alias', 'case', 'cd', 'eval', 'exec', 'exit', 'export', 'for', 'function', 'if', 'read', 'readonly',
  'return', 'set', 'shift', 'source', 'trap', 'ulimit', 'umask', 'unset', 'until', 'wait', 'while', '[[', '{', '(',
]);
/** Expansion, redirection, operators or globbing: what only a shell gives a command line. */
const SHELL_FEATURE = /[$`|&;<>*?]/;

/** Words that need no shell: no expansion, globbing, quoting, redirection or operators. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

export default defineDockerfileRule({
  meta: {
    id: 'json-args-recommended',
    aliases: ['DL3025', 'JSONArgsRecommended'],
    category: 'reliability',
    severity: 'warning',
    title: 'CMD or ENTRYPOINT uses shell form',
    why: 'In shell form the command runs as a child of `/bin/sh -c`. The shell is PID 1 and does not pass on SIGTERM, so `docker stop` waits for its timeout and then kills the process without a clean shutdown. A shell-form ENTRYPOINT also ignores the arguments given to `docker run`. A shell-form CMD that starts with `exec` is not reported: the program replaces the shell and receives the signals.',
    howToFix: 'Use the JSON (exec) form: `CMD ["node", "server.js"]`. When you need shell features, say so with `SHELL` or call the shell explicitly and `exec` the program: `CMD ["sh", "-c", "exec node server.js --port \\"$PORT\\""]`.',
    examples: { bad: 'CMD node server.js', good: 'CMD ["node", "server.js"]' },
    fixable: true,
    messages: {
      shellForm: "{keyword} '{command}' is in shell form; the process will not receive stop signals. Use the JSON form.",
      shellFeatures: "{keyword} '{command}' is in shell form: `/bin/sh -c` is PID 1 and does not pass stop signals on. It uses shell features, so keep the shell and `exec` the program: {keyword} [\"/bin/sh\", \"-c\", \"exec …\"].",
      execEntrypoint: "ENTRYPOINT '{command}' is in shell form: `exec` hands stop signals to the program, but CMD and the arguments of `docker run` are ignored.",
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const info of model.instructions) {
      if (info.keyword !== 'CMD' && info.keyword !== 'ENTRYPOINT') continue;
      const instruction = info.instruction;
      const argsRange = instruction.getArgumentsRange();
      if (!argsRange || model.isExecForm(instruction)) continue;
      // an explicit SHELL means shell form is intended
      if (shellSetBefore(info)) continue;
      const start = model.index.offsetAt(argsRange.start);
      const end = model.index.offsetAt(argsRange.end);
      const raw = model.text.slice(start, end);
      const range = ctx.range(start, end);
      const words = raw.trim().split(/[ \t]+/);
      let fix;
      if (!/[\r\n]/.test(raw) && !raw.includes(model.escapeChar) && words.every((w) => PLAIN_WORD.test(w)) && !SHELL_ONLY.has(words[0]) && !words[0].includes('=')) {
        const json = '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
        fix = { ...fixTitle('useExecForm', { instruction: info.keyword, json }), edits: [{ range, newText: json }] };
      }
      // `exec` makes the program PID 1, so it gets the stop signals; only ENTRYPOINT still loses the run arguments
      const execs = words[0] === 'exec';
      if (execs && info.keyword === 'CMD') continue;
      const shown = raw.replace(/\s+/g, ' ').trim();
      const messageId = execs ? 'execEntrypoint' : SHELL_FEATURE.test(raw) ? 'shellFeatures' : 'shellForm';
      ctx.report({
        range,
        messageId,
        data: { keyword: info.keyword, command: shown.length > 60 ? shown.slice(0, 57) + '…' : shown },
        fix,
      });
    }
  },
});

function shellSetBefore(info: InstructionInfo): boolean {
  const line = info.instruction.getRange().start.line;
  for (let stage: Stage | undefined = info.stage; stage; stage = stage.parent) {
    const limit = stage === info.stage ? line : Infinity;
    if (stage.instructions.some((i) => i.getKeyword().toUpperCase() === 'SHELL' && i.getRange().start.line < limit)) return true;
  }
  return false;
}
