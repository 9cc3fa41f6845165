import { tagProblem } from '../../../base/model/image-checks';
import { isDeployTimeImage } from '../build-tools';
import { defineKubernetesRule } from '../context';
import { eachContainer } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-image-latest-tag',
    aliases: ['latest-tag'],
    category: 'base-image',
    severity: 'warning',
    title: 'Container image uses :latest or no tag',
    why: '`:latest` (and an image with no tag, which means `:latest`) moves whenever the publisher pushes. Two replicas of the same Deployment can run different code, a node restart silently upgrades the pod, and a rollback cannot go back to what ran before. With the default imagePullPolicy of Always for :latest, every start also depends on the registry being up.',
    howToFix: 'Use a specific version tag (`nginx:1.30.0`) or, better for reproducibility, a digest (`nginx@sha256:…`). Images your build tool tags at deploy time are not reported: the `build.artifacts` of a `skaffold.yaml` in the manifest’s folder or above it, and `ko://` references.',
    examples: { bad: 'image: nginx:latest', good: 'image: nginx:1.30.0' },
    messages: {
      ...englishLabelledMessages('latestTag', (l) => `${l} uses "{image}": the :latest tag moves, so replicas and restarts may run different code.`),
      ...englishLabelledMessages('noTag', (l) => `${l} uses "{image}" without a tag, which means :latest: replicas and restarts may run different code.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const img = c.image;
      if (!img) continue;
      const problem = tagProblem(img.ref);
      if (!problem || isDeployTimeImage(img.raw, ctx.path, ctx.host)) continue;
      ctx.report({
        range: problem === 'latest' ? img.tagRange ?? img.refRange : img.refRange,
        ...labelledReport(problem === 'latest' ? 'latestTag' : 'noTag', w, c, { image: img.raw.trim() }),
      });
    }
  },
});
