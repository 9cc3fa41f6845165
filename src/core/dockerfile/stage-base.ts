/**
 * Helpers shared by the base-image and user rules: the image a stage really starts from (following `FROM <stage>`),
 * what the knowledge table says about it, and the range to point at.
 */
import type { Range } from '../model/finding';
import { describeImage, type ImageFacts } from '../knowledge';
import type { Stage } from './model';

/** The first stage of a `FROM builder` chain: the one naming a real image. */
export function rootStage(stage: Stage): Stage {
  let current = stage;
  for (let guard = 0; current.parent && guard < 64; guard++) current = current.parent;
  return current;
}

/** Knowledge about the image a stage starts from, or undefined when the reference is not resolvable (`FROM ${BASE}`). */
export function stageImageFacts(stage: Stage, now?: Date): ImageFacts | undefined {
  const root = rootStage(stage);
  if (root.image.hasVariables || (!root.image.repository && !root.image.isScratch)) return undefined;
  return describeImage(root.image, now);
}

/** The tag as written (`3.8-slim`, `${TAG}`), or the whole image token when there is no tag. */
export function tagOrImageRange(stage: Stage): Range {
  return stage.from.getImageTagRange() ?? stage.imageRange;
}
