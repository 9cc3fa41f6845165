/**
 * Kustomize's `images:` transformer: the kustomization that lists a manifest (same folder) may rename an image, give
 * it another tag or pin it by digest. The base-image rules judge the image the cluster will run, so containers get the
 * transformed image (the ranges still point at what the manifest writes).
 */
import type { Document } from 'yaml';
import type { FileHost } from '../../base/host/file-host';
import { parseImageRef, writtenName } from '../../base/model/image-ref';
import { getEntry, seqItems, stringValue } from '../../base/yaml/nodes';
import { cached, normPath, owningKustomization } from './file-facts';
import type { Workload, WorkloadContainer } from './workloads';

export interface ImageTransform {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/** The `images:` entries of the kustomization in the manifest's folder that lists it. */
export function kustomizeImages(path: string, host: FileHost): ImageTransform[] {
  return cached(host, 'kustomize-images\u0000' + normPath(path), () => {
    const k = owningKustomization(path, host);
    if (!k) return [];
    const doc = k.ydoc.doc as Document;
    const out: ImageTransform[] = [];
    for (const item of seqItems(getEntry(k.ydoc.doc.contents, 'images', doc)?.value, doc)) {
      const read = (key: string) => stringValue(getEntry(item, key, doc)?.value, doc);
      const name = read('name');
      if (name) out.push({ name, newName: read('newName'), newTag: read('newTag'), digest: read('digest') });
    }
    return out;
  });
}

/** The image after the transformer, or undefined when no entry names it. */
export function transformImage(raw: string, images: readonly ImageTransform[]): string | undefined {
  const ref = parseImageRef(raw.trim());
  if (ref.hasVariables) return undefined;
  const base = writtenName(raw.trim(), ref);
  const entry = images.find((i) => i.name === base);
  if (!entry) return undefined;
  const name = entry.newName ?? base;
  if (entry.digest) return `${name}@${entry.digest}`;
  const tag = entry.newTag ?? ref.tag;
  return `${name}${tag ? `:${tag}` : ''}${!entry.newTag && ref.digest ? `@${ref.digest}` : ''}`;
}

/** Copies of the workloads whose containers run a transformed image (the others are returned as they are). */
export function withKustomizeImages(workloads: Workload[], images: readonly ImageTransform[]): Workload[] {
  if (!images.length) return workloads;
  return workloads.map((w) => {
    let changed = false;
    const containers = w.containers.map((c): WorkloadContainer => {
      const next = c.image && transformImage(c.image.raw, images);
      if (!c.image || !next || next === c.image.raw.trim()) return c;
      changed = true;
      // the tag and digest written in the manifest are not what runs: no ranges for them (fixes must not edit them)
      return { ...c, image: { raw: next, ref: parseImageRef(next), range: c.image.range, refRange: c.image.refRange } };
    });
    return changed ? { ...w, containers } : w;
  });
}
