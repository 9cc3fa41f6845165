import type { Copy } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import { shipsLayers, SHIPPING_STAGES_NOTE } from '../model';
import { isTarArchiveName, tarExtractArgs } from '../add-sources';
import { fileOperands } from '../file-operands';

/** The last path segment, for either separator (a Windows destination such as `C:\\app\\a.tar` too). */
function fileName(path: string): string {
  return path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? path;
}

export default defineDockerfileRule({
  meta: {
    id: 'add-local-archive',
    aliases: ['DL3010'],
    category: 'efficiency',
    severity: 'info',
    title: 'Local archive copied and then extracted with tar',
    why: 'COPY followed by `RUN tar -x` stores the archive in one layer and its contents in the next, so the image carries the data twice (deleting the archive later does not shrink the earlier layer). ADD unpacks a local tar archive in a single step.' + SHIPPING_STAGES_NOTE,
    howToFix: 'Replace the COPY and the tar step with `ADD app.tar.gz /opt/app/`. To extract with control over the options, bind-mount the archive instead: `RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt`.',
    examples: { bad: 'COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt', good: 'ADD app.tar.gz /opt/' },
    messages: {
      copiedThenUnpacked: "'{archive}' is copied and then unpacked with tar, so the image holds it twice; 'ADD {archive} <dir>/' extracts it in one layer.",
    },
  },
  check(ctx) {
    const runs = ctx.runScripts();
    for (const info of ctx.instructionsOf('COPY', { includeOnbuild: false })) {
      // before any FROM (a fragment), the instructions that follow are read as one stage: `info.stage` is undefined for both
      if ((info.instruction as Copy).getFromFlag() || !shipsLayers(info)) continue;
      const operands = fileOperands(ctx.model, info.instruction);
      const line = info.instruction.getRange().start.line;
      // the RUNs after this COPY, looked up only once a source is an archive (most COPYs copy none)
      let later: typeof runs | undefined;
      for (const source of operands.slice(0, -1)) {
        if (source.heredoc || /[$*?[]/.test(source.value) || !isTarArchiveName(source.value)) continue;
        later ??= runs.filter((r) => r.info.stage === info.stage && !r.info.onbuild && r.script.posix && r.info.instruction.getRange().start.line > line);
        // the archive keeps its name, or takes the destination's when it is copied to a file path
        const names = new Set([fileName(source.value)]);
        const dest = operands[operands.length - 1]?.value ?? '';
        if (operands.length === 2 && !/[\\/]$/.test(dest) && isTarArchiveName(dest)) names.add(fileName(dest));
        const extracted = later.some((r) => r.script.commands.some((c) => tarExtractArgs(c)?.some((w) => names.has(fileName(w.value)) || [...names].some((n) => w.value.endsWith('=' + n)))));
        if (!extracted) continue;
        ctx.report({
          range: ctx.range(source.start, source.end),
          messageId: 'copiedThenUnpacked',
          data: { archive: source.value },
        });
      }
    }
  },
});
