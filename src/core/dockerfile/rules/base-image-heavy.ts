import { defineDockerfileRule } from '../context';
import { isHeavy } from '../../knowledge';
import { stageImageFacts } from '../stage-base';

export default defineDockerfileRule({
  meta: {
    id: 'base-image-heavy',
    aliases: [],
    category: 'base-image',
    severity: 'info',
    title: 'Final image is built on a full-OS base where a lighter variant exists',
    why:
      'A container does not boot an operating system: it shares the host kernel and only needs the files its process ' +
      'opens. A full distribution image (or a language image with compilers and headers) ships package managers, shells ' +
      'and hundreds of libraries the application never uses. Every one of them is pulled to each node, slows cold starts ' +
      'and scaling, and shows up in vulnerability scans that someone has to triage. Only the final stage ships, so a ' +
      'heavy builder stage is fine.',
    howToFix:
      'Keep the full image for building and copy the result into a small final stage: the `-slim` variant of the same ' +
      'image, `-alpine` (musl instead of glibc: test native modules), or a distroless / Chainguard image with no shell ' +
      'at all. Go and other static binaries can run on `gcr.io/distroless/static` or `scratch`.',
    examples: {
      bad: 'FROM python:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      good: 'FROM python:3.12 AS build\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels',
    },
  },
  check(ctx) {
    const stage = ctx.model.finalStage;
    if (!stage) return;
    const facts = stageImageFacts(stage);
    if (!facts || facts.osFamily === 'windows' || !isHeavy(facts)) return;
    const what = facts.runtime ? `${facts.runtime.label} image` : facts.distro ? `${facts.distro.label} image` : 'image';
    const size = facts.approxSizeMb ? ` (roughly ${facts.approxSizeMb} MB compressed)` : '';
    const note = facts.sizeNote ? `: ${facts.sizeNote}` : '';
    const via = stage.parent ? ` (through stage '${stage.image.raw}')` : '';
    ctx.report({
      range: stage.imageRange,
      message: `The final image starts from the full ${what} '${facts.image}'${via}${size}${note}. Lighter choices: ${facts.lighterAlternatives!.join(', ')}.`,
    });
  },
});
