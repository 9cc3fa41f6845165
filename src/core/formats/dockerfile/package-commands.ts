/**
 * What the non-RPM package managers are asked to do in one shell command: apt-get/apt, apk, pip, npm and gem. Each
 * parser works on `effectiveArgv` (so `sudo`, `env` and friends are already peeled off), knows which of the tool's
 * options take a value (so `apk add -t .deps curl` does not see `.deps` as a package), splits short-option clusters
 * (`-yq`), and separates the subcommand word from the options and operands. On top of that: whether a package spec
 * pins a version for each ecosystem.
 *
 * Shared by the apt-get / apk / pip / npm / gem rules (hadolint DL3008–DL3028 family). The yum/dnf/zypper side lives in
 * `rpm-family-commands.ts`; cache mounts and `rm -rf` of a cache in `layer-cleanup.ts`.
 */
import { basename, effectiveArgv, memoisedParser, programOf, type ShellCommand, type ShellWord } from '../../base/shell/split-commands';

/** One option as given: `-y` → `y`, `--yes` → `yes`, `-o Foo=1` → `o` with value `Foo=1`. */
export interface ParsedOption {
  /** Name without dashes; one entry per letter of a short cluster (`-yq` → `y`, `q`). */
  name: string;
  /** The value, when the option takes one (`--opt=value`, `-ovalue`, or the next word). */
  value?: string;
  /** The word the option was written in. */
  word: ShellWord;
  /** True before the subcommand (a global option). */
  global: boolean;
}

export interface PackageCommand {
  tool: 'apt-get' | 'apt' | 'apk' | 'pip' | 'npm' | 'gem';
  /** Program as run (`apt-get`, `pip3.12`, `python3`). */
  program: string;
  programWord: ShellWord;
  /** The subcommand word (`install`, `add`, `i`), if any. */
  subcommand?: ShellWord;
  options: ParsedOption[];
  /** Non-option words after the subcommand, option values excluded. */
  operands: ShellWord[];
}

/** Which options of a tool take a value: short letters and long names (without dashes). */
export interface OptionSpec {
  short: string;
  long: ReadonlySet<string>;
}

export const APT_OPTIONS: OptionSpec = {
  short: 'octaP',
  long: new Set(['option', 'config-file', 'target-release', 'default-release', 'host-architecture', 'build-profiles', 'solver', 'planner']),
};
export const APK_OPTIONS: OptionSpec = {
  short: 'Xpt',
  long: new Set(['repository', 'root', 'virtual', 'keys-dir', 'repositories-file', 'arch', 'cache-dir', 'cache-max-age', 'wait', 'progress-fd', 'timeout']),
};
export const PIP_OPTIONS: OptionSpec = {
  short: 'rceitfbC',
  long: new Set([
    'requirement', 'constraint', 'editable', 'index-url', 'extra-index-url', 'target', 'find-links', 'platform',
    'python-version', 'implementation', 'abi', 'root', 'prefix', 'src', 'upgrade-strategy', 'global-option',
    'install-option', 'config-settings', 'progress-bar', 'no-binary', 'only-binary', 'proxy', 'retries', 'timeout',
    'exists-action', 'trusted-host', 'cert', 'client-cert', 'cache-dir', 'log', 'log-file', 'python', 'use-feature',
    'use-deprecated', 'keyring-provider', 'report', 'root-user-action', 'build', 'dest', 'group',
  ]),
};
/** pipx takes pip's index options plus its own (`--spec`, `--suffix`, `--pip-args`, `--python`). */
export const PIPX_OPTIONS: OptionSpec = {
  short: '',
  long: new Set(['spec', 'suffix', 'pip-args', 'python', 'index-url', 'extra-index-url', 'editable', 'preinstall', 'global-option']),
};
export const NPM_OPTIONS: OptionSpec = {
  short: 'wC',
  long: new Set([
    'prefix', 'registry', 'cache', 'tag', 'workspace', 'omit', 'include', 'install-strategy', 'userconfig', 'globalconfig',
    'loglevel', 'before', 'save-prefix', 'only', 'also', 'otp', 'scope', 'script-shell', 'node-options', 'location',
  ]),
};
export const GEM_OPTIONS: OptionSpec = {
  short: 'vinsPg',
  long: new Set(['version', 'install-dir', 'bindir', 'source', 'trust-policy', 'platform', 'build-root', 'config-file', 'file', 'http-proxy', 'target-rbconfig']),
};

