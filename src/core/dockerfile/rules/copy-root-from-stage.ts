import type { Copy } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';

export default defineDockerfileRule({
  meta: {
    id: 'copy-root-from-stage',
    aliases: ['DL3067'],
    category: 'efficiency',
    severity: 'warning',
    title: 'COPY --from copies a whole filesystem',
    why: '`COPY --from=build / /` carries everything from the other stage into this one: compilers, package manager state, caches and any secrets left behind. It defeats the point of a multi-stage build.',
    howToFix: 'Copy only what the final image needs: `COPY --from=build /out/app /usr/local/bin/app`.',
    examples: { bad: 'COPY --from=build / /', good: 'COPY --from=build /out/app /usr/local/bin/app' },
  },
  check(ctx) {
    const unquote = (s: string) => s.replace(/^["']|["']$/g, '');
    for (const info of ctx.instructionsOf('COPY', { includeOnbuild: false })) {
      const copy = info.instruction as Copy;
      if (!copy.getFromFlag()) continue;
      const args = ctx.model.isExecForm(copy)
        ? copy.getJSONStrings().map((s) => ({ value: s.getJSONValue(), range: s.getRange() }))
        : copy.getArguments().filter((a) => !a.getValue().startsWith('--')).map((a) => ({ value: a.getValue(), range: a.getRange() }));
      if (args.length < 2) continue;
      const dest = args[args.length - 1];
      const root = args.slice(0, -1).find((a) => unquote(a.value) === '/');
      if (!root || unquote(dest.value) !== '/') continue;
      ctx.report({ range: root.range, message: "COPY --from copies the other stage's entire filesystem ('/') into '/'; copy only the files you need." });
    }
  },
});
