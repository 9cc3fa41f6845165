import { defineDockerfileRule } from '../context';
import type { Stage } from '../model';
import { effectiveArgv, programOf, type ShellWord } from '../../../base/shell/split-commands';

export default defineDockerfileRule({
  meta: {
    id: 'curl-and-wget',
    aliases: ['DL4001'],
    category: 'style',
    severity: 'warning',
    title: 'Both curl and wget are used in one stage',
    why: 'curl and wget do the same job. Using both means both have to be installed in the image, which adds size and a second tool to keep patched, and the stage is harder to read.',
    howToFix: 'Pick one of them (whichever the base image already ships) and use it for every download in the stage.',
    examples: { bad: 'RUN curl -fsSLO https://example.com/a && wget https://example.com/b', good: 'RUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b' },
    messages: {
      secondTool: "'{tool}' is used here, but this stage already downloads with '{firstTool}'; stick to one of them.",
    },
  },
  check(ctx) {
    const byStage = new Map<Stage, Array<{ tool: string; word: ShellWord }>>();
    for (const { info, script } of ctx.runScripts()) {
      if (!script.posix || !info.stage || info.onbuild) continue;
      for (const command of script.commands) {
        const tool = programOf(command);
        if (tool !== 'curl' && tool !== 'wget') continue;
        const uses = byStage.get(info.stage) ?? [];
        uses.push({ tool, word: effectiveArgv(command)[0] });
        byStage.set(info.stage, uses);
      }
    }
    for (const uses of byStage.values()) {
      const first = uses[0].tool;
      const other = first === 'curl' ? 'wget' : 'curl';
      for (const use of uses) {
        if (use.tool !== other) continue;
        ctx.report({ range: ctx.range(use.word.start, use.word.end), messageId: 'secondTool', data: { tool: other, firstTool: first } });
      }
    }
  },
});
