import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'base-image-untagged',
    aliases: ['DL3006'],
    category: 'base-image',
    severity: 'warning',
    title: 'Base image has no tag',
    why: 'An image without a tag means `:latest`: the build silently picks up whatever version was published last, so two builds of the same commit can differ.',
    howToFix: 'Add an explicit version tag, or a digest (`@sha256:…`) for byte-for-byte reproducible builds. A tag coming from a build argument (`FROM node:${NODE_VERSION}`) counts when the ARG has a default.',
    examples: { bad: 'FROM debian', good: 'FROM debian:12.5-slim' },
    messages: {
      noTag: "'{image}' has no tag, so it means :latest; pin a version.",
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const { image } = stage;
      if (stage.parent || image.isScratch || image.tag || image.digest || image.hasVariables || !image.repository) continue;
      ctx.report({ range: stage.imageRange, messageId: 'noTag', data: { image: image.raw } });
    }
  },
});
