import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'from-platform-flag-const',
    aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
    category: 'reliability',
    severity: 'warning',
    title: 'FROM --platform uses a fixed platform',
    why: 'A fixed `--platform=linux/amd64` pins the stage to one architecture: the image cannot be built for several platforms, and on other machines it runs under emulation. Choosing the platform belongs to the build command (`docker build --platform`).',
    howToFix: 'Drop the flag and pass `--platform` to the build, or use a variable (`--platform=$BUILDPLATFORM` for cross-compiling stages). A stage that really is platform-specific should say so in its name (`AS build-amd64`).',
    examples: { bad: 'FROM --platform=linux/amd64 alpine:3.20', good: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build' },
    messages: { fixedPlatform: "'--platform={platform}' pins this stage to one platform; let the build choose it or use $BUILDPLATFORM/$TARGETPLATFORM." },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = (flag?.getValue() ?? '').replace(/^["']|["']$/g, '');
      if (!flag || !value || value.includes('$')) continue;
      const [os = '', arch = ''] = value.toLowerCase().split('/');
      const name = (stage.name ?? '').toLowerCase();
      if (name && ((os && name.includes(os)) || (arch && name.includes(arch)))) continue;
      ctx.report({
        range: flag.getValueRange() ?? flag.getRange(),
        messageId: 'fixedPlatform',
        data: { platform: value },
      });
    }
  },
});
