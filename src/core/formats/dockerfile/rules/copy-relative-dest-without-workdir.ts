import type { Copy, Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import type { Stage } from '../model';

function isAbsolute(dest: string): boolean {
  const d = dest.replace(/^["']|["']$/g, '');
  // `c:\dir` reaches us as `c:dir` when the parser has taken the backslash as its escape character
  return d.startsWith('/') || d.startsWith('$') || d.startsWith('\\') || /^[A-Za-z]:/.test(d);
}

/** A WORKDIR before `line` in the stage or a stage it builds on; without a stage, among the instructions before FROM. */
function hasWorkdirBefore(stage: Stage | undefined, preamble: Instruction[], line: number): boolean {
  if (!stage) return preamble.some((i) => i.getKeyword().toUpperCase() === 'WORKDIR' && i.getRange().start.line < line);
  if (stage.instructions.some((i) => i.getKeyword().toUpperCase() === 'WORKDIR' && i.getRange().start.line < line)) return true;
  for (let s = stage.parent; s; s = s.parent) {
    if (s.instructions.some((i) => i.getKeyword().toUpperCase() === 'WORKDIR')) return true;
  }
  return false;
}

export default defineDockerfileRule({
  meta: {
    id: 'copy-relative-dest-without-workdir',
    aliases: ['DL3045'],
    category: 'correctness',
    severity: 'warning',
    title: 'COPY to a relative path before any WORKDIR',
    why: 'A relative COPY destination is resolved against the working directory, which nothing in this stage has set. It then depends on whatever the base image chose (often `/`), so files can land somewhere unexpected, and a base image update can move them.',
    howToFix: 'Set `WORKDIR /app` (any absolute path) before the COPY, or use an absolute destination: `COPY app.py /app/`.',
    examples: { bad: 'FROM python:3.12-slim\nCOPY app.py .', good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .' },
    messages: {
      relativeDest: "COPY destination '{dest}' is relative, but no WORKDIR is set in this stage; it resolves against the base image's working directory.",
    },
  },
  check(ctx) {
    for (const info of ctx.instructionsOf('COPY', { includeOnbuild: false })) {
      const copy = info.instruction as Copy;
      if (copy.getHeredocs().length) continue;
      let dest: { value: string; range: ReturnType<typeof ctx.keywordRange> } | undefined;
      if (ctx.model.isExecForm(copy)) {
        const strings = copy.getJSONStrings();
        const last = strings[strings.length - 1];
        if (strings.length >= 2) dest = { value: last.getJSONValue(), range: last.getRange() };
      } else {
        const args = copy.getArguments().filter((a) => !a.getValue().startsWith('--'));
        const last = args[args.length - 1];
        if (args.length >= 2) dest = { value: last.getValue(), range: last.getRange() };
      }
      if (!dest || isAbsolute(dest.value) || hasWorkdirBefore(info.stage, ctx.model.preamble, copy.getRange().start.line)) continue;
      ctx.report({ range: dest.range, messageId: 'relativeDest', data: { dest: dest.value } });
    }
  },
});
