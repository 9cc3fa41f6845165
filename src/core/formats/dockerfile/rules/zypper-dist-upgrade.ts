import { defineDockerfileRule } from '../context';
import { parseRpmCommand } from '../rpm-family-commands';

export default defineDockerfileRule({
  meta: {
    id: 'zypper-dist-upgrade',
    aliases: ['DL3035'],
    category: 'correctness',
    severity: 'warning',
    title: 'zypper dist-upgrade in a Dockerfile',
    why: 'A distribution upgrade inside an image build replaces large parts of the base image with whatever the repositories hold that day. The result no longer matches the base image you named, grows the layer, and differs from build to build.',
    howToFix: 'Move to a newer base image tag instead. If you need specific fixes, update or install just those packages with pinned versions.',
    examples: { bad: 'RUN zypper -n dist-upgrade', good: 'FROM opensuse/leap:15.6' },
    messages: { distUpgrade: "'zypper {subcommand}' upgrades the whole distribution during the build; use a newer base image instead." },
  },
  check(ctx) {
    for (const { commands } of ctx.posixScripts()) {
      for (const command of commands) {
        const cmd = parseRpmCommand(command);
        const sub = cmd?.family === 'zypper' ? cmd.subcommand : undefined;
        if (!sub || (sub.value !== 'dist-upgrade' && sub.value !== 'dup')) continue;
        ctx.report({ range: ctx.range(sub.start, sub.end), messageId: 'distUpgrade', data: { subcommand: sub.value } });
      }
    }
  },
});
