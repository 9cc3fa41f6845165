import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'from-as-casing',
    aliases: ['FromAsCasing'],
    category: 'style',
    severity: 'warning',
    title: "The 'AS' keyword does not match the casing of 'FROM'",
    why: 'Keywords may be written in either case, but mixing `FROM` with `as` on one line reads as sloppy and makes the stage declaration harder to spot.',
    howToFix: 'Write `AS` in the same case as `FROM`: `FROM … AS name` or `from … as name`.',
    examples: { bad: 'FROM node:20 as build', good: 'FROM node:20 AS build' },
    fixable: true,
    messages: { casingMismatch: "'{as}' does not match the casing of '{from}'; write '{wanted}'." },
  },
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      if (!stage.nameRange) continue;
      const from = stage.from.getInstruction();
      const upper = from === from.toUpperCase();
      const lower = from === from.toLowerCase();
      if (!upper && !lower) continue;
      // the AS keyword is the last word before the stage name
      const nameStart = model.index.offsetAt(stage.nameRange.start);
      const imageEnd = model.index.offsetAt(stage.imageRange.end);
      const between = model.text.slice(imageEnd, nameStart);
      const m = /(as)\s+$/i.exec(between);
      if (!m) continue;
      const as = m[1];
      const wanted = upper ? 'AS' : 'as';
      if (as === wanted) continue;
      const start = imageEnd + m.index;
      const range = ctx.range(start, start + 2);
      ctx.report({
        range,
        messageId: 'casingMismatch',
        data: { as, from, wanted },
        fix: { ...fixTitle('writeAs', { text: wanted }), edits: [{ range, newText: wanted }] },
      });
    }
  },
});
