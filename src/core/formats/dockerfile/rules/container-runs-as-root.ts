import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel, Stage } from '../model';
import { defineDockerfileRule } from '../context';
import { isExportOnlyStage, privilegeDropTool, rootStage, stageImageFacts } from '../stage-base';
import { fixTitle } from '../../../base/l10n/fix-titles';

/** The uid:gid the fix switches to. See howToFix for why this one. */
export const NON_ROOT_USER = '65532:65532';

export default defineDockerfileRule({
  meta: {
    id: 'container-runs-as-root',
    aliases: [],
    category: 'isolation',
    severity: 'warning',
    title: 'Container runs as root because the final stage never sets USER',
    why:
      'Without a USER instruction the process runs as uid 0. A container is only a process with namespaces and cgroups ' +
      'around it: it shares the host kernel, and unless user namespaces are enabled (they usually are not), root in the ' +
      'container is root to that kernel. Any escape (a kernel bug, a mounted Docker socket, a writable host path, an ' +
      'added capability) then starts with full privileges, and inside the container root can rewrite the application ' +
      'itself. Kubernetes `runAsNonRoot: true` also refuses to start such an image. Images known to default to a ' +
      'non-root user (distroless `:nonroot`, Chainguard, Bitnami) are not reported; `scratch` is, since it has no users ' +
      'and runs as uid 0 — except an export stage (`scratch` with no CMD/ENTRYPOINT, for `docker build --output`), ' +
      'which no container runs. An image that installs `gosu`, `su-exec` or `setpriv` (the official database images) ' +
      'starts as root and most likely switches users in its entrypoint: reported as info.',
    howToFix:
      'Add `USER 65532:65532` (the quick fix) near the end of the final stage, before CMD/ENTRYPOINT and after every ' +
      'RUN that needs root. A numeric uid:gid needs no /etc/passwd entry, so it works on scratch and distroless, and ' +
      'Kubernetes can verify it is not root. 65532 is the `nonroot` uid of distroless and Chainguard images and lies ' +
      'far above the system and login uids of common distributions, so it does not collide with an existing account. ' +
      'Give that user the files it must write (`COPY --chown=65532:65532 …`, or a writable volume), or create a ' +
      'dedicated user and switch to it by number (`USER 10001:10001`).',
    examples: {
      bad: 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
      good: 'FROM node:20-slim\nCOPY --chown=65532:65532 . /app\nUSER 65532:65532\nCMD ["node", "/app/server.js"]',
    },
    fixable: true,
    relatesToIsolation: true,
    messages: {
      scratchRoot: 'The final stage is built on scratch and sets no USER: scratch has no users, so the process runs as uid 0 — root to the shared host kernel. Add a numeric USER.',
      imageRunsAsRoot: "No USER in the final stage, and '{image}' runs as {user} by default, so the container runs as root — root to the shared host kernel as far as namespaces allow.",
      // the node image's defaultUserNote (knowledge/base-images.ts), written out so that it can be translated
      nodeRunsAsRoot:
        "No USER in the final stage, and '{image}' runs as {user} by default, so the container runs as root — root to the shared host kernel as far as namespaces allow. (runs as root by default; the image also ships a `node` user (uid 1000) for `USER node`.)",
      dropsPrivileges:
        "No USER in the final stage, so the container starts as root; the image installs {tool}, so its entrypoint most likely switches to an unprivileged user before the service starts. The entrypoint itself, and anything run with `docker exec`, still run as root.",
      unknownImage: "No USER in the final stage: unless '{image}' sets a non-root USER itself, the container runs as root — root to the shared host kernel as far as namespaces allow.",
    },
  },
  check(ctx) {
    const stage = ctx.model.finalStage;
    if (!stage || stage.user || stage.isWindows || isExportOnlyStage(stage)) return;
    const facts = stageImageFacts(stage);
    if (!facts || facts.runsAsNonRootByDefault || facts.osFamily === 'windows') return;
    let message: { messageId: string; data?: Record<string, string>; severity?: 'info' };
    const dropTool = privilegeDropTool(stage);
    if (dropTool) message = { messageId: 'dropsPrivileges', data: { tool: dropTool }, severity: 'info' };
    else if (facts.sizeClass === 'scratch') message = { messageId: 'scratchRoot' };
    else if (facts.known && facts.defaultUser) {
      message = { messageId: facts.defaultUserNote && facts.family === 'node' ? 'nodeRunsAsRoot' : 'imageRunsAsRoot', data: { image: facts.image, user: facts.defaultUser } };
    } else message = { messageId: 'unknownImage', data: { image: rootStage(stage).image.raw } };
    const eol = ctx.model.index.eol;
    const at = insertionPoint(ctx.model, stage);
    const text = at.before ? `${at.indent}USER ${NON_ROOT_USER}${eol}` : `${eol}USER ${NON_ROOT_USER}`;
    const range = ctx.range(at.offset, at.offset);
    ctx.report({
      range: stage.imageRange,
      ...message,
      fix: { ...fixTitle('runAsUser', { uid: NON_ROOT_USER.split(':')[0], user: NON_ROOT_USER }), edits: [{ range, newText: text }], changesBehaviour: true },
    });
  },
});

const START_KEYWORDS = new Set(['CMD', 'ENTRYPOINT']);

/**
 * Before the first CMD/ENTRYPOINT that no RUN follows (so every RUN still runs as root), above its comment lines so
 * `# hadolint ignore=` pragmas stay attached to their instruction; otherwise after the last instruction of the stage.
 */
function insertionPoint(model: DockerfileModel, stage: Stage): { offset: number; before: boolean; indent: string } {
  const instructions: Instruction[] = stage.instructions;
  let lastRun = -1;
  instructions.forEach((instruction, i) => {
    const keyword = instruction.getKeyword().toUpperCase();
    if (keyword === 'RUN' || keyword === 'ONBUILD') lastRun = i;
  });
  const target = instructions.find((instruction, i) => i > lastRun && START_KEYWORDS.has(instruction.getKeyword().toUpperCase()));
  const { index } = model;
  if (target) {
    let line = target.getRange().start.line;
    while (line > 0 && index.lineText(line - 1).trimStart().startsWith('#')) line--;
    return { offset: index.lineStart(line), before: true, indent: index.indentOf(target.getRange().start.line) };
  }
  const last = instructions.length ? instructions[instructions.length - 1] : stage.from;
  return { offset: index.lineEnd(last.getRange().end.line), before: false, indent: '' };
}
