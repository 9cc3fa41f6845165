import type { Flag } from 'dockerfile-ast';
import { defineDockerfileRule } from '../context';
import { effectiveArgv, programOf, type ShellCommand, type ShellWord } from '../../../base/shell/split-commands';

/**
 * True when a chmod mode gives write permission to "others": octal with the o+w bit (`777`, `0666`, `2777`), or a
 * symbolic clause naming o/a with + or = and w (`a+rwx`, `o+w`, `ugo=rwx`, `u+x,o+w`). A bare `+w` is left alone: the
 * umask applies to it. The sticky bit (`1777`, `+t`) marks a shared temp directory and is not reported.
 */
export function isWorldWritableMode(mode: string): boolean {
  if (/^[0-7]{1,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    const special = Number(digits[0]);
    const other = Number(digits[3]);
    return (other & 2) !== 0 && (special & 1) === 0;
  }
  if (!/^[ugoa]*[-+=][rwxXstugo]*([-+=][rwxXstugo]*)*(,[ugoa]*[-+=][rwxXstugo]*([-+=][rwxXstugo]*)*)*$/.test(mode)) return false;
  let writable = false;
  let sticky = false;
  for (const clause of mode.split(',')) {
    const who = /^[ugoa]*/.exec(clause)![0];
    const touchesOthers = who.includes('o') || who.includes('a');
    for (const op of clause.slice(who.length).match(/[-+=][rwxXstugo]*/g) ?? []) {
      if (op[0] === '-') continue;
      if (touchesOthers && op.includes('w')) writable = true;
      if (op.includes('t')) sticky = true;
    }
  }
  return writable && !sticky;
}

export default defineDockerfileRule({
  meta: {
    id: 'world-writable-permissions',
    aliases: [],
    category: 'isolation',
    severity: 'warning',
    title: 'Files or directories made world-writable',
    why:
      'Mode 777 (or `o+w`) lets every user in the container rewrite the path: any process that gets code execution, ' +
      'under whatever uid, can then replace binaries, scripts or configuration that a more privileged process later runs. ' +
      'When the path is a volume or bind mount, the host and other containers see the same loose permissions. It usually ' +
      'papers over an ownership problem that has a precise fix.',
    howToFix:
      'Give the path to the user that needs it instead: `COPY --chown=10001:10001 …`, `chown -R 10001:10001 /app/data`, ' +
      'and a mode such as 755 for directories / 644 for files (or 775 with a shared group). For a shared scratch directory ' +
      'use the sticky bit (`chmod 1777`), as /tmp does.',
    examples: { bad: 'RUN chmod -R 777 /app', good: 'RUN chown -R 10001:10001 /app/data && chmod 750 /app/data' },
    messages: {
      worldWritableMode: "{program} mode '{mode}' makes the path writable by every user in the container; give ownership to the user that needs it instead.",
      worldWritableCopy: '{keyword} --chmod={mode} makes the copied files writable by every user in the container; use --chown with a tighter mode.',
    },
  },
  check(ctx) {
    for (const { commands } of ctx.posixScripts()) {
      let scratch: Set<string> | undefined;
      for (const command of commands) {
        const argv = effectiveArgv(command);
        const program = programOf(command);
        if (program === undefined) continue;
        const mode = program === 'chmod' ? chmodMode(argv) : program === 'mkdir' || program === 'install' ? modeOption(argv) : undefined;
        if (!mode || mode.value.includes('$') || !isWorldWritableMode(mode.value)) continue;
        scratch ??= scratchDirectoryVariables(commands);
        if (program === 'chmod' && onlyInside(argv.slice(argv.indexOf(mode) + 1), scratch)) continue;
        ctx.report({
          range: ctx.range(mode.start, mode.end),
          messageId: 'worldWritableMode',
          data: { program, mode: mode.value },
        });
      }
    }
    for (const keyword of ['COPY', 'ADD']) {
      for (const info of ctx.instructionsOf(keyword)) {
        const flags = (info.instruction as unknown as { getFlags?: () => Flag[] }).getFlags?.() ?? [];
        for (const flag of flags) {
          const value = flag.getValue();
          const range = flag.getValueRange();
          if (flag.getName().toLowerCase() !== 'chmod' || !value || !range || !isWorldWritableMode(value)) continue;
          ctx.report({ range, messageId: 'worldWritableCopy', data: { keyword, mode: value } });
        }
      }
    }
  },
});

/** The mode operand of chmod: the first argument that is not an option (`-R`, `--recursive`, `--reference=…`). */
function chmodMode(argv: ShellWord[]): ShellWord | undefined {
  for (const word of argv.slice(1)) {
    const v = word.value;
    if (v === '--') continue;
    if (v.startsWith('--')) {
      if (v.startsWith('--reference')) return undefined;
      continue;
    }
    // `-w` / `-x` are symbolic modes, but removing permissions never matters here
    if (/^-[RfvcHLP]+$/.test(v) || /^-[rwxXst]+$/.test(v)) continue;
    return word;
  }
  return undefined;
}

/** `-m 777`, `-m777`, `--mode=777`, `--mode 777` (mkdir, install). */
function modeOption(argv: ShellWord[]): ShellWord | undefined {
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i].value;
    if (v === '-m' || v === '--mode') return argv[i + 1];
    if (v.startsWith('--mode=')) return sub(argv[i], '--mode='.length);
    if (/^-m./.test(v) && v.length > 2) return sub(argv[i], 2);
  }
  return undefined;
}

