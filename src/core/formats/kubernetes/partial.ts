/**
 * Partial objects: documents shaped like a workload that are not one. Kustomize strategic-merge patches, kubeadm and
 * kind patches name a container and set a few fields; the image, the securityContext and the resources come from the
 * object they are merged into. Judging such a fragment as a whole pod reports everything it does not repeat
 * (run-as-root, no seccomp profile, no limits…) although the merged object may well set it.
 *
 * A workload is partial when it has no container, or when a container has no `image`: the API server rejects such a
 * pod, so a document like that can only be a fragment. What a fragment writes explicitly (`privileged: true`) still
 * ends up in the merged object, so only "missing" findings are dropped: those point at the container's or the
 * object's anchor instead of at a written value.
 */
import type { Range } from '../../base/model/finding';
import type { Workload } from './workloads';

export function isPartialWorkload(w: Pick<Workload, 'containers'>): boolean {
  const main = w.containers.filter((c) => c.type !== 'ephemeralContainer');
  return main.length === 0 || main.some((c) => !c.image);
}

function sameRange(a: Range, b: Range | undefined): boolean {
  return !!b && a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** True when `range` is one of the anchors a "missing setting" finding about this workload points at. */
function isAnchorOf(w: Workload, range: Range): boolean {
  if (sameRange(range, w.nameRange) || sameRange(range, w.kindRange) || sameRange(range, w.podSpecRange)) return true;
  return w.containers.some((c) => sameRange(range, c.anchorRange) || sameRange(range, c.nameRange) || sameRange(range, c.resources.keyRange));
}

/** A finding about something a fragment does not write: dropped, the merged object decides. */
export function isMissingInFragment(workloads: readonly Workload[], range: Range): boolean {
  for (const w of workloads) if (isPartialWorkload(w) && isAnchorOf(w, range)) return true;
  return false;
}
