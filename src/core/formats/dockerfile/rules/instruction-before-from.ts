import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'instruction-before-from',
    aliases: ['DL3061'],
    category: 'correctness',
    severity: 'error',
    title: 'Instruction before the first FROM',
    why: 'Only ARG (and comments or parser directives) may come before the first FROM. The builder rejects any other instruction there, so the Dockerfile does not build.',
    howToFix: 'Move the instruction below the FROM of the stage it belongs to. Build arguments that FROM itself uses stay above it as ARG.',
    examples: { bad: 'LABEL team=web\nFROM nginx:1.30', good: 'FROM nginx:1.30\nLABEL team=web' },
    messages: { beforeFrom: "'{keyword}' comes before the first FROM; only ARG may appear there." },
  },
  check(ctx) {
    for (const info of ctx.model.instructions) {
      if (info.stage || info.onbuild || info.keyword === 'ARG') continue;
      ctx.report({ range: ctx.keywordRange(info.instruction), messageId: 'beforeFrom', data: { keyword: info.keyword } });
    }
  },
});
