/**
 * The Dockerfile format's facts (`Format.facts`): what the project model needs from a Dockerfile — the final stage's
 * base image (through `FROM stage` chains), the user it ends as, Windows-ness, and the lines that decide them — read
 * from the model the rules read.
 */
import * as path from 'path';
import type { FactsPlace, FileFacts } from '../engine/format';
import type { DockerfileFacts } from '../model/workload-facts';
import type { DockerfileModel, Stage } from './model';
import { isExportOnlyStage, privilegeDropTool } from './stage-base';

const BUILDER_ONLY_NAME = /^(dockerfile|containerfile)\.(build|builder|codegen|generate|generator|gen|protoc|proto)$|^(build|builder|codegen|generate|generator|protoc|proto)[.-](dockerfile|containerfile)$/;

/** Facts of the final stage, or of the stage named `place.target` (Compose `build.target`, matched like BuildKit: any case). */
export function dockerfileFacts(model: DockerfileModel, place: FactsPlace): FileFacts {
  const dockerfile = factsOfStage(model, place);
  return dockerfile ? { dockerfile } : {};
}

function factsOfStage(model: DockerfileModel, { abs: absPath, rel: relPath, rootName, target }: FactsPlace): DockerfileFacts | undefined {
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
