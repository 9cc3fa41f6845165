import type { ImageRef } from './image-ref';

/** What is wrong with an image reference's version pinning, shared by Dockerfile, Kubernetes and Compose rules. */
export type TagProblem = 'latest' | 'untagged' | undefined;

export function tagProblem(ref: ImageRef): TagProblem {
  if (ref.isScratch || ref.digest || ref.hasVariables || !ref.repository) return undefined;
  if (!ref.tag) return 'untagged';
  return ref.tag.toLowerCase() === 'latest' ? 'latest' : undefined;
}
