import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'stage-name-casing',
    aliases: ['StageNameCasing'],
    category: 'style',
    severity: 'warning',
    title: 'Stage name is not lower-case',
    why: 'Stage names are matched without regard to case, and image references must be lower-case anyway. Writing them in lower case keeps them apart from instruction keywords and avoids `COPY --from=Build` and `FROM build` looking like different things.',
    howToFix: 'Write the stage name in lower case, here and in every `FROM` / `COPY --from` / `--mount=from=` that refers to it.',
    examples: { bad: 'FROM golang:1.22 AS BuildEnv', good: 'FROM golang:1.22 AS build-env' },
    messages: { notLowerCase: "Stage name '{name}' should be lower-case ('{lower}')." },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (!stage.name || !stage.nameRange || stage.name === stage.name.toLowerCase()) continue;
      ctx.report({ range: stage.nameRange, messageId: 'notLowerCase', data: { name: stage.name, lower: stage.name.toLowerCase() } });
    }
  },
});
