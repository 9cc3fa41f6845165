import { tagProblem } from '../../../base/model/image-checks';
import { defineComposeRule } from '../context';
import { shown } from '../interpolate';

export default defineComposeRule({
  meta: {
    id: 'compose-image-latest-tag',
    aliases: ['latest-tag'],
    category: 'base-image',
    severity: 'warning',
    title: 'Compose service image uses :latest or no tag',
    why: 'An image without a tag means `:latest`, which is whatever the publisher pushed last. `docker compose pull` on another day or another machine gives a different image — a new major version, a new base OS, a different default user — so environments drift apart and a rollback cannot bring the old one back.',
    howToFix: 'Name a version (`postgres:16.4-bookworm`), and pin the digest too (`@sha256:…`) when you need the exact bytes. Let Renovate or Dependabot propose updates.',
    examples: { bad: 'image: redis', good: 'image: redis:7.4-alpine' },
    messages: {
      latestTag: "Service '{service}' uses '{image}': the moving :latest tag changes under you; pin a version.",
      noTag: "Service '{service}' uses '{image}' without a tag, which means :latest; pin a version.",
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      const image = service.image;
      if (!image || service.build) continue; // with build:, image: only names the result
      const problem = tagProblem(image.ref);
      if (!problem) continue;
      ctx.report({
        range: problem === 'latest' ? image.tagRange ?? image.range : image.range,
        messageId: problem === 'latest' ? 'latestTag' : 'noTag',
        data: { service: service.name, image: shown(image, image.value) },
      });
    }
  },
});
