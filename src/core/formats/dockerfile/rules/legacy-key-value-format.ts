import type { Property } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'legacy-key-value-format',
    aliases: ['LegacyKeyValueFormat'],
    category: 'style',
    severity: 'warning',
    title: 'ENV or LABEL uses the legacy "key value" form',
    why: 'In the old `ENV key value` form everything after the first space is the value, so `ENV A 1 B 2` sets one variable `A` to `1 B 2`. The `key=value` form is unambiguous, allows several pairs per instruction and is the only form documented going forward.',
    howToFix: 'Write `ENV key=value` (quote values with spaces: `ENV key="a b"`).',
    examples: { bad: 'ENV NODE_ENV production', good: 'ENV NODE_ENV=production' },
    fixable: true,
    messages: { legacyForm: "'{keyword} {name} …' uses the legacy space-separated form; write '{name}=…'." },
  },
  check(ctx) {
    const { model } = ctx;
    for (const info of model.instructions) {
      if (info.keyword !== 'ENV' && info.keyword !== 'LABEL') continue;
      const props = (info.instruction as unknown as { getProperties(): Property[] }).getProperties();
      for (const prop of props) {
        if (prop.getAssignmentOperator() !== null) continue;
        const nameRange = prop.getNameRange();
        const name = prop.getName();
        const value = prop.getValue();
        const valueRange = prop.getValueRange();
        let fix;
        if (props.length === 1 && value !== null && valueRange && valueRange.start.line === valueRange.end.line) {
          const start = model.index.offsetAt(nameRange.end);
          const end = model.index.offsetAt(valueRange.end);
          const rawValue = model.text.slice(model.index.offsetAt(valueRange.start), end);
          if (rawValue === value && !/["'`\\]/.test(value) && !value.includes(model.escapeChar)) {
            fix = { ...fixTitle('writeKeyValue', { keyword: info.keyword, name }), edits: [{ range: ctx.range(start, end), newText: `="${value}"` }] };
          }
        }
        ctx.report({
          range: nameRange,
          messageId: 'legacyForm',
          data: { keyword: info.keyword, name },
          fix,
        });
      }
    }
  },
});
