/**
 * The package-manager rule family as a kit: "installs without a version" (DL3008, DL3013, DL3016, DL3018, DL3028,
 * DL3033, DL3037, DL3041, DL3062), "install that may wait for a confirmation" (DL3014, DL3030, DL3034, DL3038) and
 * "install that leaves its cache in the layer" (DL3032, DL3036, DL3040). Each rule file declares its meta and how to
 * read its own package manager; the walking, the granularity, the stage gating and the wording live here, so the
 * messages read the same for every manager.
 *
 * Granularity of the pinning rules: one finding per RUN instruction, as hadolint reports them. Its range runs from the
 * package manager word of the first install that has unpinned packages to the last unpinned package of that install
 * (`apk add --no-cache curl git` → `apk add --no-cache curl git`): hovering any package shows it, and it never covers
 * unrelated commands of the same RUN. The message names every unpinned package of the RUN, and each package's exact
 * word is a related location carrying its own advice.
 */
import { formatMessage, type MessageData } from '../../base/l10n/format-message';
import type { RelatedLocation } from '../../base/model/finding';
import type { RuleMeta } from '../../base/model/rule';
import type { ShellCommand, ShellWord } from '../../base/shell/split-commands';
import { defineDockerfileRule, type DockerfileContext, type DockerfileRule } from './context';
import { shipsLayers, type InstructionInfo } from './model';
import { hasCacheMount } from './layer-cleanup';
import {
  installWithoutCleanup,
  installWord,
  isModuleInstall,
  parseRpmCommand,
  removesDirectory,
  unpinnedPackages,
  type RpmCommand,
  type RpmFamily,
} from './rpm-family-commands';
import { fixTitle } from '../../base/l10n/fix-titles';

type Meta = Omit<RuleMeta, 'appliesTo'>;

/** One package operand that pins no version, and how to pin it. */
export interface UnpinnedPackage {
  word: ShellWord;
  /** The package as named in messages (`typescript` for `typescript@latest`). */
  name: string;
  /** What a pinned spec looks like (`curl=<version>`, `nodejs:<stream>`). */
  pinned: string;
  /** Why this word counts as unpinned, when it is not simply "has no version": a moving tag (`@latest`), or no stream. */
  reason?: { moving: string } | 'noStream';
}

/** One install command with unpinned packages. */
export interface UnpinnedInstall {
  /** The package manager word as run (`apk`, `pip3`, `python3`), where the finding starts. */
  programWord: ShellWord;
  /** The install as it reads in messages: `apk add`, `dnf install`, `go install`. */
  label: string;
  packages: UnpinnedPackage[];
}

/** The unpinned packages of one shell command for one package manager, or undefined when it is no such install. */
export type UnpinnedReader = (command: ShellCommand) => UnpinnedInstall | undefined;

/** The sentence every pinning rule's docs end with: one default for all package managers. */
export const PINNING_POLICY_NOTE =
  ' Like every version-pinning check (apk, apt-get, dnf, yum, zypper, pip, npm, gem, go), it is on by default as a ' +
  'warning, as in hadolint, and reports once per RUN, naming each unpinned package; switch the whole family or one ' +
  'manager off in the config if your images rely on a pinned base image instead.';

/** Words that name a package without a version: `separator` is what joins name and version (`=`, `==`, `:`). */
export function versionless(words: ShellWord[], separator: string): UnpinnedPackage[] {
  return words.map((word) => ({ word, name: word.value, pinned: `${word.value}${separator}<version>` }));
}

/** The unpinned packages of a yum/dnf/zypper install (`module install` operands want a stream). */
export function rpmUnpinned(cmd: RpmCommand): UnpinnedInstall {
  const words = unpinnedPackages(cmd);
  if (isModuleInstall(cmd)) {
    const packages = words.map((word) => ({ word, name: word.value, pinned: `${word.value}:<stream>`, reason: 'noStream' as const }));
    return { programWord: cmd.programWord, label: `${cmd.program} module install`, packages };
  }
  const label = `${cmd.program} ${installWord(cmd)?.value ?? 'install'}`;
  return { programWord: cmd.programWord, label, packages: versionless(words, cmd.family === 'zypper' ? '=' : '-') };
}

/**
 * The messages of every pinning rule, by id (`defineUnpinnedRule` gives them to the rule's meta). `{install}` is the
 * install as run (`apk add`); `{packages}` the quoted names before the last one, joined with ', '.
 */
