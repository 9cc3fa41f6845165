/**
 * What a base image costs, from its reference alone (offline): OS family, distribution and language runtime with
 * their end-of-life dates, rough size class, lighter alternatives, the user it runs as by default, and Windows
 * specifics. Used by Dockerfile rules, Kubernetes/Compose `image:` rules, hovers and the trade-off panel.
 *
 * Everything here is a best effort from naming conventions of well-known images; an image we do not recognise gives
 * `known: false` and `unknown` classes, never a guess. Sizes are rough compressed pull sizes for linux/amd64 (Windows:
 * the Windows image), meant to show orders of magnitude, not exact numbers. The families live beside this file:
 * official-images.ts, vendor-images.ts, windows-images.ts, app-image-users.ts.
 */
import { APP_IMAGE_USERS } from './app-image-users';
import { cacheMap } from '../base/caches';
import { parseImageRef, shortRepository, type ImageRef } from '../base/model/image-ref';
import type { ImageFacts } from './image-facts';
import { parseTag } from './image-tags';
import { knowledgeNow, releaseFacts, type ProductId } from './lifecycle';
import { describeOfficialImage } from './official-images';
import { describeVendorImage } from './vendor-images';
import { windowsFacts } from './windows-images';

export { DEPRECATED_REPOSITORIES } from './image-facts';
export type { DeprecatedRepository, Deprecation, DistroFacts, ImageFacts, OsFamily, SizeClass, WindowsFacts, WindowsVariant } from './image-facts';
export { parseTag, type ParsedTag } from './image-tags';

/** Describes an image reference. `now` decides which releases count as past end of life. */
export function describeImage(ref: ImageRef, now: Date = knowledgeNow()): ImageFacts {
  // Memoised (several rules describe every stage's base image; the lifecycle lookups showed in the profile).
  // The facts depend on the reference and on the UTC day only (dates are compared in whole days); callers do not mutate them.
  const key = `${now.getUTCFullYear()}-${now.getUTCMonth()}-${now.getUTCDate()}\u0000${ref.raw}\u0000${ref.registry}\u0000${ref.repository}\u0000${ref.tag}\u0000${ref.digest}\u0000${ref.hasVariables}\u0000${ref.isScratch}`;
  let facts = describeMemo.get(key);
  if (!facts) {
    facts = describeImageUncached(ref, now);
    if (describeMemo.size >= 512) describeMemo.delete(describeMemo.keys().next().value!);
    describeMemo.set(key, facts);
  }
  return facts;
}

const describeMemo = cacheMap<string, ImageFacts>('knowledge/base-images describeMemo');

function describeImageUncached(ref: ImageRef, now: Date): ImageFacts {
  const image = ref.repository ? shortRepository(ref) : ref.raw;
  const base: ImageFacts = { image, known: false, osFamily: 'unknown', sizeClass: 'unknown', runsAsNonRootByDefault: false };
  if (ref.isScratch) {
    return {
      ...base,
      image: 'scratch',
      known: true,
      family: 'scratch',
      osFamily: 'unknown',
      sizeClass: 'scratch',
      approxSizeMb: 0,
      defaultUser: 'root',
      defaultUid: 0,
      defaultUserNote: 'scratch has no /etc/passwd and no USER, so processes run as uid 0 unless a numeric USER is set',
    };
  }
  if (ref.hasVariables || !ref.repository) return base;
  return describeKnown(ref, image, base, now) ?? base;
}

/** Convenience for callers holding a string (`image:` values in YAML, hovers). */
export function describeImageName(raw: string, now: Date = knowledgeNow()): ImageFacts {
  return describeImage(parseImageRef(raw.trim()), now);
}

/** Compressed size from which a base counts as heavy: language images on a full Debian are 150–400 MB, while the bare distribution images (ubuntu ~30 MB, debian ~50 MB, rockylinux ~70 MB) are not. */
const HEAVY_FROM_MB = 100;

/** Heavy: a large full-OS image for which we know lighter variants (size unknown: only language images with build toolchains). */
export function isHeavy(facts: ImageFacts): boolean {
  if (facts.sizeClass !== 'full-os' || !(facts.lighterAlternatives?.length ?? 0)) return false;
  return facts.approxSizeMb !== undefined ? facts.approxSizeMb >= HEAVY_FROM_MB : !!facts.runtime;
}

function describeKnown(ref: ImageRef, image: string, base: ImageFacts, now: Date): ImageFacts | undefined {
  const registry = ref.effectiveRegistry.toLowerCase();
  const repo = ref.repository.toLowerCase();
  const tag = parseTag(ref.tag);
  const tagLower = (ref.tag ?? '').toLowerCase();

  const windows = windowsFacts(registry, repo, tag, tagLower);
  if (windows && windows.family === 'windows') return { ...base, ...windows, image };
  if (windows) {
    // a language image's Windows variant: keep the runtime, take the OS facts from the Windows side
    const linuxSide = describeKnown({ ...ref, tag: undefined }, image, base, now);
    const runtime = linuxSide?.runtime ? releaseFacts(linuxSide.runtime.product as ProductId, tag.version, now) : undefined;
    return { ...base, ...windows, image, ...(runtime ? { runtime } : {}) };
  }
  return describeVendorImage(ref, base, tag, now) ?? appImage(registry, repo, base) ?? describeOfficialImage(ref, base, tag, now);
}

/** Application images that set a non-root USER in their own Dockerfile (app-image-users.ts). */
function appImage(registry: string, repo: string, base: ImageFacts): ImageFacts | undefined {
  const app = APP_IMAGE_USERS[`${registry}/${repo}`];
  return app && { ...base, known: true, family: repo, osFamily: 'linux', defaultUser: app.user, defaultUid: app.uid, runsAsNonRootByDefault: true, defaultUserNote: app.note };
}
