/**
 * Whether a RUN keeps a directory's content out of its layer: a cache (or tmpfs) mount over the directory, or an
 * `rm -rf` of it. Shared by the "install that leaves its cache in the layer" rules of every package manager.
 */
import type { Flag, Instruction } from 'dockerfile-ast';
import { effectiveArgv, programOf, type ShellCommand } from '../../base/shell/split-commands';

/** The target of every `RUN --mount=type=cache,…` (and `type=tmpfs` when `includeTmpfs`) of an instruction. */
export function mountTargets(instruction: Instruction, includeTmpfs = true): string[] {
  const flags = (instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? [];
  const targets: string[] = [];
  for (const flag of flags) {
    if (flag.getName().toLowerCase() !== 'mount') continue;
    const options = flag.getOptions();
    const type = options.find((o) => o.getName() === 'type')?.getValue();
    if (type !== 'cache' && !(includeTmpfs && type === 'tmpfs')) continue;
    const target = options.find((o) => ['target', 'dst', 'destination'].includes(o.getName()))?.getValue();
    if (target) targets.push(target);
  }
  return targets;
}

const normDir = (p: string) => p.replace(/\/\*$/, '').replace(/\/+$/, '') || '/';

/** True when the RUN mounts a cache (or tmpfs) over `dir` or a directory containing it. */
export function hasCacheMount(instruction: Instruction, dir: string): boolean {
  const wanted = normDir(dir);
  return mountTargets(instruction).some((t) => {
    const target = normDir(t);
    return target === wanted || wanted.startsWith(target === '/' ? '/' : target + '/');
  });
}

/** `rm -rf <dir>` or `rm -rf <dir>/*` (any flag order) for `dir`. */
export function removesDir(command: ShellCommand, dir: string): boolean {
  if (programOf(command) !== 'rm') return false;
  const argv = effectiveArgv(command);
  const wanted = normDir(dir);
  return argv.slice(1).some((w) => !w.value.startsWith('-') && normDir(w.value) === wanted);
}