export const UNPINNED_MESSAGES = {
  onePackage: "'{install}' installs '{package}' without a pinned version; pin it: '{pinned}'.",
  manyPackages: "'{install}' installs {count} packages without a pinned version: {packages} and '{lastPackage}'; pin each one, e.g. '{pinned}'.",
  manyOfOnePackage: "'{install}' installs {count} packages without a pinned version: '{package}'; pin each one, e.g. '{pinned}'.",
  runManyPackages: "This RUN installs {count} packages without a pinned version: {packages} and '{lastPackage}'; pin each one, e.g. '{pinned}'.",
  runManyOfOnePackage: "This RUN installs {count} packages without a pinned version: '{package}'; pin each one, e.g. '{pinned}'.",
  // the related location of each unpinned package
  relatedNoVersion: "'{package}' has no version; use '{pinned}'.",
  relatedNoStream: "'{package}' names no stream; use '{pinned}'.",
  relatedMoving: "'{package}' follows the moving '@{tag}'; use '{pinned}'.",
} as const;

/**
 * The message of a pinning finding: every unpinned package of the RUN, and how to pin the first one. The data objects
 * are written out whole, without object spread: this runs for every pinning finding, and in V8 a spread followed by
 * more properties is far slower than a plain literal (bench/README.md).
 */
export function unpinnedMessage(installs: UnpinnedInstall[]): { messageId: keyof typeof UNPINNED_MESSAGES; data: MessageData } {
  const packages = installs.flatMap((i) => i.packages);
  const labels = [...new Set(installs.map((i) => i.label))];
  const first = packages[0];
  if (packages.length === 1) return { messageId: 'onePackage', data: { install: labels[0], package: first.name, pinned: first.pinned } };
  const names = [...new Set(packages.map((p) => p.name))];
  const count = packages.length;
  const pinned = first.pinned;
  if (labels.length > 1) {
    if (names.length === 1) return { messageId: 'runManyOfOnePackage', data: { count, pinned, package: names[0] } };
    return { messageId: 'runManyPackages', data: { count, pinned, packages: quotedNames(names), lastPackage: names[names.length - 1] } };
  }
  const install = labels[0];
  if (names.length === 1) return { messageId: 'manyOfOnePackage', data: { install, count, pinned, package: names[0] } };
  return { messageId: 'manyPackages', data: { install, count, pinned, packages: quotedNames(names), lastPackage: names[names.length - 1] } };
}

/** The quoted names before the last one, joined with ', ' (the `{packages}` placeholder). */
function quotedNames(names: string[]): string {
  return names.slice(0, -1).map((n) => `'${n}'`).join(', ');
}

/** The related location of one unpinned package. */
function relatedOf(ctx: DockerfileContext, pkg: UnpinnedPackage): RelatedLocation {
  const range = ctx.range(pkg.word.start, pkg.word.end);
  const reason = pkg.reason;
  const messageId = reason === undefined ? 'relatedNoVersion' : reason === 'noStream' ? 'relatedNoStream' : 'relatedMoving';
  const data: MessageData = reason !== undefined && reason !== 'noStream' ? { package: pkg.word.value, pinned: pkg.pinned, tag: reason.moving } : { package: pkg.word.value, pinned: pkg.pinned };
  return { path: ctx.path, range, message: formatMessage(UNPINNED_MESSAGES[messageId], data), messageId, data };
}

/** A pinning rule: one finding per RUN whose installs (read by `read`) leave packages unpinned. Applies in every stage. */
export function defineUnpinnedRule(meta: Meta, read: UnpinnedReader): DockerfileRule {
  return defineDockerfileRule({
    meta: { ...meta, messages: UNPINNED_MESSAGES },
    check(ctx) {
      for (const { script } of ctx.runScripts()) {
        if (!script.posix) continue;
        const installs: UnpinnedInstall[] = [];
        for (const command of script.commands) {
          const install = read(command);
          if (install?.packages.length) installs.push(install);
        }
        if (!installs.length) continue;
        const first = installs[0];
        const { messageId, data } = unpinnedMessage(installs);
        ctx.report({
          range: ctx.range(first.programWord.start, first.packages[first.packages.length - 1].word.end),
          messageId,
          data,
          related: installs.flatMap((i) => i.packages.map((p) => relatedOf(ctx, p))),
        });
      }
    },
  });
}

/** An install that may stop at a confirmation prompt, and where the missing flag goes. */
export interface PromptingInstall {
  /** The word the finding points at (the subcommand: `install`). */
  at: ShellWord;
  /** The command as it reads in messages: `dnf install`. */
  label: string;
  /** The flag that answers the prompt: `-y`, `-n`. */
  flag: string;
  /** The flag goes right after this word. */
  insertAfter: ShellWord;
  /** The command as it should read: `dnf install -y`, `zypper -n install`. */
  suggestion: string;
}

/** The message of every "missing -y" rule (`defineMissingYesRule` gives it to the rule's meta). */
export const MISSING_YES_MESSAGES = {
  noAnswerFlag: "'{install}' has no {flag} and stops at a confirmation prompt that a build cannot answer; use '{suggestion}'.",
} as const;

