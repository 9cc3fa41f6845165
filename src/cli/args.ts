/** A small, strict argument parser: known flags only, values via `--flag value` or `--flag=value`. */
export class UsageError extends Error {}

export interface FlagSpec {
  /** Takes a value. */
  value?: boolean;
  /** One of these values. */
  choices?: string[];
  /** May be given several times; every value is kept in `lists` (the last one is also in `flags`). */
  repeatable?: boolean;
}

export interface ParsedArgs {
  flags: Map<string, string | true>;
  /** Every value of a repeatable flag, in order. */
  lists: Map<string, string[]>;
  positionals: string[];
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const s = spec[name];
    if (!s) throw new UsageError(`unknown option --${name}`);
    if (!s.value) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (s.choices && !s.choices.includes(value)) throw new UsageError(`--${name} must be one of ${s.choices.join(', ')} (got '${value}')`);
    flags.set(name, value);
    if (s.repeatable) lists.set(name, [...(lists.get(name) ?? []), value]);
  }
  return { flags, lists, positionals };
}
