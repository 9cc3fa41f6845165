import type { Copy } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'copy-from-own-stage',
    aliases: ['DL3023'],
    category: 'correctness',
    severity: 'error',
    title: 'COPY --from names the stage it is in',
    why: 'A stage cannot copy from itself: its file system is still being built. The builder reports a circular dependency and the build fails.',
    howToFix: 'Point `--from` at the earlier stage that produced the files, or copy from the build context by dropping `--from`.',
    examples: { bad: 'FROM node:20 AS build\nCOPY --from=build /app/dist /srv', good: 'FROM node:20 AS build\nFROM nginx:1.30\nCOPY --from=build /app/dist /srv' },
    messages: {
      ownStage: "COPY --from={stage} refers to the stage it is in; copy from an earlier stage.",
    },
  },
  check(ctx) {
    for (const info of ctx.instructionsOf('COPY', { includeOnbuild: false })) {
      const flag = (info.instruction as Copy).getFromFlag();
      const value = flag?.getValue();
      const stage = info.stage;
      const range = flag?.getValueRange();
      if (!stage || !value || !range) continue;
      const own = /^[0-9]+$/.test(value) ? Number(value) === stage.index : stage.name !== undefined && stage.name.toLowerCase() === value.toLowerCase();
      if (own) ctx.report({ range, messageId: 'ownStage', data: { stage: value } });
    }
  },
});
