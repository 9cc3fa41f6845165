import { describeImage, eolStatus, type ReleaseFacts } from '../../knowledge';
import { defineComposeRule } from '../context';

export default defineComposeRule({
  meta: {
    id: 'compose-image-eol',
    aliases: [],
    category: 'base-image',
    severity: 'warning',
    title: 'Compose service image is past (or near) end of life',
    why: 'Once a distribution or language release reaches end of life, its maintainers stop publishing security fixes. An image built on it keeps collecting known vulnerabilities that will never be patched upstream, and newer libraries stop supporting it.',
    howToFix: 'Move the service to a supported release line of the same image (the message names one) and test it. Findings for releases that end within 90 days are shown as info.',
    examples: { bad: 'image: python:3.8-slim', good: 'image: python:3.12-slim' },
  },
  check(ctx) {
    for (const service of ctx.services) {
      const image = service.image;
      if (!image || service.build) continue;
      const facts = describeImage(image.ref);
      const releases = [facts.runtime, facts.distro as ReleaseFacts | undefined].filter((r): r is ReleaseFacts => !!r?.eol);
      for (const release of releases) {
        const status = eolStatus(release.eol);
        if (status !== 'past' && status !== 'soon') continue;
        const eol = release.eol!;
        const successor = release.successor ? ` Move to ${release.successor}.` : '';
        ctx.report({
          range: image.tagRange ?? image.range,
          severity: status === 'past' ? 'warning' : 'info',
          message:
            status === 'past'
              ? `Service '${service.name}' uses ${release.label}, which reached end of life on ${eol.date}${eol.estimated ? ' (estimated)' : ''}: no more security fixes.${successor}`
              : `Service '${service.name}' uses ${release.label}, which reaches end of life on ${eol.date} (in ${eol.daysLeft} days).${successor}`,
        });
      }
    }
  },
});
