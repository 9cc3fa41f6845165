import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'inline-ignore-pragma',
    aliases: ['DL1001'],
    category: 'style',
    severity: 'info',
    title: 'Inline ignore comment',
    why: 'A `# hadolint ignore=…` or `# containment ignore=…` comment silences a rule for one instruction, out of sight of whoever owns the lint policy. Teams that want every exception recorded in one reviewed place (a config file, or a file-wide `global ignore`) turn this rule on to find the inline ones.',
    howToFix: 'Fix the finding the comment silences, or move the exception to the configuration file (or a `# containment global ignore=…` line) and delete the comment.',
    examples: { bad: '# hadolint ignore=DL3008\nRUN apt-get install -y curl', good: 'RUN apt-get install -y curl=8.5.0-2' },
    messages: {
      inlineIgnore: 'Inline ignore comment: record this exception in the configuration instead of next to the instruction.',
    },
    // a policy choice: inline ignores are the normal way to accept one finding
    defaultOff: true,
  },
  check(ctx) {
    for (const location of ctx.model.pragmas.locations) {
      if (location.kind === 'ignore') ctx.report({ range: location.range, messageId: 'inlineIgnore' });
    }
  },
});
