import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'ssh-port-exposed',
    aliases: ['ssh-port'],
    category: 'isolation',
    severity: 'warning',
    title: 'Image exposes the SSH port 22',
    why:
      'A container is one process tree on a shared kernel, not a small VM to log into. Running sshd inside adds a ' +
      'long-lived network daemon, host keys and credentials baked into or mounted into the image, and a second way in ' +
      'that bypasses the access control of the container platform. It usually also means a process supervisor and ' +
      'hand-made changes inside running containers, which the next deployment silently throws away.',
    howToFix:
      'Remove sshd and `EXPOSE 22`. Open a shell through the runtime instead: `docker exec -it <container> sh`, ' +
      '`kubectl exec -it <pod> -- sh`, or `kubectl debug` with an ephemeral debug container for images without a shell. ' +
      'Copy files with `docker cp` / `kubectl cp`.',
    examples: { bad: 'RUN apt-get install -y openssh-server\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]', good: 'EXPOSE 8080\nCMD ["/app/server"]' },
    messages: { sshExposed: 'EXPOSE {port} publishes SSH: containers are not VMs. Use docker exec / kubectl exec (or kubectl debug) instead of running sshd.' },
  },
  check(ctx) {
    for (const info of ctx.instructionsOf('EXPOSE')) {
      for (const arg of info.instruction.getArguments()) {
        const m = /^(\d+)(?:\/(tcp|udp|sctp))?$/i.exec(arg.getValue());
        if (!m || Number(m[1]) !== 22 || (m[2] && m[2].toLowerCase() !== 'tcp')) continue;
        ctx.report({
          range: arg.getRange(),
          messageId: 'sshExposed',
          data: { port: arg.getValue() },
        });
      }
    }
  },
});
