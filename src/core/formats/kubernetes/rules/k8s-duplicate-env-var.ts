import type { Range } from '../../../base/model/finding';
import { defineKubernetesRule } from '../context';
import { englishLabelledMessages, labelledReport } from '../label-messages';
import { eachContainer } from '../rule-helpers';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-duplicate-env-var',
    aliases: ['duplicate-env-var'],
    category: 'correctness',
    severity: 'warning',
    title: 'Container sets the same environment variable twice',
    why: 'When `env` names a variable twice the last entry wins, silently: whoever edits the first one sees no effect. Server-side apply and strategic-merge patches key `env` by name and refuse or mangle the duplicate.',
    howToFix: 'Keep one entry per name and delete the other.',
    examples: { bad: 'env:\n  - {name: LOG_LEVEL, value: info}\n  - {name: LOG_LEVEL, value: debug}', good: 'env:\n  - {name: LOG_LEVEL, value: debug}' },
    messages: {
      ...englishLabelledMessages('duplicate', (l) => `${l} sets {env} twice: the last entry wins, the earlier one has no effect.`),
      firstHere: '{env} is first set here.',
    },
  },
  check(ctx) {
    for (const [w, c] of eachContainer(ctx)) {
      const first = new Map<string, Range>();
      for (const e of c.env) {
        const earlier = first.get(e.name);
        if (!earlier) {
          first.set(e.name, e.nameRange);
          continue;
        }
        const related = [{ path: ctx.path, range: earlier, messageId: 'firstHere', data: { env: e.name }, message: `${e.name} is first set here.` }];
        ctx.report({ range: e.nameRange, ...labelledReport('duplicate', w, c, { env: e.name }), related });
      }
    }
  },
});
