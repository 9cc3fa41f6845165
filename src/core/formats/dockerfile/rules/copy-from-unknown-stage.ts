import type { Copy } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'copy-from-unknown-stage',
    aliases: ['DL3022'],
    category: 'correctness',
    severity: 'warning',
    title: 'COPY --from names no earlier stage',
    why: '`COPY --from` takes an earlier stage (by name or index) or an image. A name that matches no stage above — a typo, or a stage defined further down — is treated as an image to pull, so the build either fails or copies from an unrelated image from a registry.',
    howToFix: 'Name a stage defined above with `FROM … AS <name>`, move the stage before this COPY, or write an image reference with its tag (`--from=busybox:1.36`). Named build contexts passed with `--build-context` can be listed in an ignore pragma.',
    examples: { bad: 'FROM alpine:3.20\nCOPY --from=biuld /out/app /app', good: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app' },
    messages: {
      laterIndex: "Stage {index} comes after this COPY; --from can only use earlier stages.",
      noSuchIndex: "There is no stage {index}; this Dockerfile has {stageCount}.",
      laterName: "Stage '{stage}' is defined after this COPY; move it above or copy from an earlier stage.",
      unknownName: "'{stage}' is not a stage defined above; fix the name, or if it is an image, give it a tag ('{stage}:<tag>').",
    },
  },
  check(ctx) {
    const stages = ctx.model.stages;
    for (const info of ctx.instructionsOf('COPY', { includeOnbuild: false })) {
      const flag = (info.instruction as Copy).getFromFlag();
      const value = flag?.getValue();
      const stage = info.stage;
      const range = flag?.getValueRange();
      if (!value || !range || value.includes('$')) continue;
      // before any FROM, no stage is defined above
      const index = stage ? stage.index : -1;
      if (/^[0-9]+$/.test(value)) {
        const n = Number(value);
        if (n > index) {
          ctx.report(n < stages.length ? { range, messageId: 'laterIndex', data: { index: n } } : { range, messageId: 'noSuchIndex', data: { index: n, stageCount: stages.length } });
        }
        continue;
      }
      const named = ctx.model.stageNamed(value);
      if (named && named.index <= index) continue; // earlier stage, or its own stage (copy-from-own-stage)
      if (named) {
        ctx.report({ range, messageId: 'laterName', data: { stage: value } });
        continue;
      }
      if (/[:/@.]/.test(value)) continue; // an image reference
      ctx.report({ range, messageId: 'unknownName', data: { stage: value } });
    }
  },
});
