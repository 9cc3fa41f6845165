import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'base-image-latest-tag',
    aliases: ['DL3007'],
    category: 'base-image',
    severity: 'warning',
    title: 'Base image uses the :latest tag',
    why: '`latest` is whatever the publisher pushed last. The same Dockerfile builds a different image next week: a new major version, a new distribution release, new default users. Builds stop being reproducible and a rollback cannot bring back the old base.',
    howToFix: 'Name a version (`node:20.11-bookworm-slim`), and pin the digest too (`@sha256:…`) when you need the exact bytes. Let a bot (Renovate, Dependabot) propose updates.',
    examples: { bad: 'FROM node:latest', good: 'FROM node:20.11-bookworm-slim' },
    messages: { latestTag: "'{image}' uses the moving :latest tag; pin a version." },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (stage.parent || stage.image.digest || stage.image.tag?.toLowerCase() !== 'latest') continue;
      const range = stage.from.getImageTagRange() ?? stage.imageRange;
      ctx.report({ range, messageId: 'latestTag', data: { image: stage.image.raw } });
    }
  },
});
