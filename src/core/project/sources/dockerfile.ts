/**
 * Dockerfile source adapter: what the project model needs from a Dockerfile — the final stage's base image (through
 * `FROM stage` chains), the user it ends as, Windows-ness, and the lines that decide them.
 */
import * as path from 'path';
import { parseDockerfile, type Stage } from '../../dockerfile/model';
import { isExportOnlyStage, privilegeDropTool } from '../../dockerfile/stage-base';
import type { ImageRef } from '../../model/image-ref';
import type { Location } from '../model';

export interface DockerfileFacts {
  abs: string;
  rel: string;
  /** The base image the final stage ultimately builds on. */
  base: ImageRef;
  fromLocation: Location;
  user?: { name: string; location: Location };
  isWindows: boolean;
  /** The stage this describes when a Compose `build.target` picked one other than the last. */
  target?: string;
  /** Names that suggest which image this builds: folder name, `api` from `Dockerfile.api` / `api.Dockerfile`. */
  hints: string[];
  /**
   * False for Dockerfiles that only build or generate files, never run as a service: named for it (`Dockerfile.build`,
   * `codegen.Dockerfile` …), or a `FROM scratch` final stage with no CMD/ENTRYPOINT (an export stage for `--output`).
   */
  runnable: boolean;
  /** The privilege-drop tool (gosu, su-exec, setpriv) the image installs when it sets no USER: it starts as root. */
  dropTool?: string;
}

const BUILDER_ONLY_NAME = /^(dockerfile|containerfile)\.(build|builder|codegen|generate|generator|gen|protoc|proto)$|^(build|builder|codegen|generate|generator|protoc|proto)[.-](dockerfile|containerfile)$/;

/** Facts of the final stage, or of the stage named `target` (Compose `build.target`, matched like BuildKit: any case). */
export function dockerfileFacts(text: string, relPath: string, absPath: string, rootName: string, target?: string): DockerfileFacts | undefined {
  let model;
  try {
    model = parseDockerfile(text);
  } catch {
    return undefined;
  }
  const targetStage = target ? model.stageNamed(target) : undefined;
  if (target && !targetStage) return undefined;
  const final = targetStage ?? model.finalStage;
  if (!final) return undefined;
  let root: Stage = final;
  for (let guard = 0; root.parent && guard < 64; guard++) root = root.parent;
  const userInstr = final.user?.instruction;
  const hints = new Set<string>();
  const dir = path.basename(path.dirname(absPath));
  const relDir = path.dirname(relPath);
  hints.add((relDir === '.' ? rootName : dir).toLowerCase());
  const base = path.basename(absPath).toLowerCase();
  const m = /^(?:dockerfile|containerfile)\.(.+)$/.exec(base) ?? /^(.+)[.-](?:dockerfile|containerfile)$/.exec(base);
  if (m) hints.add(m[1]);
  return {
    abs: absPath,
    rel: relPath,
    base: root.image,
    fromLocation: { path: relPath, line: root.imageRange.start.line + 1 },
    user: final.user && userInstr ? { name: final.user.name, location: { path: relPath, line: userInstr.getRange().start.line + 1 } } : undefined,
    isWindows: final.isWindows,
    target: targetStage && targetStage !== model.finalStage ? targetStage.name : undefined,
    hints: [...hints],
    runnable: !BUILDER_ONLY_NAME.test(base) && !isExportOnlyStage(final),
    dropTool: final.user ? undefined : privilegeDropTool(final),
  };
}
