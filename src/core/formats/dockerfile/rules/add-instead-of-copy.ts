import type { Flag } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import { isRemoteSource, isTarArchiveName } from '../add-sources';
import { fileOperands } from '../file-operands';
import { fixTitle } from '../../../base/l10n/fix-titles';

/** Flags only ADD understands: with them, the instruction cannot simply become COPY. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export default defineDockerfileRule({
  meta: {
    id: 'add-instead-of-copy',
    aliases: ['DL3020'],
    category: 'correctness',
    severity: 'error',
    title: 'ADD used for plain local files',
    why: 'ADD does more than copy: it fetches URLs and unpacks local tar archives. Using it for ordinary files hides that behaviour, so a reader cannot tell whether something will be extracted, and renaming a file to `.tar.gz` later silently changes what lands in the image. COPY does exactly one, predictable thing.',
    howToFix: 'Use COPY for local files and directories. Keep ADD for what only it does: remote URLs (with `--checksum`), Git sources, and local archives you want extracted.',
    examples: { bad: 'ADD requirements.txt /app/', good: 'COPY requirements.txt /app/' },
    fixable: true,
    messages: {
      useCopy: 'Use COPY for {sources}: ADD is only needed for URLs and archives to extract.',
    },
  },
  check(ctx) {
    for (const info of ctx.instructionsOf('ADD')) {
      const instruction = info.instruction;
      const operands = fileOperands(ctx.model, instruction);
      if (operands.length < 2) continue;
      const sources = operands.slice(0, -1);
      const local = sources.filter((s) => !s.heredoc && !s.value.includes('$') && !isRemoteSource(s.value) && !isTarArchiveName(s.value));
      if (!local.length) continue;
      const flags = (instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? [];
      const onlyLocal = local.length === sources.length && !flags.some((f) => ADD_ONLY_FLAGS.has(f.getName().toLowerCase()));
      const keyword = instruction.getInstructionRange();
      const written = instruction.getInstruction();
      const fix = onlyLocal
        ? { ...fixTitle('replaceAddWithCopy'), edits: [{ range: keyword, newText: written === written.toLowerCase() ? 'copy' : 'COPY' }] }
        : undefined;
      const names = local.map((s) => `'${s.value}'`).join(', ');
      ctx.report({
        range: ctx.range(local[0].start, local[0].end),
        messageId: 'useCopy',
        data: { sources: names },
        fix,
      });
    }
  },
});
