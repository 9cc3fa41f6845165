import { basename, effectiveArgv } from '../../../base/shell/split-commands';
import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'run-uses-sudo',
    aliases: ['DL3004'],
    category: 'correctness',
    severity: 'error',
    title: 'RUN uses sudo',
    why: 'Build steps run as the current USER without any password prompt, so sudo adds nothing but problems: most base images do not ship it, it may ask for a password or a TTY the build does not have, and it hides which user a step really runs as. Giving a runtime user sudo rights also lets anyone inside the container become root.',
    howToFix: 'Switch users explicitly: `USER root` before the privileged steps, then `USER app` again. At run time, use a tool such as gosu or su-exec in the entrypoint if you must drop privileges.',
    examples: { bad: 'USER app\nRUN sudo apt-get install -y curl', good: 'USER root\nRUN apt-get install -y curl\nUSER app' },
    messages: { sudo: "Do not use 'sudo' in a RUN; switch with USER instead." },
  },
  check(ctx) {
    for (const { commands } of ctx.posixScripts()) {
      for (const command of commands) {
        const prefix = command.argv.slice(0, command.argv.length - effectiveArgv(command).length);
        const sudo = prefix.find((w) => basename(w.value) === 'sudo');
        if (!sudo) continue;
        ctx.report({ range: ctx.range(sudo.start, sudo.end), messageId: 'sudo' });
      }
    }
  },
});
