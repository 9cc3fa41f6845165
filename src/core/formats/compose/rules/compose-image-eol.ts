import { describeImage, eolStatus, type ReleaseFacts } from '../../../knowledge';
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
    messages: {
      past: "Service '{service}' uses {release}, which reached end of life on {date}: no more security fixes.",
      pastMoveTo: "Service '{service}' uses {release}, which reached end of life on {date}: no more security fixes. Move to {successor}.",
      pastEstimated: "Service '{service}' uses {release}, which reached end of life on {date} (estimated): no more security fixes.",
      pastEstimatedMoveTo: "Service '{service}' uses {release}, which reached end of life on {date} (estimated): no more security fixes. Move to {successor}.",
      soon: "Service '{service}' uses {release}, which reaches end of life on {date} (in {days} days).",
      soonMoveTo: "Service '{service}' uses {release}, which reaches end of life on {date} (in {days} days). Move to {successor}.",
    },
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
        ctx.report({
          range: image.tagRange ?? image.range,
          severity: status === 'past' ? 'warning' : 'info',
          messageId: `${status === 'past' ? (eol.estimated ? 'pastEstimated' : 'past') : 'soon'}${release.successor ? 'MoveTo' : ''}`,
          data: { service: service.name, release: release.label, date: eol.date, days: eol.daysLeft, ...(release.successor ? { successor: release.successor } : {}) },
        });
      }
    }
  },
});
