import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule, type DockerfileContext } from '../context';
import type { Stage } from '../model';

function isAbsolute(path: string, windows: boolean): boolean {
  if (path.startsWith('/')) return true;
  // `C:\app` reaches us as `C:app` when the parser has taken the backslash as its escape character
  if (/^[A-Za-z]:/.test(path)) return true;
  return windows && path.startsWith('\\');
}

export default defineDockerfileRule({
  meta: {
    id: 'workdir-relative-path',
    aliases: ['DL3000', 'WorkdirRelativePath'],
    category: 'correctness',
    severity: 'warning',
    title: 'WORKDIR is relative before any absolute WORKDIR',
    why: "A relative WORKDIR is resolved against the base image's working directory. That directory is chosen by the image publisher and can change in a new release, moving everything your build puts there.",
    howToFix: 'Use an absolute path (`WORKDIR /app`), or set an absolute WORKDIR earlier in the stage before going relative.',
    examples: { bad: 'FROM node:20\nWORKDIR app', good: 'FROM node:20\nWORKDIR /app' },
    messages: { relative: "WORKDIR '{path}' is relative to the base image's working directory; use an absolute path." },
  },
  check(ctx) {
    const { model } = ctx;
    // Instructions before any FROM (a fragment, a file being typed) are read as a stage of their own; its platform is
    // unknown, so Windows-style paths count as absolute there.
    checkScope(ctx, model.preamble, false, true);
    const absoluteSet = new Map<Stage, boolean>();
    for (const stage of model.stages) {
      absoluteSet.set(stage, checkScope(ctx, stage.instructions, stage.parent ? absoluteSet.get(stage.parent) ?? false : false, stage.isWindows));
    }
  },
});

/** Reports the first WORKDIR of a stage when it is relative; returns whether a WORKDIR was set by the end. */
function checkScope(ctx: DockerfileContext, instructions: Instruction[], setBefore: boolean, windows: boolean): boolean {
  let set = setBefore;
  for (const instruction of instructions) {
    if (instruction.getKeyword().toUpperCase() !== 'WORKDIR') continue;
    const args = instruction.getArguments();
    if (!args.length) continue;
    const path = args.map((a) => a.getValue()).join(' ').replace(/^["']|["']$/g, '');
    if (set) continue;
    set = true;
    if (path.startsWith('$') || isAbsolute(path, windows)) continue;
    const range = { start: args[0].getRange().start, end: args[args.length - 1].getRange().end };
    ctx.report({ range, messageId: 'relative', data: { path } });
  }
  return set;
}
