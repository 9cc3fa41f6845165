import { defineDockerfileRule } from '../context';
import type { Stage } from '../model';

export default defineDockerfileRule({
  meta: {
    id: 'duplicate-stage-name',
    aliases: ['DL3024', 'DuplicateStageName'],
    category: 'correctness',
    severity: 'error',
    title: 'Two stages have the same name',
    why: 'Stage names are compared without regard to case and must be unique: `COPY --from=name`, `FROM name` and `--target name` can only refer to one stage. BuildKit rejects or misreads a Dockerfile where two stages share a name.',
    howToFix: 'Give each stage its own name and update the references to the one you renamed.',
    examples: { bad: 'FROM node:20 AS build\nFROM golang:1.22 AS build', good: 'FROM node:20 AS web-build\nFROM golang:1.22 AS api-build' },
    messages: { nameTaken: "Stage name '{name}' is already used by the stage on line {line}.", firstNamed: "First stage named '{name}'" },
  },
  check(ctx) {
    const seen = new Map<string, Stage>();
    for (const stage of ctx.model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, stage);
        continue;
      }
      ctx.report({
        range: stage.nameRange,
        messageId: 'nameTaken',
        data: { name: stage.name, line: first.from.getRange().start.line + 1 },
        related: first.nameRange ? [{ path: ctx.path, range: first.nameRange, message: `First stage named '${first.name}'`, messageId: 'firstNamed', data: { name: first.name ?? '' } }] : undefined,
      });
    }
  },
});
