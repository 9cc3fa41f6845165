import type { Healthcheck } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

/** Words that need no shell: no expansion, globbing, quoting, redirection or operators. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Shell builtins and keywords with no program of the same name. */
const SHELL_ONLY = new Set(['.', ':', 'cd', 'eval', 'exec', 'exit', 'export', 'if', 'set', 'source', 'test', '[', '[[', 'true', 'false']);

export default defineDockerfileRule({
  meta: {
    id: 'healthcheck-shell-form',
    aliases: ['DL3025'],
    category: 'reliability',
    severity: 'info',
    title: 'HEALTHCHECK CMD runs a plain command through a shell',
    why:
      'In shell form, every health check starts `/bin/sh -c` to run the command. A command made of plain words needs ' +
      'no shell: the extra process runs at every interval, and the check fails outright when the image has no shell ' +
      '(distroless, scratch). Only commands that use no shell feature (variables, quotes, `||`, redirections) are reported, ' +
      'since those are written for the shell on purpose.',
    howToFix: 'Use the JSON (exec) form: `HEALTHCHECK CMD ["/app/healthcheck", "--port=8080"]`.',
    examples: { bad: 'HEALTHCHECK CMD /app/healthcheck --port=8080', good: 'HEALTHCHECK CMD ["/app/healthcheck", "--port=8080"]' },
    fixable: true,
    messages: { needlessShell: "HEALTHCHECK CMD '{command}' starts a shell at every check though it needs none; use the JSON form {json}." },
  },
  check(ctx) {
    const { model } = ctx;
    for (const info of model.instructions) {
      if (info.keyword !== 'HEALTHCHECK' || !info.shell.length) continue;
      const sub = (info.instruction as Healthcheck).getSubcommand();
      const argsRange = info.instruction.getArgumentsRange();
      if (!sub || sub.getValue().toUpperCase() !== 'CMD' || !argsRange) continue;
      const start = model.index.offsetAt(sub.getRange().end);
      const end = model.index.offsetAt(argsRange.end);
      const raw = model.text.slice(start, end);
      const body = raw.trim();
      if (!body || body.startsWith('[') || /[\r\n]/.test(raw)) continue;
      const words = body.split(/[ \t]+/);
      if (!words.every((w) => PLAIN_WORD.test(w)) || SHELL_ONLY.has(words[0]) || words[0].includes('=')) continue;
      const bodyStart = start + raw.indexOf(body);
      const range = ctx.range(bodyStart, bodyStart + body.length);
      const json = '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
      ctx.report({
        range,
        messageId: 'needlessShell',
        data: { command: body, json },
        fix: { ...fixTitle('useExecForm', { instruction: 'HEALTHCHECK CMD', json }), edits: [{ range, newText: json }] },
      });
    }
  },
});
