/** `build:` of a Compose service: the Dockerfile it uses and who the stage it builds (final, or `target:`) runs as. */
import * as path from 'path';
import { isMap, type Document } from 'yaml';
import { parseDockerfile, type Stage } from '../dockerfile/model';
import type { FileHost } from '../../base/host/file-host';
import { describeImage } from '../../knowledge';
import type { YamlDocument } from '../../base/yaml/documents';
import { getEntry, scalarValue, type Entry } from '../../base/yaml/nodes';
import type { BuiltStage, ComposeBuild, ComposeField } from './service-types';

const HAS_VARIABLE = /\$\{?[A-Za-z_]/;
const REMOTE_CONTEXT = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i;

export function readBuild(
  e: Entry,
  ydoc: YamlDocument,
  filePath: string,
  host: FileHost,
  fieldOf: <T>(e: Entry, value: T) => ComposeField<T>,
): ComposeBuild | undefined {
  const doc = ydoc.doc as Document;
  const value = e.value;
  let context = '.';
  let dockerfile = 'Dockerfile';
  let target: string | undefined;
  let inline = false;
  if (value && isMap(value)) {
    const get = (key: string) => {
      const v = scalarValue(getEntry(value, key, doc)?.value, doc);
      return v === undefined || v === null ? undefined : String(v);
    };
    context = get('context') ?? '.';
    dockerfile = get('dockerfile') ?? 'Dockerfile';
    target = get('target');
    inline = getEntry(value, 'dockerfile_inline', doc) !== undefined;
  } else {
    const v = scalarValue(value, doc);
    if (v === undefined) return undefined;
    if (v !== null) context = String(v);
  }
  const f = fieldOf(e, null);
  const build: ComposeBuild = {
    keyRange: f.keyRange,
    range: f.range,
    context,
    dockerfile,
    target,
    inline,
    remote: REMOTE_CONTEXT.test(context),
  };
  resolveBuildFile(build, filePath, host);
  return build;
}

/**
 * The Dockerfile a local build uses and who its stage runs as. A context or dockerfile with a variable is left alone
 * until interpolation (interpolate.ts) has resolved it; remote and inline builds have no file to read.
 */
export function resolveBuildFile(build: ComposeBuild, filePath: string, host: FileHost): void {
  build.remote = REMOTE_CONTEXT.test(build.context);
  if (build.inline || build.remote || HAS_VARIABLE.test(build.context + build.dockerfile)) return;
  const dir = path.resolve(path.dirname(filePath), build.context);
  build.dockerfilePath = path.isAbsolute(build.dockerfile) ? build.dockerfile : path.resolve(dir, build.dockerfile);
  // a target with a variable names no stage until interpolation has resolved it
  if (build.target !== undefined && HAS_VARIABLE.test(build.target)) return;
  const text = host.readFile(build.dockerfilePath);
  if (text !== undefined) build.stage = builtStage(text, build.dockerfilePath, build.target);
}

/** Who the stage a build produces runs as: USER, or the base image's default user from the knowledge table. */
export function builtStage(text: string, dockerfilePath: string, target?: string): BuiltStage | undefined {
  const model = parseDockerfile(text);
  const stage: Stage | undefined = target ? model.stageNamed(target) : model.finalStage;
  if (!stage) return undefined;
  let root: Stage = stage;
  for (let guard = 0; root.parent && guard < 64; guard++) root = root.parent;
  const base: BuiltStage = {
    path: dockerfilePath,
    stageName: stage.name,
    baseImage: root.image.raw,
    fromRange: stage.imageRange,
    runsAsRoot: 'unknown',
    reason: '',
  };
  if (stage.user) {
    const user = stage.user.name.trim();
    const name = user.split(':')[0];
    base.user = user;
    base.userRange = stage.user.instruction.getRange();
    const line = base.userRange.start.line + 1;
    if (/\$/.test(name)) {
      base.reason = `USER ${user} on line ${line} depends on a build argument`;
    } else if (name === 'root' || /^0+$/.test(name)) {
      base.runsAsRoot = 'yes';
      base.reason = `USER ${user} on line ${line} is root`;
      base.rootReason = { code: 'userIsRoot', user, line };
    } else {
      base.runsAsRoot = 'no';
      base.reason = `USER ${user} on line ${line}`;
    }
    return base;
  }
  if (stage.isWindows) {
    base.isWindows = true;
    base.reason = 'Windows image: users are ContainerUser / ContainerAdministrator, not root';
    return base;
  }
  const facts = describeImage(root.image);
  base.baseDefaultUser = facts.defaultUser;
  if (root.image.hasVariables) {
    base.reason = `no USER, and the base image '${root.image.raw}' depends on a build argument`;
  } else if (facts.runsAsNonRootByDefault) {
    base.runsAsRoot = 'no';
    base.reason = `no USER, but ${facts.image} runs as ${facts.defaultUser ?? 'a non-root user'} by default`;
  } else {
    // Docker runs a container as uid 0 unless something says otherwise; an unknown base image is treated the same.
    base.runsAsRoot = 'yes';
    base.rootReason = facts.known ? { code: 'baseRunsAs', image: facts.image, user: facts.defaultUser ?? 'root' } : { code: 'baseNotKnown', image: root.image.raw };
    base.reason = facts.known
      ? `no USER, and ${facts.image} runs as ${facts.defaultUser ?? 'root'} by default`
      : `no USER in the Dockerfile, and '${root.image.raw}' is not known to set one`;
  }
  return base;
}
