import { effectiveArgv, programOf, type ShellCommand } from '../../../base/shell/split-commands';
import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'run-cd-instead-of-workdir',
    aliases: ['DL3003'],
    category: 'style',
    severity: 'warning',
    title: 'RUN changes directory with cd instead of WORKDIR',
    why: 'A `cd` lasts only until the end of its RUN, so every later step has to repeat it, and a reader has to trace the shell to know where files end up. WORKDIR states the directory once, creates it if needed, and applies to RUN, COPY, CMD and ENTRYPOINT alike.',
    howToFix: 'Set the directory with `WORKDIR /path` before the RUN. Only a `cd` to a literal absolute path is reported: a `cd` inside a subshell (`(cd sub && make)`), to a relative path, into a variable or computed directory (`cd "$tmp"`, `cd "$(mktemp -d)"`) or into a scratch directory the same RUN removes (`rm -rf /tmp/build`) is left alone.',
    examples: { bad: 'RUN cd /app && make', good: 'WORKDIR /app\nRUN make' },
    messages: { useWorkdir: "Use WORKDIR {dir} instead of 'cd'; a cd does not carry over to the next instruction." },
  },
  check(ctx) {
    for (const { commands } of ctx.posixScripts()) {
      for (let i = 0; i < commands.length; i++) {
        const command = commands[i];
        const argv = effectiveArgv(command);
        if (programOf(command) !== 'cd' || command.before === '(') continue;
        const target = argv.slice(1).find((w) => !w.value.startsWith('-'))?.value ?? '';
        // WORKDIR needs a directory known when the Dockerfile is written, and would keep a scratch directory in the image
        // the first cd decides: later ones (often `cd /` back out of a scratch directory) follow from it
        if (!isLiteralAbsolutePath(target) || removedLater(commands.slice(i + 1), target)) break;
        ctx.report({ range: ctx.range(argv[0].start, argv[0].end), messageId: 'useWorkdir', data: { dir: target } });
        break; // one finding per RUN: the rest of the script follows the first cd
      }
    }
  },
});

function isLiteralAbsolutePath(target: string): boolean {
  return target.startsWith('/') && !/[$`*?[]/.test(target);
}

/** True when a later `rm` removes the directory (or a parent of it): the cd enters a scratch directory. */
function removedLater(rest: ShellCommand[], target: string): boolean {
  const dir = target.replace(/\/+$/, '');
  return rest.some((c) => programOf(c) === 'rm' && effectiveArgv(c).slice(1).some((w) => {
    const removed = w.value.replace(/\/+$/, '');
    return removed.startsWith('/') && removed.length > 1 && (dir === removed || dir.startsWith(removed + '/'));
  }));
}
