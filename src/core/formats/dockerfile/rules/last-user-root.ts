import { defineDockerfileRule } from '../context';

/** `root`, `0`, `root:root`, `0:0`, `root:staff` — the user part decides. */
export function isRootUser(value: string): boolean {
  const user = value.trim().split(':')[0];
  return user === 'root' || /^0+$/.test(user);
}

export default defineDockerfileRule({
  meta: {
    id: 'last-user-root',
    aliases: ['DL3002'],
    category: 'isolation',
    severity: 'warning',
    title: 'Final stage switches back to root',
    why:
      'The last USER of the final stage is the user the container runs as. A container is not a VM: it shares the host ' +
      'kernel, and uid 0 inside is uid 0 on that kernel unless user namespaces remap it (most setups do not). Root ' +
      'can use every capability the runtime leaves in place, write anywhere in the image, and is the starting point of ' +
      'most container escapes. Switching to root in a builder stage, or temporarily to install packages, is fine.',
    howToFix:
      'After the steps that need root, switch to an unprivileged user at the end of the final stage, by numeric id ' +
      '(`USER 10001:10001`, or `USER 65532:65532` on distroless), and give that user ownership of the few paths it ' +
      'writes (`COPY --chown=…`).',
    examples: { bad: 'FROM node:20-slim\nRUN npm ci\nUSER root\nCMD ["node", "server.js"]', good: 'FROM node:20-slim\nUSER root\nRUN npm ci\nUSER node\nCMD ["node", "server.js"]' },
    messages: {
      runsAsRoot: "The container runs as root: the last USER of the final stage is '{user}'. Switch to a non-root user after the steps that need root.",
      runsAsRootInherited: "The container runs as root: the last USER of the final stage is '{user}', inherited from the stage it builds on. Switch to a non-root user after the steps that need root.",
    },
  },
  check(ctx) {
    const stage = ctx.model.finalStage;
    if (!stage?.user || stage.isWindows) return;
    const { name, instruction } = stage.user;
    if (name.includes('$') || !isRootUser(name)) return;
    const arg = instruction.getArguments()[0];
    const range = arg ? arg.getRange() : ctx.keywordRange(instruction);
    const inherited = !stage.instructions.includes(instruction);
    ctx.report({
      range,
      messageId: inherited ? 'runsAsRootInherited' : 'runsAsRoot',
      data: { user: name },
    });
  },
});