function sub(word: ShellWord, skip: number): ShellWord {
  // offsets into raw only line up with the value when the prefix was written unquoted
  if (word.raw.slice(0, skip) !== word.value.slice(0, skip)) return { ...word, value: word.value.slice(skip) };
  return { ...word, value: word.value.slice(skip), raw: word.raw.slice(skip), start: word.start + skip };
}

/** `$NAME`, `${NAME}`, `$NAME/sub`: the variable a path operand starts with. */
function leadingVariable(value: string): string | undefined {
  return /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))(?:\/|$)/.exec(value)?.slice(1).find(Boolean);
}

/**
 * Variables set to a directory made by `mktemp -d` and deleted with `rm` in the same RUN (`tmp="$(mktemp -d)"; …;
 * rm -rf "$tmp"`): whatever mode such a directory had, nothing of it is left in the layer.
 */
function scratchDirectoryVariables(commands: readonly ShellCommand[]): Set<string> {
  const made = new Set<string>();
  const removed = new Set<string>();
  for (const command of commands) {
    const program = programOf(command);
    // `tmp=$(mktemp -d)` as an assignment, or `export GNUPGHOME="$(mktemp -d)"`
    const candidates = program === 'export' || program === 'local' || program === 'declare' || program === 'readonly' ? effectiveArgv(command).slice(1) : command.assignments;
    for (const word of candidates) {
      const m = /^([A-Za-z_]\w*)=(?:\$\(|`)\s*mktemp\b[^)`]*\s-[A-Za-z]*d/.exec(word.value);
      if (m) made.add(m[1]);
    }
    if (program === 'rm') {
      for (const word of effectiveArgv(command).slice(1)) {
        const name = leadingVariable(word.value);
        if (name && !/^\$(?:\{\w+\}|\w+)\/./.test(word.value)) removed.add(name);
      }
    }
  }
  return new Set([...made].filter((name) => removed.has(name)));
}

/** True when every path operand lies inside one of the scratch directories. */
function onlyInside(operands: readonly ShellWord[], scratch: ReadonlySet<string>): boolean {
  const paths = operands.filter((w) => !w.value.startsWith('-'));
  return paths.length > 0 && paths.every((w) => {
    const name = leadingVariable(w.value);
    return name !== undefined && scratch.has(name);
  });
}
