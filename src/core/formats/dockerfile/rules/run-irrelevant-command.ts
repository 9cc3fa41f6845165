import type { Flag } from 'dockerfile-ast';
import { effectiveArgv, programOf } from '../../../base/shell/split-commands';
import { defineDockerfileRule } from '../context';

/** The commands reported, each with its own message (the reason differs per command). */
const POINTLESS = new Set(['ssh', 'vim', 'shutdown', 'service', 'ps', 'free', 'top', 'kill', 'mount', 'ifconfig']);

export default defineDockerfileRule({
  meta: {
    id: 'run-irrelevant-command',
    aliases: ['DL3001'],
    category: 'correctness',
    severity: 'info',
    title: 'RUN calls a command that makes no sense in a build',
    why: 'A RUN step executes once, in a throw-away container, and only its file system changes are kept. Interactive tools (vim, top), process and service control (service, kill, ps, shutdown), mounts, remote logins and network inspection either do nothing useful there or hide a mistaken assumption, such as a service started in a RUN still running in the final container.',
    howToFix: 'Remove the command. Start services from CMD or ENTRYPOINT, edit files with COPY or sed, and use `RUN --mount` for build-time mounts.',
    examples: { bad: 'RUN service nginx start', good: 'CMD ["nginx", "-g", "daemon off;"]' },
    messages: {
      ssh: "'ssh' is pointless in a RUN: a build step should not log in to other machines.",
      vim: "'vim' is pointless in a RUN: nobody can type into an editor during a build.",
      shutdown: "'shutdown' is pointless in a RUN: a build container cannot be shut down from inside.",
      service: "'service' is pointless in a RUN: services started in a RUN stop when the step ends; start them from CMD/ENTRYPOINT.",
      ps: "'ps' is pointless in a RUN: the process list of a build step tells nothing about the running container.",
      free: "'free' is pointless in a RUN: the memory of the build machine says nothing about the runtime.",
      top: "'top' is pointless in a RUN: an interactive monitor has nothing to show in a build.",
      kill: "'kill' is pointless in a RUN: processes of a RUN end with the step anyway.",
      mount: "'mount' is pointless in a RUN: mounts do not persist in the image and usually need privileges the build lacks; use RUN --mount.",
      ifconfig: "'ifconfig' is pointless in a RUN: the build network is not the network the container will run in.",
    },
  },
  check(ctx) {
    for (const { info, commands } of ctx.posixScripts()) {
      const flags = (info.instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? [];
      const sshMount = flags.some((f) => f.getName().toLowerCase() === 'mount' && f.getOptions().some((o) => o.getName() === 'type' && o.getValue() === 'ssh'));
      for (const command of commands) {
        const argv = effectiveArgv(command);
        const program = programOf(command) ?? '';
        if (!POINTLESS.has(program) || (program === 'ssh' && sshMount)) continue;
        ctx.report({ range: ctx.range(argv[0].start, argv[0].end), messageId: program });
      }
    }
  },
});
