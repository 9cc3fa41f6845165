import * as path from 'path';
import type { Argument, Flag } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import { DockerIgnore } from '../dockerignore';

export default defineDockerfileRule({
  meta: {
    id: 'copy-ignored-file',
    aliases: ['CopyIgnoredFile'],
    category: 'correctness',
    severity: 'warning',
    title: 'COPY or ADD source is excluded by .dockerignore',
    why: 'Files matched by `.dockerignore` are never sent to the builder. A COPY or ADD of such a path fails ("not found") or, for a folder, silently copies less than it seems to.',
    howToFix: 'Remove the path from `.dockerignore` (or add a `!path` exception), or stop copying it.',
    examples: { bad: '# .dockerignore: dist\nCOPY dist/ /app/', good: '# .dockerignore: node_modules\nCOPY dist/ /app/' },
    messages: {
      excluded: "'{source}' is excluded from the build context by '{pattern}' ({ignoreFile} line {line}), so {instruction} cannot see it.",
    },
  },
  check(ctx) {
    const dir = path.dirname(ctx.path);
    const own = ctx.host.readFile(`${ctx.path}.dockerignore`);
    const ignoreName = own !== undefined ? `${path.basename(ctx.path)}.dockerignore` : '.dockerignore';
    const content = own ?? ctx.host.readFile(path.join(dir, '.dockerignore'));
    if (content === undefined) return;
    const ignore = DockerIgnore.parse(content);
    if (!ignore.patterns.length) return;
    const { model } = ctx;
    for (const info of model.instructions) {
      if (info.keyword !== 'COPY' && info.keyword !== 'ADD') continue;
      const instruction = info.instruction as typeof info.instruction & { getFlags?(): Flag[]; getHeredocs?(): unknown[] };
      if (instruction.getFlags?.().some((f) => f.getName().toLowerCase() === 'from')) continue;
      if (instruction.getHeredocs?.().length) continue;
      const sources = sourceArgs(instruction.getArguments(), model.isExecForm(instruction));
      for (const { value, arg } of sources) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('git@') || /[*?[\]$]/.test(value)) continue;
        const cleaned = value.replace(/^\.?\/+/, '').replace(/\/+$/, '');
        let pattern;
        if (cleaned === '' || cleaned === '.') {
          // the context root: only patterns that leave out everything count
          pattern = ignore.patterns.find((p) => !p.exclusion && ['*', '**', '**/*'].includes(p.text));
          if (!pattern || ignore.hasExclusions) continue;
        } else {
          pattern = ignore.excludedBy(cleaned);
          if (!pattern || ignore.mayReincludeBelow(cleaned)) continue;
        }
        const argStart = model.index.offsetAt(arg.getRange().start);
        const at = arg.getValue().indexOf(value);
        ctx.report({
          range: at > 0 ? ctx.range(argStart + at, argStart + at + value.length) : arg.getRange(),
          messageId: 'excluded',
          data: { source: value, pattern: pattern.text, ignoreFile: ignoreName, line: pattern.line + 1, instruction: info.keyword },
        });
      }
    }
  },
});

function sourceArgs(args: Argument[], exec: boolean): Array<{ value: string; arg: Argument }> {
  let list = args.map((arg) => ({ value: arg.getValue(), arg }));
  if (exec) {
    list = list
      .map((a) => ({ ...a, value: a.value.replace(/^\[/, '').replace(/\]$/, '').replace(/,$/, '').trim() }))
      .filter((a) => a.value !== '')
      .map((a) => ({ ...a, value: a.value.replace(/^"(.*)"$/, '$1') }));
  } else list = list.map((a) => ({ ...a, value: a.value.replace(/^(["'])(.*)\1$/, '$2') }));
  return list.slice(0, -1);
}
