import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'user-non-numeric',
    aliases: ['DL3066'],
    category: 'isolation',
    severity: 'info',
    title: 'Final USER is a name, not a numeric UID',
    why: 'A user name is only resolved inside the container, through its /etc/passwd. Kubernetes cannot check a named user against `runAsNonRoot: true` and refuses to start the pod, and other tools that map users from the outside see only a name.',
    howToFix: 'Use the numeric UID (and GID) of the user you created: `USER 10001:10001`.',
    examples: { bad: 'USER app', good: 'USER 10001:10001' },
    messages: { userName: "USER '{user}' is a name; use its numeric UID so the runtime can verify it is not root." },
    // contested (official images such as node ship `USER node`): opt in where pods run with runAsNonRoot
    defaultOff: true,
  },
  check(ctx) {
    // without any FROM (a fragment), the instructions as written are what would run
    const instructions = ctx.model.finalStage?.instructions ?? ctx.model.preamble;
    const last = instructions.filter((i) => i.getKeyword().toUpperCase() === 'USER').pop();
    if (!last) return;
    const args = last.getArguments();
    if (!args.length) return;
    const value = args[0].getValue();
    const user = value.split(':')[0];
    if (!user || /^[0-9]+$/.test(user) || user.includes('$')) return;
    const start = ctx.model.index.offsetAt(args[0].getRange().start);
    ctx.report({ range: ctx.range(start, start + user.length), messageId: 'userName', data: { user } });
  },
});