/**
 * Parses `argv` (program word first) into options, a subcommand (the first operand, when `withSubcommand`) and
 * operands. `--` ends option parsing.
 */
export function parseArgs(argv: ShellWord[], spec: OptionSpec, withSubcommand = true): Omit<PackageCommand, 'tool' | 'program' | 'programWord'> {
  const options: ParsedOption[] = [];
  const operands: ShellWord[] = [];
  let subcommand: ShellWord | undefined;
  let endOfOptions = false;
  for (let k = 1; k < argv.length; k++) {
    const word = argv[k];
    const value = word.value;
    const global = withSubcommand && !subcommand;
    if (!endOfOptions && value === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && value.startsWith('--') && value.length > 2) {
      const eq = value.indexOf('=');
      const name = eq === -1 ? value.slice(2) : value.slice(2, eq);
      if (eq !== -1) options.push({ name, value: value.slice(eq + 1), word, global });
      else if (spec.long.has(name)) options.push({ name, value: argv[++k]?.value, word, global });
      else options.push({ name, word, global });
      continue;
    }
    if (!endOfOptions && value.startsWith('-') && value.length > 1) {
      for (let i = 1; i < value.length; i++) {
        const letter = value[i];
        if (spec.short.includes(letter)) {
          const rest = value.slice(i + 1);
          options.push({ name: letter, value: rest ? rest.replace(/^=/, '') : argv[++k]?.value, word, global });
          break;
        }
        // `-q=2`
        if (value[i + 1] === '=') {
          options.push({ name: letter, value: value.slice(i + 2), word, global });
          break;
        }
        options.push({ name: letter, word, global });
      }
      continue;
    }
    if (withSubcommand && !subcommand) subcommand = word;
    else operands.push(word);
  }
  return { subcommand, options, operands };
}

/** True when any of `names` (letters or long names, without dashes) was given anywhere in the command. */
export function hasOption(cmd: Pick<PackageCommand, 'options'>, ...names: string[]): boolean {
  return cmd.options.some((o) => names.includes(o.name));
}

/** Values of `-o` / `--option` settings (apt-get), e.g. `APT::Get::Assume-Yes=true`. */
export function aptConfigOptions(cmd: PackageCommand): string[] {
  return cmd.options.filter((o) => (o.name === 'o' || o.name === 'option') && o.value !== undefined).map((o) => o.value!);
}

// ---------------------------------------------------------------------------------------------------------------------
// apt-get / apt

/** Recognises `apt-get …` and `apt …` (after wrappers). */
export const parseApt = memoisedParser('apt', (command: ShellCommand): PackageCommand | undefined => {
  const program = programOf(command);
  if (program !== 'apt-get' && program !== 'apt') return undefined;
  const argv = effectiveArgv(command);
  return { tool: program, program, programWord: argv[0], ...parseArgs(argv, APT_OPTIONS) };
});

/** The `install` word of an `apt-get install` / `apt install`, else undefined; a simulation installs nothing, so it has none. */
export function aptInstallWord(cmd: PackageCommand | undefined): ShellWord | undefined {
  if (!cmd || (cmd.tool !== 'apt-get' && cmd.tool !== 'apt') || cmd.subcommand?.value !== 'install') return undefined;
  return hasOption(cmd, 's', 'simulate', 'just-print', 'dry-run', 'recon', 'no-act') ? undefined : cmd.subcommand;
}

/** Whether the apt command answers prompts by itself: `-y`, `--yes`, `--assume-yes`, `-qq` (quiet level 2 implies yes). */
export function aptAssumesYes(cmd: PackageCommand): boolean {
  if (hasOption(cmd, 'y', 'yes', 'assume-yes')) return true;
  let quiet = 0;
  for (const o of cmd.options) {
    if (o.name === 'q' || o.name === 'quiet') quiet += o.value !== undefined && /^[0-9]+$/.test(o.value) ? Number(o.value) : 1;
  }
  if (quiet >= 2) return true;
  return aptConfigOptions(cmd).some((v) => /^APT::Get::Assume-Yes=(true|yes|1|on)$/i.test(v));
}

/** `--no-install-recommends`, or `-o APT::Install-Recommends=false`. */
export function aptSkipsRecommends(cmd: PackageCommand): boolean {
  if (hasOption(cmd, 'no-install-recommends')) return true;
  if (cmd.options.some((o) => o.name === 'install-recommends' && /^(false|no|0|off)$/i.test(o.value ?? ''))) return true;
  return aptConfigOptions(cmd).some((v) => /^APT::Install-Recommends=(false|no|0|off)$/i.test(v));
}

