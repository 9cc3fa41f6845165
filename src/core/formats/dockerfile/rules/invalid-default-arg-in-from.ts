import { defineDockerfileRule } from '../context';
import { expandWord } from '../expand-variables';

// Docker image reference grammar (distribution/reference), simplified to one regex.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

export function isValidImageReference(ref: string): boolean {
  return REFERENCE.test(ref);
}

export default defineDockerfileRule({
  meta: {
    id: 'invalid-default-arg-in-from',
    aliases: ['InvalidDefaultArgInFrom'],
    category: 'correctness',
    severity: 'warning',
    title: 'FROM is not a valid image when build arguments keep their defaults',
    why: 'A Dockerfile should build without any `--build-arg`. When a global ARG has no default (or a bad one), the image reference in FROM expands to something like `alpine:` and the build fails unless every caller remembers to pass the argument.',
    howToFix: 'Give the ARG a default (`ARG TAG=3.20`) or a fallback in FROM (`alpine:${TAG:-3.20}`).',
    examples: { bad: 'ARG TAG\nFROM alpine:${TAG}', good: 'ARG TAG=3.20\nFROM alpine:${TAG}' },
    messages: {
      invalidReference: "With default build arguments '{image}' becomes '{expanded}', which is not a valid image reference.",
      invalidReferenceNoDefault: "With default build arguments '{image}' becomes '{expanded}', which is not a valid image reference (no default for {missing}).",
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      const raw = stage.from.getImage();
      if (!raw || !raw.includes('$')) continue;
      const expanded = expandWord(raw, (name) => (model.globalArgs.has(name) ? model.globalArgs.get(name) ?? '' : ''), model.escapeChar).value;
      const lowered = expanded.toLowerCase();
      if (model.stages.some((s) => s.index < stage.index && s.name?.toLowerCase() === lowered)) continue;
      if (isValidImageReference(expanded)) continue;
      const missing = [...raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]).filter((n) => !model.globalArgs.get(n));
      ctx.report({
        range: stage.imageRange,
        messageId: missing.length ? 'invalidReferenceNoDefault' : 'invalidReference',
        data: { image: raw, expanded, missing: missing.map((n) => `'${n}'`).join(', ') },
      });
    }
  },
});
