import { defineDockerfileRule } from '../context';

const FORBIDDEN = new Set(['FROM', 'MAINTAINER', 'ONBUILD']);

export default defineDockerfileRule({
  meta: {
    id: 'onbuild-forbidden-trigger',
    aliases: ['DL3043'],
    category: 'correctness',
    severity: 'error',
    title: 'ONBUILD with a FROM, MAINTAINER or ONBUILD trigger',
    why: 'The builder refuses FROM and MAINTAINER as ONBUILD triggers, and chaining ONBUILD ONBUILD is not allowed either. Any image that builds on this one fails at that trigger.',
    howToFix: 'Remove the trigger. A child image chooses its own base in its own FROM; put metadata in a LABEL; write the instruction you meant as a plain ONBUILD trigger.',
    examples: { bad: 'ONBUILD FROM debian:12', good: 'ONBUILD COPY . /app' },
    messages: { forbiddenTrigger: "'{keyword}' cannot be an ONBUILD trigger." },
  },
  check(ctx) {
    for (const info of ctx.model.instructions) {
      if (!info.onbuild || !FORBIDDEN.has(info.keyword)) continue;
      ctx.report({ range: ctx.keywordRange(info.instruction), messageId: 'forbiddenTrigger', data: { keyword: info.keyword } });
    }
  },
});
