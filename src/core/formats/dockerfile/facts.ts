/**
 * The Dockerfile format's facts (`Format.facts`): what the project model needs from a Dockerfile — the final stage's
 * base image (through `FROM stage` chains), the user it ends as, Windows-ness, and the lines that decide them — read
 * from the model the rules read.
 */
import * as path from 'path';
import type { FactsPlace, FileFacts } from '../../engine/format';
import type { DockerfileFacts } from '../../base/model/workload-facts';
import type { DockerfileModel, Stage } from './model';
import { isExportOnlyStage, privilegeDropTool } from './stage-base';

const BUILDER_ONLY_NAME = /^(dockerfile|containerfile)\.(build|builder|codegen|generate|generator|gen|protoc|proto)$|^(build|builder|codegen|generate|generator|protoc|proto)[.-](dockerfile|containerfile)$/;

/**
 * Facts of the final stage, and of each other named stage a Compose `build.target` may run (read now, so the scan need
 * not keep the model until it has read every Compose file).
 */
export function dockerfileFacts(model: DockerfileModel, place: FactsPlace): FileFacts {
  const dockerfile = factsOfStage(model, place);
  if (!dockerfile) return {};
  const stages: DockerfileFacts[] = [];
  for (const stage of model.stages) {
    // the first stage of a name is the one a target names (matched like BuildKit: any case)
    if (stage.name === undefined || model.stageNamed(stage.name) !== stage || stage === model.finalStage) continue;
    const facts = factsOfStage(model, { ...place, target: stage.name });
    if (facts) stages.push(facts);
  }
  return stages.length ? { dockerfile, stages } : { dockerfile };
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
