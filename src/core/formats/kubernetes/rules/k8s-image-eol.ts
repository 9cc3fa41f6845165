import { describeImage, eolStatus } from '../../../knowledge';
import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-image-eol',
    aliases: [],
    category: 'base-image',
    severity: 'warning',
    title: 'Container image is past (or near) end of life',
    why: 'Once a distribution or language runtime reaches end of life, nobody publishes security fixes for it: every new CVE in its packages stays open in your running container. The dates come from an offline table of well-known images; unknown images are never reported. An image within 90 days of its end of life is a note.',
    howToFix: 'Move to a supported release line (the message names one) and rebuild or re-tag; for distributions, the next stable release; for runtimes, the current LTS.',
    examples: { bad: 'image: python:3.7-slim', good: 'image: python:3.13-slim' },
    messages: {
      ...englishLabelledMessages('past', (l) => `${l} runs {release}, which reached end of life on {date}: no more security fixes.`),
      ...englishLabelledMessages('pastMoveTo', (l) => `${l} runs {release}, which reached end of life on {date}: no more security fixes. Move to {successor}.`),
      ...englishLabelledMessages('soon', (l) => `${l} runs {release}, which reaches end of life on {date} (in {days} days): no more security fixes.`),
      ...englishLabelledMessages('soonMoveTo', (l) => `${l} runs {release}, which reaches end of life on {date} (in {days} days): no more security fixes. Move to {successor}.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const img = c.image;
      if (!img || img.ref.hasVariables) continue;
      const facts = describeImage(img.ref);
      for (const release of [facts.runtime, facts.distro]) {
        if (!release?.eol) continue;
        const status = eolStatus(release.eol);
        if (status !== 'past' && status !== 'soon') continue;
        ctx.report({
          range: img.tagRange ?? img.refRange,
          severity: status === 'soon' ? 'info' : undefined,
          ...labelledReport(`${status}${release.successor ? 'MoveTo' : ''}`, w, c, {
            release: release.label,
            date: release.eol.date,
            ...(status === 'soon' ? { days: release.eol.daysLeft } : {}),
            ...(release.successor ? { successor: release.successor } : {}),
          }),
        });
        break;
      }
    }
  },
});
