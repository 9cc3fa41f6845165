import type { Copy } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import type { DockerfileModel } from '../model';

/**
 * The image `--from` copies when it is an external image: named directly, or through a stage that only aliases it
 * (`FROM tonistiigi/xx AS xx` with nothing after FROM). Undefined for a stage that builds something.
 */
function externalImage(model: DockerfileModel, from: string): string | undefined {
  const stage = /^\d+$/.test(from) ? model.stages[Number(from)] : model.stageNamed(from);
  if (!stage) return from;
  return stage.instructions.length === 0 && !stage.parent ? stage.image.raw : undefined;
}

export default defineDockerfileRule({
  meta: {
    id: 'copy-root-from-stage',
    aliases: ['DL3067'],
    category: 'efficiency',
    severity: 'warning',
    title: 'COPY --from copies a whole filesystem',
    why: '`COPY --from=build / /` carries everything from the other stage into this one: compilers, package manager state, caches and any secrets left behind. It defeats the point of a multi-stage build. From an external image (`--from=<image>`) it is reported as a note only: some images are made to be copied whole (scratch-based artefact images such as cross-compilation helpers), others bring a whole distribution along.',
    howToFix: 'Copy only what the final image needs: `COPY --from=build /out/app /usr/local/bin/app`. For an image built to be copied whole, keep it and ignore the note for that line.',
    examples: { bad: 'COPY --from=build / /', good: 'COPY --from=build /out/app /usr/local/bin/app' },
    messages: {
      wholeStage: "COPY --from copies the other stage's entire filesystem ('/') into '/'; copy only the files you need.",
      wholeImage: "COPY --from copies the whole filesystem of the image '{image}' into '/': fine for an image made to be copied whole (a scratch-based artefact image), otherwise copy only the files you need.",
    },
  },
  check(ctx) {
    const unquote = (s: string) => s.replace(/^["']|["']$/g, '');
    for (const info of ctx.instructionsOf('COPY', { includeOnbuild: false })) {
      const copy = info.instruction as Copy;
      const from = copy.getFromFlag()?.getValue();
      if (!from) continue;
      const args = ctx.model.isExecForm(copy)
        ? copy.getJSONStrings().map((s) => ({ value: s.getJSONValue(), range: s.getRange() }))
        : copy.getArguments().filter((a) => !a.getValue().startsWith('--')).map((a) => ({ value: a.getValue(), range: a.getRange() }));
      if (args.length < 2) continue;
      const dest = args[args.length - 1];
      const root = args.slice(0, -1).find((a) => unquote(a.value) === '/');
      if (!root || unquote(dest.value) !== '/') continue;
      const image = externalImage(ctx.model, from);
      if (image === undefined) {
        ctx.report({ range: root.range, messageId: 'wholeStage' });
      } else {
        ctx.report({
          range: root.range,
          severity: 'info',
          messageId: 'wholeImage',
          data: { image },
        });
      }
    }
  },
});
