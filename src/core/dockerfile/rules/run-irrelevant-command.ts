import type { Flag } from 'dockerfile-ast';
import { effectiveArgv, programOf } from '../../shell/split-commands';
import { defineDockerfileRule } from '../context';

const HINTS: Record<string, string> = {
  ssh: 'a build step should not log in to other machines',
  vim: 'nobody can type into an editor during a build',
  shutdown: 'a build container cannot be shut down from inside',
  service: 'services started in a RUN stop when the step ends; start them from CMD/ENTRYPOINT',
  ps: 'the process list of a build step tells nothing about the running container',
  free: 'the memory of the build machine says nothing about the runtime',
  top: 'an interactive monitor has nothing to show in a build',
  kill: 'processes of a RUN end with the step anyway',
  mount: 'mounts do not persist in the image and usually need privileges the build lacks; use RUN --mount',
  ifconfig: 'the build network is not the network the container will run in',
};

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
  },
  check(ctx) {
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix) continue;
      const flags = (info.instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? [];
      const sshMount = flags.some((f) => f.getName().toLowerCase() === 'mount' && f.getOptions().some((o) => o.getName() === 'type' && o.getValue() === 'ssh'));
      for (const command of script.commands) {
        const argv = effectiveArgv(command);
        const program = programOf(command) ?? '';
        if (!Object.prototype.hasOwnProperty.call(HINTS, program) || (program === 'ssh' && sshMount)) continue;
        ctx.report({ range: ctx.range(argv[0].start, argv[0].end), message: `'${program}' is pointless in a RUN: ${HINTS[program]}.` });
      }
    }
  },
});
