/**
 * Images a build tool builds and tags at deploy time. Skaffold replaces `image: adservice` in the manifests it deploys
 * with the tag or digest it has just built (the `build.artifacts` of a `skaffold.yaml` in the manifest's folder or one
 * above it), and ko resolves `ko://` references. Such a name is a placeholder, not an image pulled as `:latest`.
 */
import type { Document } from 'yaml';
import type { FileHost } from '../../base/host/file-host';
import { writtenName } from '../../base/model/image-ref';
import { parseYamlDocuments } from '../../base/yaml/documents';
import { getEntry, seqItems, stringValue } from '../../base/yaml/nodes';
import { cached, dirName, joinPath, normPath, readBounded } from './file-facts';

const SKAFFOLD_NAMES = ['skaffold.yaml', 'skaffold.yml'];
/** Folders walked up from the manifest: a project's skaffold.yaml sits at its root, a few levels above. */
const MAX_LEVELS = 6;

export interface BuiltImage {
  /** The artifact's image name as the manifests write it. */
  image: string;
  /** The build context folder (absolute when the skaffold.yaml path is). */
  context: string;
  /** The Dockerfile, relative to the context (Skaffold's default: `Dockerfile`). */
  dockerfile: string;
  /** The skaffold.yaml that declares it. */
  declaredIn: string;
}

/** Skaffold artifacts declared in `skaffold.yaml` files from the manifest's folder upwards (nearest first). */
export function skaffoldArtifacts(manifestPath: string, host: FileHost): BuiltImage[] {
  return cached(host, 'skaffold-artifacts\u0000' + normPath(manifestPath), () => {
    const out: BuiltImage[] = [];
    let dir = dirName(manifestPath);
    for (let level = 0; level < MAX_LEVELS; level++) {
      for (const name of SKAFFOLD_NAMES) out.push(...artifactsOf(joinPath(dir, name), host));
      const parent = dirName(dir);
      if (parent === dir || parent === '.') break;
      dir = parent;
    }
    return out;
  });
}

function artifactsOf(file: string, host: FileHost): BuiltImage[] {
  const text = readBounded(host, file);
  if (text === undefined || !/\bartifacts\s*:/.test(text)) return [];
  const out: BuiltImage[] = [];
  for (const ydoc of parseYamlDocuments(text)) {
    if (ydoc.errors.length) continue;
    const doc = ydoc.doc as Document;
    const root = ydoc.doc.contents;
    const builds = [getEntry(root, 'build', doc)?.value];
    for (const profile of seqItems(getEntry(root, 'profiles', doc)?.value, doc)) builds.push(getEntry(profile, 'build', doc)?.value);
    for (const build of builds) {
      for (const artifact of seqItems(getEntry(build, 'artifacts', doc)?.value, doc)) {
        const image = stringValue(getEntry(artifact, 'image', doc)?.value, doc);
        if (!image) continue;
        const context = stringValue(getEntry(artifact, 'context', doc)?.value, doc) ?? '.';
        const docker = getEntry(artifact, 'docker', doc)?.value;
        const dockerfile = stringValue(getEntry(docker, 'dockerfile', doc)?.value, doc) ?? 'Dockerfile';
        out.push({ image, context: joinPath(dirName(file), context), dockerfile, declaredIn: file });
      }
    }
  }
  return out;
}

/** Whether the manifest's image is filled in at deploy time (a Skaffold artifact, a `ko://` reference). */
export function isDeployTimeImage(raw: string, manifestPath: string, host: FileHost): boolean {
  const image = raw.trim();
  if (image.startsWith('ko://')) return true;
  const name = writtenName(image);
  return skaffoldArtifacts(manifestPath, host).some((a) => a.image === name);
}