/**
 * Whether an apt package operand pins a version: `curl=8.5.0-2`, a `.deb` file or path, or something built from a
 * variable. A release (`curl/bookworm-backports`) is not a version. Words ending in `-` ask apt to remove a package.
 */
export function isAptPinned(spec: string): boolean {
  if (!spec || spec.includes('=') || spec.includes('$')) return true;
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('~') || spec.toLowerCase().endsWith('.deb')) return true;
  return spec.endsWith('-');
}

/** The operands of an apt install that pin no version, in document order. */
export function aptUnpinnedPackages(cmd: PackageCommand): ShellWord[] {
  if (!aptInstallWord(cmd)) return [];
  return cmd.operands.filter((w) => !isAptPinned(w.value));
}

// ---------------------------------------------------------------------------------------------------------------------
// apk

export const parseApk = memoisedParser('apk', (command: ShellCommand): PackageCommand | undefined => {
  if (programOf(command) !== 'apk') return undefined;
  const argv = effectiveArgv(command);
  return { tool: 'apk', program: 'apk', programWord: argv[0], ...parseArgs(argv, APK_OPTIONS) };
});

/** The `add` word of `apk add`, else undefined; `--simulate` installs nothing, so it has none. */
export function apkAddWord(cmd: PackageCommand | undefined): ShellWord | undefined {
  return cmd?.tool === 'apk' && cmd.subcommand?.value === 'add' && !hasOption(cmd, 's', 'simulate') ? cmd.subcommand : undefined;
}

/**
 * Whether an apk package operand pins a version: `curl=8.5.0-r0`, `curl~8.5`, `curl>8`, `curl<9`, a `.apk` file or
 * path, or a variable. A repository tag (`curl@edge`) is not a version.
 */
export function isApkPinned(spec: string): boolean {
  if (!spec || /[=~<>$]/.test(spec)) return true;
  return spec.startsWith('.') || spec.startsWith('/') || spec.toLowerCase().endsWith('.apk');
}

export function apkUnpinnedPackages(cmd: PackageCommand): ShellWord[] {
  if (!apkAddWord(cmd)) return [];
  return cmd.operands.filter((w) => !isApkPinned(w.value));
}

// ---------------------------------------------------------------------------------------------------------------------
// pip

/** `pip install …`, `pip3.12 install …`, `python3 -m pip install …` (also `uv pip install`). */
export const parsePip = memoisedParser('pip', (command: ShellCommand): PackageCommand | undefined => {
  const program = programOf(command);
  if (program === undefined) return undefined;
  const argv = effectiveArgv(command);
  if (/^pip[0-9.]*$/.test(program)) return { tool: 'pip', program, programWord: argv[0], ...parseArgs(argv, PIP_OPTIONS) };
  if (/^python[0-9.]*$/.test(program)) {
    let k = 1;
    while (k < argv.length && argv[k].value !== '-m' && argv[k].value.startsWith('-')) k++;
    if (argv[k]?.value !== '-m' || !/^pip[0-9.]*$/.test(argv[k + 1]?.value ?? '')) return undefined;
    return { tool: 'pip', program, programWord: argv[0], ...parseArgs(argv.slice(k + 1), PIP_OPTIONS) };
  }
  if (program === 'uv' && argv[1]?.value === 'pip') return { tool: 'pip', program, programWord: argv[0], ...parseArgs(argv.slice(1), PIP_OPTIONS) };
  if (program === 'pipx') return { tool: 'pip', program, programWord: argv[0], ...parseArgs(argv, PIPX_OPTIONS) };
  return undefined;
});

const PIP_ARCHIVE = /\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;

/**
 * Whether a pip requirement pins a version: any version specifier (`==`, `~=`, `>=`, `<`, `!=`…), a direct reference
 * (`name @ url`), a URL or VCS link (`git+https://…`), a local path or archive, or a variable.
 */
export function isPipPinned(spec: string): boolean {
  const vcs = /^(git|hg|svn|bzr)\+[a-z]+:\/\/(.*)$/i.exec(spec);
  // A VCS link pins a revision only with `@ref` after the host (`git+ssh://git@host/…` carries a user, not a ref).
  if (vcs) return vcs[2].replace(/#.*$/, '').replace(/^[^/]*@/, '').includes('@');
  if (!spec || /[=<>!~@$]/.test(spec)) return true;
  if (spec.includes('://')) return true;
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('~') || spec.includes('/')) return true;
  return PIP_ARCHIVE.test(spec);
}

