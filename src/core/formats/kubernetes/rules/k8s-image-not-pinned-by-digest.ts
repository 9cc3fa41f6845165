import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-image-not-pinned-by-digest',
    aliases: [],
    category: 'supply-chain',
    severity: 'info',
    title: 'Container image is not pinned by digest (policy)',
    why: 'Off by default: switch it on in `.containment.yaml` for a supply-chain policy. A tag, even a version tag, is a pointer the registry owner can move; only a digest names exact bytes. Pinning by digest makes every node run the image you tested and makes a registry compromise visible.',
    howToFix: 'Append the digest: `image: nginx:1.30.0@sha256:…` (`docker buildx imagetools inspect nginx:1.30.0` shows it). Let a bot such as Renovate keep tag and digest up to date.',
    examples: { bad: 'image: nginx:1.30.0', good: 'image: nginx:1.30.0@sha256:0123…' },
    defaultOff: true,
    messages: {
      ...englishLabelledMessages('byTag', (l) => `${l} uses "{image}" by tag, not by digest: the registry can change what it points to.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const img = c.image;
      if (!img || img.ref.digest || img.ref.hasVariables || !img.ref.repository) continue;
      ctx.report({ range: img.refRange, ...labelledReport('byTag', w, c, { image: img.raw.trim() }) });
    }
  },
});