/** A "missing -y" rule: one finding (with a fix) per install that `read` says may wait for a confirmation. */
export function defineMissingYesRule(meta: Meta, read: (command: ShellCommand) => PromptingInstall | undefined): DockerfileRule {
  return defineDockerfileRule({
    meta: { ...meta, messages: MISSING_YES_MESSAGES },
    check(ctx) {
      for (const { script } of ctx.runScripts()) {
        if (!script.posix) continue;
        for (const command of script.commands) {
          const install = read(command);
          if (!install) continue;
          const after = ctx.range(install.insertAfter.end, install.insertAfter.end);
          ctx.report({
            range: ctx.range(install.at.start, install.at.end),
            messageId: 'noAnswerFlag',
            data: { install: install.label, flag: install.flag, suggestion: install.suggestion },
            fix: { ...fixTitle('addFlagAfter', { flag: install.flag, word: install.insertAfter.value }), edits: [{ range: after, newText: ` ${install.flag}` }] },
          });
        }
      }
    },
  });
}

/** How one package manager installs and cleans up, for a "cache not cleaned" rule. */
export interface CacheCleanupSpec {
  /** Where the manager keeps its cache: a cache or tmpfs mount over one of them keeps it out of the layer. */
  cacheDirs: string[];
  /** The install word of an install by this manager (`install`), with the program as run. */
  installOf(command: ShellCommand): { word: ShellWord; program: string } | undefined;
  /** Whether a command removes this manager's cache (`dnf clean all`, `rm -rf /var/cache/dnf`). */
  isCleanup(command: ShellCommand): boolean;
  /** The clean-up command to suggest for the program as run (`microdnf clean all`). */
  cleanup(program: string): string;
}

/** The message of every "cache not cleaned" rule (`defineCacheCleanupRule` gives it to the rule's meta). */
export const CACHE_CLEANUP_MESSAGES = {
  cacheStays: "'{install}' leaves its package cache in the layer; add '{cleanup}' at the end of this RUN.",
} as const;

/**
 * A "cache not cleaned" rule: one finding per RUN whose first install no clean-up follows. Image size only, so it
 * applies in the stages that ship (see `shipsLayers`).
 */
export function defineCacheCleanupRule(meta: Meta, spec: CacheCleanupSpec): DockerfileRule {
  return defineDockerfileRule({
    meta: { ...meta, messages: CACHE_CLEANUP_MESSAGES },
    check(ctx) {
      for (const { info, script } of ctx.runScripts()) {
        if (!script.posix || !shipsLayers(info) || mountsCache(info, spec.cacheDirs)) continue;
        const programs = new Map<ShellWord, string>();
        const word = installWithoutCleanup(
          script.commands,
          (command) => {
            const install = spec.installOf(command);
            if (install) programs.set(install.word, install.program);
            return install?.word;
          },
          spec.isCleanup,
        );
        if (!word) continue;
        const program = programs.get(word) ?? '';
        ctx.report({
          range: ctx.range(word.start, word.end),
          messageId: 'cacheStays',
          data: { install: `${program} ${word.value}`, cleanup: spec.cleanup(program) },
        });
      }
    },
  });
}

/** Whether a yum/dnf/zypper command clears the package cache: `dnf|yum clean all`, `zypper clean`/`zypper cc`. */
function rpmCleansCache(cmd: RpmCommand | undefined, family: RpmFamily): boolean {
  const sub = cmd?.subcommand?.value;
  if (!cmd || !sub) return false;
  if (family === 'zypper') return cmd.family === 'zypper' && (sub === 'clean' || sub === 'cc');
  return cmd.family !== 'zypper' && sub === 'clean' && cmd.operands.some((o) => o.value === 'all');
}

/**
 * The cache clean-up of one RPM-family manager: installs by `family`, cleaned by its `clean` command or by removing
 * one of `removed`; a cache mount over one of `mounted` keeps the cache out of the layer.
 */
export function rpmCacheCleanup(family: RpmFamily, dirs: { mounted: string[]; removed: string[] }, fillsCache: (cmd: RpmCommand) => ShellWord | undefined = installWord): CacheCleanupSpec {
  return {
    cacheDirs: dirs.mounted,
    installOf(command) {
      const cmd = parseRpmCommand(command);
      const word = cmd?.family === family ? fillsCache(cmd) : undefined;
      return cmd && word ? { word, program: cmd.program } : undefined;
    },
    isCleanup: (command) => rpmCleansCache(parseRpmCommand(command), family) || removesDirectory(command, dirs.removed),
    cleanup: (program) => (family === 'zypper' ? 'zypper clean --all' : `${program} clean all`),
  };
}

function mountsCache(info: InstructionInfo, dirs: string[]): boolean {
  return dirs.some((dir) => hasCacheMount(info.instruction, dir));
}
