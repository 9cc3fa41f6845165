import type { Flag, Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import { shipsLayers, SHIPPING_STAGES_NOTE } from '../model';

function flagsOf(instruction: Instruction): string {
  const flags = (instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? [];
  return flags.map((f) => f.toString()).sort().join(' ');
}

/**
 * Statements of a RUN in a shell we do not parse (PowerShell, cmd): its non-empty lines and `;`-separated parts. An
 * estimate, but a 13-line PowerShell script is never "short".
 */
function foreignStatementCount(instruction: Instruction): number {
  const body = instruction.getArgumentsContent() ?? '';
  return body
    .split(/\r?\n|;/)
    .map((part) => part.replace(/[`^\\]\s*$/, '').trim())
    .filter((part) => part.length > 0 && !part.startsWith('#')).length;
}

export default defineDockerfileRule({
  meta: {
    id: 'consecutive-run-instructions',
    aliases: ['DL3059'],
    category: 'style',
    severity: 'info',
    title: 'Consecutive RUN instructions could be one',
    why: 'Every RUN adds a layer. Short RUNs in a row, each doing one small step, make the image history longer and can keep files that a later step deletes in an earlier layer.' + SHIPPING_STAGES_NOTE,
    howToFix: 'Join the steps with `&&` (or a heredoc `RUN <<EOF … EOF`) in one RUN. Keeping them apart is fine when you do it on purpose, for example to cache an expensive step separately.',
    examples: { bad: 'RUN apt-get update\nRUN apt-get install -y curl', good: 'RUN apt-get update && apt-get install -y curl' },
    messages: {
      mergeRuns: 'This RUN directly follows another short RUN; consider merging them into one layer.',
    },
  },
  check(ctx) {
    let previous: { flags: string; count: number } | undefined;
    for (const info of ctx.model.instructions) {
      if (info.onbuild) continue;
      if (!shipsLayers(info)) {
        previous = undefined;
        continue;
      }
      if (info.keyword !== 'RUN') {
        previous = undefined;
        continue;
      }
      const script = ctx.model.runScript(info);
      const count = script.form === 'exec' ? 1 : script.posix ? script.commands.length : foreignStatementCount(info.instruction);
      const flags = flagsOf(info.instruction);
      if (previous && previous.flags === flags && previous.count <= 1 && count <= 1) {
        ctx.report({ range: ctx.keywordRange(info.instruction), messageId: 'mergeRuns' });
      }
      previous = { flags, count };
    }
  },
});
