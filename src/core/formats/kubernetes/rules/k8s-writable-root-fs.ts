import { defineKubernetesRule } from '../context';
import { eachContainer, hardeningFixFor } from '../rule-helpers';
import { englishLabelledMessages, labelledReport } from '../label-messages';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-writable-root-fs',
    aliases: ['no-read-only-root-fs'],
    category: 'isolation',
    severity: 'info',
    title: 'Container root filesystem is writable',
    why: 'A writable root filesystem lets an attacker (or a bug) drop tools and binaries into the container, modify its code and persist until the pod is replaced. Read-only makes the image what runs, and writes go to volumes you chose.',
    howToFix: 'Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where the app needs to write (e.g. `/tmp`). The hardening quick fix adds the setting; test that the app copes.',
    examples: { bad: 'securityContext: {}', good: 'securityContext:\n  readOnlyRootFilesystem: true' },
    fixable: true,
    messages: {
      ...englishLabelledMessages('writable', (l) => `${l} can write to its root filesystem: anything dropped there stays until the pod is replaced.`),
      ...englishLabelledMessages('writableExplicit', (l) => `${l} can write to its root filesystem (readOnlyRootFilesystem: false): anything dropped there stays until the pod is replaced.`),
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const s = c.securityContext.readOnlyRootFilesystem;
      if (s?.value === true) continue;
      ctx.report({
        range: s?.range ?? c.anchorRange,
        ...labelledReport(s ? 'writableExplicit' : 'writable', w, c),
        fix: hardeningFixFor(ctx, w, c, 'readOnlyRootFilesystem'),
      });
    }
  },
});
