/**
 * Helpers shared by the base-image and user rules: the image a stage really starts from (following `FROM <stage>`),
 * what the knowledge table says about it, and the range to point at.
 */
import { WeakCache } from '../../base/caches';
import type { Range } from '../../base/model/finding';
import type { ImageRef } from '../../base/model/image-ref';
import { describeImage, knowledgeNow, type ImageFacts } from '../../knowledge';
import type { Stage } from './model';

/** The first stage of a `FROM builder` chain: the one naming a real image. */
export function rootStage(stage: Stage): Stage {
  let current = stage;
  for (let guard = 0; current.parent && guard < 64; guard++) current = current.parent;
  return current;
}

/** The stage and every stage it is built FROM, nearest first (`FROM builder` chains). */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && chain.length < 64; s = s.parent) chain.push(s);
  return chain;
}

/**
 * An export stage: built on `scratch` with nothing to run (no CMD/ENTRYPOINT in it or a stage it builds on). Such a
 * stage only holds files for `docker build --output`; no container ever runs it, so runtime-isolation findings do
 * not apply.
 */
export function isExportOnlyStage(stage: Stage): boolean {
  if (!rootStage(stage).image.isScratch) return false;
  return !stageChain(stage).some((s) => s.instructions.some((i) => /^(CMD|ENTRYPOINT)$/i.test(i.getKeyword())));
}

/** Knowledge about the image a stage starts from, or undefined when the reference is not resolvable (`FROM ${BASE}`). */
export function stageImageFacts(stage: Stage, now: Date = knowledgeNow()): ImageFacts | undefined {
  const root = rootStage(stage);
  if (root.image.hasVariables || (!root.image.repository && !root.image.isScratch)) return undefined;
  // describeImage depends on the reference and the UTC day only
  const day = now.getUTCFullYear() * 10_000 + now.getUTCMonth() * 100 + now.getUTCDate();
  const known = factsByImage.get(root.image);
  if (known?.day === day) return known.facts;
  const facts = describeImage(root.image, now);
  factsByImage.set(root.image, { day, facts });
  return facts;
}

/**
 * The facts of each parsed base image (a model's own ImageRef objects, so entries go with the model). Four rules ask
 * for every stage's image, and describeImage's own memo is keyed by a string of all the reference's fields, built and
 * hashed on every call (20-line profile: describeImage 1.5 % of the analysis, self time).
 */
const factsByImage = new WeakCache<ImageRef, { day: number; facts: ImageFacts }>('dockerfile/stage-base factsByImage');

/** The tag as written (`3.8-slim`, `${TAG}`), or the whole image token when there is no tag. */
export function tagOrImageRange(stage: Stage): Range {
  return stage.from.getImageTagRange() ?? stage.imageRange;
}

/** Tools an entrypoint uses to drop from root to another user before it starts the service. */
const PRIVILEGE_DROP = /\b(gosu|su-exec)\b|\bsetpriv\b[^\n]*--reuid/;

/**
 * The privilege-drop tool the stage (or a stage it builds on) installs, copies or runs (`gosu`, `su-exec`, `setpriv`):
 * the official database images start as root and switch users in their entrypoint this way.
 */
export function privilegeDropTool(stage: Stage): string | undefined {
  for (const s of stageChain(stage)) {
    for (const instruction of s.instructions) {
      if (!/^(RUN|COPY|ADD|ENTRYPOINT|CMD)$/i.test(instruction.getKeyword())) continue;
      const match = PRIVILEGE_DROP.exec(instruction.getTextContent());
      if (match) return match[1] ?? 'setpriv';
    }
  }
  return undefined;
}
