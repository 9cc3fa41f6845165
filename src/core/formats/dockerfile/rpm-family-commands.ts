/**
 * What the RPM-family package managers (yum, dnf/dnf5/microdnf, zypper) are asked to do in a shell command: the
 * subcommand (`install`, `module install`, `dist-upgrade` …), which options are set (option values skipped correctly,
 * short clusters like `-yq` understood) and which operands are package specs — and whether a spec pins a version.
 * Shared by the yum/dnf/zypper rules; works on `effectiveArgv`, so `sudo`/`env` wrappers are already peeled off.
 */
import type { Instruction } from 'dockerfile-ast';
import { mountTargets } from './layer-cleanup';
import { effectiveArgv, memoisedParser, programOf, type ShellCommand, type ShellWord } from '../../base/shell/split-commands';

export type RpmFamily = 'yum' | 'dnf' | 'zypper';

export interface RpmCommand {
  family: RpmFamily;
  /** Program name as run: `yum`, `dnf`, `microdnf`, `zypper`. */
  program: string;
  programWord: ShellWord;
  /** Options written before the subcommand (`zypper -n install`, `yum -y install`). */
  globalOptions: string[];
  /** The subcommand word (`install`, `in`, `module`, `groupinstall`, `dup` …), if any. */
  subcommand?: ShellWord;
  /** For `module install` / `group install`: the second word (`install`). */
  subSubcommand?: ShellWord;
  /** Options after the subcommand (as option names: `y`, `assumeyes`, `no-confirm`). */
  options: string[];
  /** Non-option words after the (sub-)subcommand, option values excluded. */
  operands: ShellWord[];
}

const YUM_DNF_VALUE_OPTIONS = new Set([
  'c', 'config', 'd', 'debuglevel', 'e', 'errorlevel', 'R', 'randomwait', 'installroot', 'releasever', 'setopt',
  'enablerepo', 'disablerepo', 'x', 'exclude', 'repo', 'repoid', 'repofrompath', 'rpmverbosity', 'color',
  'downloaddir', 'destdir', 'forcearch', 'disableplugin', 'enableplugin', 'advisory', 'advisories', 'bz', 'bzs',
  'cve', 'cves', 'sec-severity', 'secseverity', 'comment', 'excludepkgs', 'includepkgs', 'noplugins-except',
  'platform-id',
]);
const ZYPPER_VALUE_OPTIONS = new Set([
  // global
  'R', 'root', 'c', 'config', 'D', 'reposd-dir', 'C', 'cache-dir', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir',
  'userdata', 'p', 'plus-repo', 'plus-content', 'installroot', 'releasever', 'target-os',
  // install / remove / in / si
  'r', 'repo', 'from', 't', 'type', 'download', 'oldpackage-from', 'bugzilla', 'b', 'cve', 'category', 'g',
  'severity', 'date',
]);

/** Recognises a yum/dnf/zypper command and parses its options, subcommand and operands. */
export const parseRpmCommand = memoisedParser('rpm', (command: ShellCommand): RpmCommand | undefined => {
  const program = programOf(command);
  const family = program === undefined ? undefined : familyOf(program);
  if (!family || program === undefined) return undefined;
  const argv = effectiveArgv(command);
  const valueOptions = family === 'zypper' ? ZYPPER_VALUE_OPTIONS : YUM_DNF_VALUE_OPTIONS;
  const result: RpmCommand = { family, program, programWord: argv[0], globalOptions: [], options: [], operands: [] };
  let endOfOptions = false;
  for (let k = 1; k < argv.length; k++) {
    const word = argv[k];
    const value = word.value;
    if (!endOfOptions && value === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && value.startsWith('-') && value.length > 1) {
      const target = result.subcommand ? result.options : result.globalOptions;
      const { names, takesNext } = readOption(value, valueOptions);
      target.push(...names);
      if (takesNext) k++;
      continue;
    }
    if (!result.subcommand) {
      result.subcommand = word;
      continue;
    }
    const sub = result.subcommand.value;
    if (!result.subSubcommand && result.operands.length === 0 && (sub === 'module' || sub === 'group' || sub === 'groups')) {
      result.subSubcommand = word;
      continue;
    }
    result.operands.push(word);
  }
  return result;
});

function familyOf(program: string): RpmFamily | undefined {
  if (program === 'yum') return 'yum';
  if (program === 'dnf' || program === 'dnf5' || program === 'dnf-3' || program === 'microdnf') return 'dnf';
  if (program === 'zypper') return 'zypper';
  return undefined;
}

/** Option names in one option word, and whether the next word is its value. */
function readOption(word: string, valueOptions: Set<string>): { names: string[]; takesNext: boolean } {
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    const name = eq === -1 ? word.slice(2) : word.slice(2, eq);
    return { names: [name], takesNext: eq === -1 && valueOptions.has(name) };
  }
  const names: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const letter = word[i];
    names.push(letter);
    if (valueOptions.has(letter)) return { names, takesNext: i === word.length - 1 };
  }
  return { names, takesNext: false };
}

/** True when any of `names` (short letters or long names, without dashes) was given, before or after the subcommand. */
export function hasOption(cmd: RpmCommand, ...names: string[]): boolean {
  return names.some((n) => cmd.options.includes(n) || cmd.globalOptions.includes(n));
}

