import { defineDockerfileRule } from '../context';
import { isHeavy } from '../../../knowledge';
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
    // one message per combination of the optional parts, so that each reads whole in every language
    messages: {
      startsFromFull: "The final image starts from the full {label} image '{image}'. Lighter choices: {alternatives}.",
      startsFromFullNoted: "The final image starts from the full {label} image '{image}': {note}. Lighter choices: {alternatives}.",
      startsFromFullSized: "The final image starts from the full {label} image '{image}' (roughly {sizeMb} MB compressed). Lighter choices: {alternatives}.",
      startsFromFullSizedNoted: "The final image starts from the full {label} image '{image}' (roughly {sizeMb} MB compressed): {note}. Lighter choices: {alternatives}.",
      startsFromFullThroughStage: "The final image starts from the full {label} image '{image}' (through stage '{stage}'). Lighter choices: {alternatives}.",
      startsFromFullThroughStageNoted: "The final image starts from the full {label} image '{image}' (through stage '{stage}'): {note}. Lighter choices: {alternatives}.",
      startsFromFullThroughStageSized: "The final image starts from the full {label} image '{image}' (through stage '{stage}') (roughly {sizeMb} MB compressed). Lighter choices: {alternatives}.",
      startsFromFullThroughStageSizedNoted: "The final image starts from the full {label} image '{image}' (through stage '{stage}') (roughly {sizeMb} MB compressed): {note}. Lighter choices: {alternatives}.",
      startsFromFullUnnamed: "The final image starts from the full image '{image}'. Lighter choices: {alternatives}.",
      startsFromFullUnnamedNoted: "The final image starts from the full image '{image}': {note}. Lighter choices: {alternatives}.",
      startsFromFullUnnamedSized: "The final image starts from the full image '{image}' (roughly {sizeMb} MB compressed). Lighter choices: {alternatives}.",
      startsFromFullUnnamedSizedNoted: "The final image starts from the full image '{image}' (roughly {sizeMb} MB compressed): {note}. Lighter choices: {alternatives}.",
      startsFromFullUnnamedThroughStage: "The final image starts from the full image '{image}' (through stage '{stage}'). Lighter choices: {alternatives}.",
      startsFromFullUnnamedThroughStageNoted: "The final image starts from the full image '{image}' (through stage '{stage}'): {note}. Lighter choices: {alternatives}.",
      startsFromFullUnnamedThroughStageSized: "The final image starts from the full image '{image}' (through stage '{stage}') (roughly {sizeMb} MB compressed). Lighter choices: {alternatives}.",
      startsFromFullUnnamedThroughStageSizedNoted: "The final image starts from the full image '{image}' (through stage '{stage}') (roughly {sizeMb} MB compressed): {note}. Lighter choices: {alternatives}.",
    },
  },
  check(ctx) {
    const stage = ctx.model.finalStage;
    if (!stage) return;
    const facts = stageImageFacts(stage);
    if (!facts || facts.osFamily === 'windows' || !isHeavy(facts)) return;
    const label = (facts.runtime ?? facts.distro)?.label;
    const messageId =
      (label ? 'startsFromFull' : 'startsFromFullUnnamed') + (stage.parent ? 'ThroughStage' : '') + (facts.approxSizeMb ? 'Sized' : '') + (facts.sizeNote ? 'Noted' : '');
    const data: Record<string, string | number> = { image: facts.image, alternatives: facts.lighterAlternatives!.join(', ') };
    if (label) data.label = label;
    if (stage.parent) data.stage = stage.image.raw;
    if (facts.approxSizeMb) data.sizeMb = facts.approxSizeMb;
    if (facts.sizeNote) data.note = facts.sizeNote;
    ctx.report({ range: stage.imageRange, messageId, data });
  },
});
