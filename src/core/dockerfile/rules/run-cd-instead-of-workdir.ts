import { effectiveArgv, programOf } from '../../shell/split-commands';
import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'run-cd-instead-of-workdir',
    aliases: ['DL3003'],
    category: 'style',
    severity: 'warning',
    title: 'RUN changes directory with cd instead of WORKDIR',
    why: 'A `cd` lasts only until the end of its RUN, so every later step has to repeat it, and a reader has to trace the shell to know where files end up. WORKDIR states the directory once, creates it if needed, and applies to RUN, COPY, CMD and ENTRYPOINT alike.',
    howToFix: 'Set the directory with `WORKDIR /path` before the RUN. A `cd` inside a subshell (`(cd sub && make)`) or into a computed directory (`cd "$(mktemp -d)"`) is left alone.',
    examples: { bad: 'RUN cd /app && make', good: 'WORKDIR /app\nRUN make' },
  },
  check(ctx) {
    for (const { script } of ctx.runScripts()) {
      if (!script.posix) continue;
      for (const command of script.commands) {
        const argv = effectiveArgv(command);
        if (programOf(command) !== 'cd' || command.before === '(') continue;
        const target = argv.slice(1).find((w) => !w.value.startsWith('-'))?.value ?? '';
        if (target.includes('$(') || target.includes('`') || target === '-') continue;
        ctx.report({ range: ctx.range(argv[0].start, argv[0].end), message: `Use WORKDIR${target ? ` ${target}` : ''} instead of 'cd'; a cd does not carry over to the next instruction.` });
        break; // one finding per RUN: the rest of the script follows the first cd
      }
    }
  },
});