/** The word naming the install action: `install`/`in`/`groupinstall`/`localinstall`, or `install` of `module install`. */
export function installWord(cmd: RpmCommand): ShellWord | undefined {
  const sub = cmd.subcommand?.value;
  // answering "no" to the transaction (yum/dnf `--assumeno`) or zypper's `--dry-run` installs nothing
  if (!sub || hasOption(cmd, 'assumeno') || (cmd.family === 'zypper' && hasOption(cmd, 'dry-run', 'D'))) return undefined;
  if (cmd.family === 'zypper') return sub === 'install' || sub === 'in' ? cmd.subcommand : undefined;
  if (sub === 'install' || sub === 'in' || sub === 'groupinstall' || sub === 'localinstall') return cmd.subcommand;
  if ((sub === 'module' || sub === 'group' || sub === 'groups') && cmd.subSubcommand?.value === 'install') return cmd.subSubcommand;
  return undefined;
}

/**
 * For dnf's cache rule: the word of a subcommand that downloads packages into the cache — an install, or
 * `upgrade`/`update`/`reinstall`/`distro-sync` and their short aliases.
 */
export function dnfCacheFillingWord(cmd: RpmCommand): ShellWord | undefined {
  if (cmd.family !== 'dnf' || hasOption(cmd, 'assumeno')) return undefined;
  return installWord(cmd) ?? (DNF_DOWNLOADING.has(cmd.subcommand?.value ?? '') ? cmd.subcommand : undefined);
}

const DNF_DOWNLOADING = new Set(['upgrade', 'up', 'update', 'upgrade-minimal', 'up-min', 'update-minimal', 'reinstall', 'rei', 'distro-sync', 'dsync', 'downgrade', 'dg']);

/** A plain `install` of packages (not a group or a local-file install), the case version pins apply to. */
export function isPackageInstall(cmd: RpmCommand): boolean {
  const sub = cmd.subcommand?.value;
  return (sub === 'install' || sub === 'in') && installWord(cmd) !== undefined;
}

/** `module install` (dnf/yum modularity): operands are `name:stream[/profile]`. */
export function isModuleInstall(cmd: RpmCommand): boolean {
  return cmd.family !== 'zypper' && cmd.subcommand?.value === 'module' && cmd.subSubcommand?.value === 'install' && !hasOption(cmd, 'assumeno');
}

const OPERATORS = new Set(['=', '==', '>=', '<=', '<', '>']);
const VERSION_CHARS = /^[A-Za-z0-9.~^_:+*]+$/;

/**
 * The package operands of an install that pin no version, in document order. A spec counts as pinned when it names a
 * version (`nginx-1.24.0`, `nginx-1:1.24.0-1.el9`, `nginx = 1.24`, `'nginx>=1.24'`), is a local or remote `.rpm`, or
 * is built from a variable we cannot see (`nginx-${VERSION}`). Groups (`@core`) and provides (`/usr/bin/x`) are skipped.
 */
export function unpinnedPackages(cmd: RpmCommand): ShellWord[] {
  const result: ShellWord[] = [];
  const ops = cmd.operands;
  const modules = isModuleInstall(cmd);
  if (!modules && !isPackageInstall(cmd)) return result;
  for (let i = 0; i < ops.length; i++) {
    const spec = ops[i].value;
    if (OPERATORS.has(ops[i + 1]?.value ?? '')) {
      i += 2; // `pkg = 1.2`: the operator and the version belong to this spec
      continue;
    }
    if (OPERATORS.has(spec)) continue;
    if (modules) {
      if (!spec.includes(':') && !spec.includes('$')) result.push(ops[i]);
      continue;
    }
    if (!isPinnedSpec(cmd.family, spec)) result.push(ops[i]);
  }
  return result;
}

/** Whether one package spec pins a version (see `unpinnedPackages`). */
export function isPinnedSpec(family: RpmFamily, spec: string): boolean {
  if (!spec || spec.startsWith('@') || spec.startsWith('/') || spec.startsWith('.')) return true;
  if (spec.includes('$')) return true;
  if (spec.toLowerCase().endsWith('.rpm')) return true;
  if (/[=<>]/.test(spec)) return true;
  if (family === 'zypper') return false;
  // name-version[-release][.arch]: some dash-separated part after the name starts with a digit, all parts version-like
  const parts = spec.split('-');
  if (parts.length < 2) return false;
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_CHARS.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

/**
 * The `target=` of every `RUN --mount=type=cache,…` and `type=tmpfs` of an instruction: both keep what is written
 * there out of the layer.
 */
export function cacheMountTargets(instruction: Instruction): string[] {
  return mountTargets(instruction, true);
}

/** `rm -rf <dir>` / `rm -rf <dir>/*` for one of the directories (any flag order, `-r`/`-R`/`--recursive`). */
export function removesDirectory(command: ShellCommand, dirs: string[]): boolean {
  if (programOf(command) !== 'rm') return false;
  const argv = effectiveArgv(command);
  const norm = (p: string) => p.replace(/\/\*$/, '').replace(/\/+$/, '');
  const wanted = dirs.map(norm);
  return argv.slice(1).some((w) => !w.value.startsWith('-') && wanted.includes(norm(w.value)));
}

/**
 * For the "cache not cleaned" rules: the install word of the first install in `commands` that no clean-up follows, or
 * undefined when every install is followed by a clean-up (or there is none).
 */
export function installWithoutCleanup(
  commands: ShellCommand[],
  installOf: (command: ShellCommand) => ShellWord | undefined,
  isCleanup: (command: ShellCommand) => boolean,
): ShellWord | undefined {
  let pending: ShellWord | undefined;
  for (const command of commands) {
    const install = installOf(command);
    if (install) pending ??= install;
    else if (pending && isCleanup(command)) pending = undefined;
  }
  return pending;
}
