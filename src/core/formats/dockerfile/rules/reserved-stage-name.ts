import { defineDockerfileRule } from '../context';

const RESERVED = new Set(['context', 'scratch']);

export default defineDockerfileRule({
  meta: {
    id: 'reserved-stage-name',
    aliases: ['DL3063', 'ReservedStageName'],
    category: 'correctness',
    severity: 'warning',
    title: 'Stage name is a reserved word',
    why: '`scratch` already means the empty image and `context` refers to the build context in `COPY --from` and `--mount=from=`. A stage with one of these names is ambiguous, so references to it may not mean what you expect.',
    howToFix: 'Rename the stage (`AS build`, `AS base`) and update every `FROM`/`COPY --from` that uses it.',
    examples: { bad: 'FROM golang:1.22 AS context', good: 'FROM golang:1.22 AS build' },
    messages: { reserved: "Stage name '{name}' is reserved; choose another name." },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (!stage.name || !stage.nameRange || !RESERVED.has(stage.name.toLowerCase())) continue;
      ctx.report({ range: stage.nameRange, messageId: 'reserved', data: { name: stage.name } });
    }
  },
});
