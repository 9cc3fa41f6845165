/**
 * The images of a project as the panel lists them — built from a Dockerfile or pulled by name — and what each tells
 * the isolation verdict about its containers (OS, default user, end of life).
 */
import type { DockerfileFacts } from '../base/model/workload-facts';
import type { ContainerImageFacts } from './isolation';
import type { ImageInfo, Location, RootBasis } from './model';
import { imageKnowledge } from './sources/knowledge';

export class ImageCatalog {
  /** `dockerfile:<path>[#target]` or `image:<ref>` → the image, in the order first seen. */
  readonly images = new Map<string, ImageInfo>();

  /** A Dockerfile's image (listed once per Dockerfile and stage) and its facts for the containers it runs. */
  built(d: DockerfileFacts): ContainerImageFacts {
    const k = imageKnowledge(d.base);
    const osFamily = d.isWindows ? 'windows' : k.osFamily === 'unknown' && !d.base.isScratch ? 'unknown' : k.osFamily === 'unknown' ? 'linux' : k.osFamily;
    const rootUser = (u: string) => /^(root|0|0:0|root:root|containeradministrator)$/i.test(u.trim());
    const root = d.user ? (rootUser(d.user.name) ? 'yes' : /^\$/.test(d.user.name) ? 'unknown' : 'no') : k.defaultRoot;
    const basis: RootBasis = d.user
      ? { code: 'dockerfile-user', params: { user: d.user.name, file: d.rel } }
      : d.dropTool && k.defaultRoot !== 'no'
        ? { code: 'dockerfile-drops-privileges', params: { file: d.rel, tool: d.dropTool } }
        : k.defaultUser
        ? { code: 'dockerfile-image-default', params: { file: d.rel, image: k.image, user: k.defaultUser } }
        : { code: 'dockerfile-image-unknown', params: { file: d.rel, image: d.base.raw || '?' } };
    const past = k.releases.find((r) => r.pastEol);
    const info: ImageInfo = {
      ref: d.base.raw,
      image: k.image,
      osFamily,
      sizeClass: k.sizeClass,
      approxSizeMb: k.approxSizeMb,
      releases: k.releases,
      finalUser: d.user?.name ?? k.defaultUser,
      runsAsRoot: root === 'unknown' && !d.user && k.defaultRoot === 'unknown' ? 'unknown' : root,
      windowsVariant: k.windowsVariant,
      dockerfile: d.rel,
      location: d.fromLocation,
      userLocation: d.user?.location,
      built: true,
    };
    this.images.set(`dockerfile:${d.rel}${d.target ? `#${d.target}` : ''}`, info);
    return {
      osFamily,
      root: info.runsAsRoot,
      rootBasis: basis,
      rootLocation: d.user?.location ?? d.fromLocation,
      pastEol: past ? { label: past.label, location: d.fromLocation } : undefined,
      dockerfile: d.rel,
    };
  }

  /** An image pulled by name (listed once per reference) and its facts for a container that runs it. */
  pulled(ref: string, location: Location): ContainerImageFacts {
    const k = imageKnowledge(ref);
    const key = `image:${ref}`;
    if (!this.images.has(key)) {
      this.images.set(key, {
        ref,
        image: k.image,
        osFamily: k.osFamily,
        sizeClass: k.sizeClass,
        approxSizeMb: k.approxSizeMb,
        releases: k.releases,
        finalUser: k.defaultUser,
        runsAsRoot: k.defaultRoot,
        windowsVariant: k.windowsVariant,
        location,
        built: false,
      });
    }
    const past = k.releases.find((r) => r.pastEol);
    return {
      osFamily: k.osFamily,
      root: k.defaultRoot,
      rootBasis: k.defaultUser ? { code: 'image-default', params: { image: k.image, user: k.defaultUser } } : { code: 'image-unknown', params: { image: ref || '?' } },
      rootLocation: location,
      pastEol: past ? { label: past.label, location } : undefined,
    };
  }
}
