/** Knowledge adapter: maps `describeImage` (src/core/knowledge) into the facts the project model keeps per image. */
import { describeImage } from '../../knowledge/base-images';
import { parseImageRef, type ImageRef } from '../../base/model/image-ref';
import type { OsFamily, Tristate } from '../model';

export interface ImageKnowledge {
  image: string;
  known: boolean;
  osFamily: OsFamily;
  sizeClass: string;
  approxSizeMb?: number;
  releases: Array<{ label: string; eol?: string; pastEol: boolean }>;
  defaultUser?: string;
  /** What the image runs as when nothing overrides it. */
  defaultRoot: Tristate;
  windowsVariant?: string;
}

export function imageKnowledge(ref: ImageRef | string): ImageKnowledge {
  const r = typeof ref === 'string' ? parseImageRef(ref.trim()) : ref;
  let facts;
  try {
    facts = describeImage(r);
  } catch {
    return { image: r.raw, known: false, osFamily: 'unknown', sizeClass: 'unknown', releases: [], defaultRoot: 'unknown' };
  }
  const releases: ImageKnowledge['releases'] = [];
  for (const rel of [facts.distro, facts.runtime]) {
    if (rel?.label) releases.push({ label: rel.label, eol: rel.eol?.date, pastEol: !!rel.eol?.isPastEol });
  }
  const windowsish = /(^|\/)(windows|nanoserver|servercore|windowsservercore)/i.test(r.repository) || /nanoserver|windowsservercore|ltsc20\d\d/i.test(r.tag ?? '');
  const osFamily: OsFamily = facts.osFamily !== 'unknown' ? facts.osFamily : windowsish ? 'windows' : 'unknown';
  const user = facts.defaultUser;
  const defaultRoot: Tristate = facts.runsAsNonRootByDefault
    ? 'no'
    : user && /^(root|0|containeradministrator)$/i.test(user)
      ? 'yes'
      : user
        ? 'no'
        : 'unknown';
  return {
    image: facts.image,
    known: facts.known,
    osFamily,
    sizeClass: facts.sizeClass,
    approxSizeMb: facts.approxSizeMb,
    releases,
    defaultUser: user,
    defaultRoot,
    windowsVariant: facts.windows?.variant,
  };
}