/**
 * Package operands of `pip install` / `pipx install` that pin no version (requirement files are not looked into). A
 * constraints file (`-c`/`--constraint`) is where versions are pinned, so a command naming one pins its packages.
 */
export function pipUnpinnedPackages(cmd: PackageCommand): ShellWord[] {
  if (cmd.tool !== 'pip' || cmd.subcommand?.value !== 'install') return [];
  // a constraints file is where versions are pinned; `--dry-run` installs nothing
  if (hasOption(cmd, 'c', 'constraint', 'dry-run')) return [];
  // `pipx install --spec 'black==24.1.0' black`: the spec, not the app name, says what is installed
  const pipxSpec = cmd.program === 'pipx' ? cmd.options.find((o) => o.name === 'spec')?.value : undefined;
  if (pipxSpec !== undefined) return isPipPinned(pipxSpec) ? [] : cmd.operands.slice(0, 1);
  return cmd.operands.filter((w) => !isPipPinned(w.value));
}

// ---------------------------------------------------------------------------------------------------------------------
// npm

/** `install` and the aliases npm accepts for it. */
export const NPM_INSTALL_WORDS = new Set(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add']);

export const parseNpm = memoisedParser('npm', (command: ShellCommand): PackageCommand | undefined => {
  if (programOf(command) !== 'npm') return undefined;
  const argv = effectiveArgv(command);
  return { tool: 'npm', program: 'npm', programWord: argv[0], ...parseArgs(argv, NPM_OPTIONS) };
});

/**
 * Whether an npm package spec pins something: `name@version` or `name@range` (not a bare `@latest`/`@next` tag), a
 * scoped `@scope/name@1.2`, a git, GitHub shorthand (`user/repo`), tarball, URL or local path spec, or a variable.
 */
export function isNpmPinned(spec: string): boolean {
  if (!spec || spec.includes('$')) return true;
  // git URLs pin only with a `#commit-ish` or `#semver:` fragment; without one they follow the default branch
  if (/^(git\+[a-z]+|git):/i.test(spec)) return spec.includes('#');
  if (spec.includes(':')) return true; // file:, npm: aliases, http(s): tarballs
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('~')) return true;
  if (/\.(tgz|tar\.gz|tar)$/i.test(spec)) return true;
  const scoped = spec.startsWith('@');
  const body = scoped ? spec.slice(1) : spec;
  const at = body.indexOf('@');
  if (at === -1) return !scoped && body.includes('/'); // `user/repo` is a GitHub spec; `@scope/name` alone is not pinned
  const version = body.slice(at + 1);
  return version !== '' && version !== 'latest' && version !== 'next' && version !== '*';
}

/** Package operands of `npm install <pkg>…` that pin no version; `npm install` / `npm ci` alone install the lockfile. */
export function npmUnpinnedPackages(cmd: PackageCommand): ShellWord[] {
  if (cmd.tool !== 'npm' || !NPM_INSTALL_WORDS.has(cmd.subcommand?.value ?? '') || hasOption(cmd, 'dry-run')) return [];
  return cmd.operands.filter((w) => !isNpmPinned(w.value));
}

// ---------------------------------------------------------------------------------------------------------------------
// gem

export const parseGem = memoisedParser('gem', (command: ShellCommand): PackageCommand | undefined => {
  if (programOf(command) !== 'gem') return undefined;
  const argv = effectiveArgv(command);
  // after `--` come build options for the gems' native extensions, not gems
  const dashes = argv.findIndex((w) => w.value === '--');
  return { tool: 'gem', program: 'gem', programWord: argv[0], ...parseArgs(dashes === -1 ? argv : argv.slice(0, dashes), GEM_OPTIONS) };
});

/**
 * Gem operands of `gem install` (or `gem i`) that pin no version. `-v`/`--version` pins every gem of the command; `name:1.2` pins
 * one; `.gem` files, paths and variables count as pinned; `-g`/`--file` installs from a Gemfile.
 */
export function gemUnpinnedPackages(cmd: PackageCommand): ShellWord[] {
  if (cmd.tool !== 'gem' || (cmd.subcommand?.value !== 'install' && cmd.subcommand?.value !== 'i')) return [];
  if (hasOption(cmd, 'v', 'version', 'g', 'file')) return [];
  return cmd.operands.filter((w) => {
    const spec = w.value;
    if (!spec || spec.includes(':') || spec.includes('$')) return false;
    return !(spec.startsWith('.') || spec.startsWith('/') || spec.toLowerCase().endsWith('.gem'));
  });
}
