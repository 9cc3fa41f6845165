/**
 * Which Dockerfile (and stage) builds a workload's container: the Compose `build:` it names, an image name a Compose
 * service or a Skaffold artifact builds, or a Dockerfile whose folder or name matches the image's name.
 */
import * as path from 'path';
import type { FileHost } from '../base/host/file-host';
import { skaffoldArtifacts } from '../formats/kubernetes/build-tools';
import { parseImageRef } from '../base/model/image-ref';
import type { DockerfileFacts, RawWorkload } from '../base/model/workload-facts';

export class DockerfileLinker {
  private readonly byAbs: Map<string, DockerfileFacts>;
  /** Image name → the Dockerfile that builds it; null when several build it (one repository, a tag per service). */
  private readonly builtNames = new Map<string, DockerfileFacts | null>();

  constructor(
    private readonly dockerfiles: DockerfileFacts[],
    /** Each Dockerfile's named stages (a Compose `build.target` may run one). */
    private readonly stagesOf: Map<string, DockerfileFacts[]>,
    raws: RawWorkload[],
    host: FileHost,
  ) {
    this.byAbs = new Map(dockerfiles.map((d) => [path.resolve(d.abs), d]));
    this.addComposeBuilds(raws);
    this.addSkaffoldArtifacts(raws, host);
  }

  /** The Dockerfile facts (of the stage that runs) for a container, when one is known to build it. */
  link(image: string, buildPath?: string, target?: string): DockerfileFacts | undefined {
    if (buildPath) {
      const d = this.byAbs.get(path.resolve(buildPath));
      return d && this.stageOf(d, target);
    }
    if (!image || image.includes('$')) return undefined;
    const exact = this.builtNames.get(refOf(image)) ?? this.builtNames.get(repoOf(image));
    if (exact !== undefined) return exact ?? undefined;
    const name = parseImageRef(image).name.toLowerCase();
    const matches = this.dockerfiles.filter((d) => d.hints.includes(name));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * Image names Compose builds (service `image:` + `build:`); a name built from several Dockerfiles or still holding
   * a variable names none of them.
   */
  private addComposeBuilds(raws: RawWorkload[]): void {
    for (const w of raws) {
      for (const c of w.containers) {
        const d = c.buildDockerfile && this.byAbs.get(path.resolve(c.buildDockerfile.value));
        if (!d || !c.image || c.image.includes('$')) continue;
        for (const name of [repoOf(c.image), refOf(c.image)]) this.builtNames.set(name, this.builtNames.has(name) && this.builtNames.get(name) !== d ? null : d);
      }
    }
  }

  /** Image names Skaffold builds for the manifests it deploys (build.artifacts: image, context, docker.dockerfile). */
  private addSkaffoldArtifacts(raws: RawWorkload[], host: FileHost): void {
    for (const file of new Set(raws.filter((w) => w.platform === 'kubernetes').map((w) => w.file))) {
      for (const artifact of skaffoldArtifacts(file, host)) {
        const d = this.byAbs.get(path.resolve(artifact.context, artifact.dockerfile));
        if (d && !this.builtNames.has(repoOf(artifact.image))) this.builtNames.set(repoOf(artifact.image), d);
      }
    }
  }

  /** The facts of the stage a Compose `build.target` runs (the final stage's when there is no target or it is the last). */
  private stageOf(d: DockerfileFacts, target: string | undefined): DockerfileFacts {
    if (!target) return d;
    const t = this.stagesOf.get(d.abs)?.find((s) => s.target!.toLowerCase() === target.toLowerCase());
    // a target that builds on the same base as the same user is the same image as far as the panel can tell
    const same = t && t.base.raw === d.base.raw && t.user?.name === d.user?.name && t.user?.location.line === d.user?.location.line && t.isWindows === d.isWindows;
    return t?.target && !same ? t : d;
  }
}

function repoOf(image: string): string {
  const ref = parseImageRef(image.trim());
  return `${ref.effectiveRegistry}/${ref.repository}`.toLowerCase();
}

/** Repository and tag (`latest` when none): one repository may name a different build per tag. */
function refOf(image: string): string {
  return `${repoOf(image)}:${parseImageRef(image.trim()).tag ?? 'latest'}`;
}
