import { defineDockerfileRule } from '../context';
import { fixTitle } from '../../../base/l10n/fix-titles';

export default defineDockerfileRule({
  meta: {
    id: 'redundant-target-platform',
    aliases: ['DL3065', 'RedundantTargetPlatform'],
    category: 'style',
    severity: 'warning',
    title: 'FROM --platform=$TARGETPLATFORM is redundant',
    why: 'A stage is built for the target platform unless told otherwise, so `--platform=$TARGETPLATFORM` changes nothing. It adds noise and suggests a cross-platform intent that is not there; the flag is meant for `$BUILDPLATFORM` in cross-compiling stages.',
    howToFix: 'Remove the `--platform=$TARGETPLATFORM` flag from FROM.',
    examples: { bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20', good: 'FROM alpine:3.20' },
    fixable: true,
    messages: { redundant: "'--platform={platform}' is what FROM does anyway; remove it." },
  },
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = (flag?.getValue() ?? '').replace(/^["']|["']$/g, '');
      if (!flag || (value !== '$TARGETPLATFORM' && value !== '${TARGETPLATFORM}')) continue;
      const start = model.index.offsetAt(flag.getRange().start);
      let end = model.index.offsetAt(flag.getRange().end);
      while (model.text[end] === ' ' || model.text[end] === '\t') end++;
      ctx.report({
        range: flag.getValueRange() ?? flag.getRange(),
        messageId: 'redundant',
        data: { platform: value },
        fix: { ...fixTitle('removeTargetPlatform'), edits: [{ range: ctx.range(start, end), newText: '' }] },
      });
    }
  },
});
