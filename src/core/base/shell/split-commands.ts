/**
 * Splits a POSIX shell script (a RUN body) into simple commands with their words, so rules see the real arguments of
 * `apt-get install`, `pip install`, `curl … | sh`. Not a full shell parser: it understands quoting, escapes, command
 * substitution, comments, redirections, the control operators (&& || ; | & newline), subshells/groups and the
 * compound-command keywords — which is what package-manager and pipe rules need. Every word keeps document offsets.
 * Linear in the input; no regular expressions over user text.
 */
import { CaseTracker } from './case-items';
import type { LogicalText } from './logical-text';

export interface ShellWord {
  /** Value with quotes removed and escapes resolved (substitutions kept verbatim). */
  value: string;
  /** As written. */
  raw: string;
  /** Document offsets. */
  start: number;
  end: number;
  /** True when any part was quoted. */
  quoted: boolean;
}

export type Separator = '&&' | '||' | ';' | '|' | '&' | '\n' | '(' | ')' | 'start' | 'end';

export interface ShellCommand {
  /** All words, including leading VAR=value assignments. */
  words: ShellWord[];
  /** Leading VAR=value words. */
  assignments: ShellWord[];
  /** Words after the assignments: argv. */
  argv: ShellWord[];
  /** Redirection targets (`> file`, `2>/dev/null`) — not part of argv. */
  redirects: Array<{ op: string; target?: ShellWord }>;
  before: Separator;
  after: Separator;
  /** Document offset of the operator written after the command (`|`, `&&` …); undefined at the end of the script. */
  afterAt?: number;
  /** Derived facts, computed on first use (`effectiveArgv`, `programOf`, the package-command parsers). */
  readonly memo: CommandMemo;
}

/**
 * What rules derive from a command, kept on the command: about twenty rules ask for every command's effective argv
 * and program name, and several apt/pip/… rules parse the same command (profile of a 200-line Dockerfile:
 * `effectiveArgv` lookups + `basename` + `parseArgs` were 7.6 % of the analysis). Fields on the object, not a
 * WeakMap: a property load instead of a hash lookup. Callers only read what they get.
 */
export class CommandMemo {
  effectiveArgv: ShellWord[] | undefined = undefined;
  /** `null` until computed; `undefined` when the command runs no program. */
  program: string | undefined | null = null;
  /**
   * Package-command parses, one slot per parser (see `memoisedParser`); `null` when the command is not one. An array
   * slot rather than a Map entry by name: a Map per command was 4.5 % of the bytes a 200-line analysis allocated.
   */
  parsed: unknown[] | undefined = undefined;
}

/** Slots handed out to the memoised parsers so far. */
const parserNames: string[] = [];

/** `parse` computed once per command (`name`: which parser, for debugging); the results are shared, callers only read them. */
export function memoisedParser<T extends object>(name: string, parse: (command: ShellCommand) => T | undefined): (command: ShellCommand) => T | undefined {
  const slot = parserNames.push(name) - 1;
  return (command) => {
    const parsed = (command.memo.parsed ??= []);
    let value = parsed[slot] as T | null | undefined;
    if (value === undefined) parsed[slot] = value = parse(command) ?? null;
    return value ?? undefined;
  };
}

const KEYWORDS_BEFORE_COMMAND = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const KEYWORDS_ALONE = new Set(['fi', 'done', 'esac', '}', 'then', 'else', 'do']);

interface Token {
  kind: 'word' | 'op' | 'redirect';
  word?: ShellWord;
  op?: string;
  /** Document offset of an operator. */
  at?: number;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r';
}

function tokenize(src: LogicalText): Token[] {
  const { text } = src;
  const n = text.length;
  const tokens: Token[] = [];
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (isBlank(ch)) {
      i++;
      continue;
    }
    if (ch === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '\n') {
      tokens.push({ kind: 'op', op: '\n', at: src.docOffset(i) });
      i++;
      continue;
    }
    const next = text[i + 1];
    if (ch === '\\' && next === '\n') {
      i += 2; // shell-level line continuation (heredoc bodies)
      continue;
    }
    if (ch === ';' && (next === ';' || next === '&')) {
      // `;;`, `;&` and `;;&` end a case item
      const length = next === ';' && text[i + 2] === '&' ? 3 : 2;
      tokens.push({ kind: 'op', op: ';;', at: src.docOffset(i) });
      i += length;
      continue;
    }
    if ((ch === '&' || ch === '|') && next === ch) {
      tokens.push({ kind: 'op', op: ch === '&' ? '&&' : '||', at: src.docOffset(i) });
      i += 2;
      continue;
    }
    if (ch === '|' || ch === ';' || ch === '(' || ch === ')') {
      tokens.push({ kind: 'op', op: ch, at: src.docOffset(i) });
      i += ch === '|' && next === '&' ? 2 : 1;
      continue;
    }
    if (ch === '&' && next !== '>') {
      tokens.push({ kind: 'op', op: '&', at: src.docOffset(i) });
      i++;
      continue;
    }
    // redirection: [n]>, >>, <, <<, <<<, >&, &>, 2>&1
    let r = i;
    while (r < n && text[r] >= '0' && text[r] <= '9') r++;
    if (text[r] === '>' || text[r] === '<' || (text[r] === '&' && text[r + 1] === '>')) {
      let e = r + 1;
      while (e < n && (text[e] === '>' || text[e] === '<' || text[e] === '&' || text[e] === '-' || text[e] === '|')) e++;
      // `2>&1`: the fd after the & is part of the operator
      if (text[e - 1] === '&') while (e < n && text[e] >= '0' && text[e] <= '9') e++;
      tokens.push({ kind: 'redirect', op: text.slice(i, e) });
      i = e;
      continue;
    }
    const word = readWord(src, i);
    if (!word) {
      i++; // never stall on an unexpected character
      continue;
    }
    tokens.push({ kind: 'word', word });
    i += word.raw.length;
  }
  return tokens;
}

/**
 * The word starting at `start` (undefined when no character belongs to one). Ordinary characters are appended to
 * its value in runs (one slice per stretch), not one at a time: per-character concatenation made the tokenizer the
 * second largest allocator of a 200-line Dockerfile's analysis.
 */
function readWord(src: LogicalText, start: number): ShellWord | undefined {
  const { text } = src;
  const n = text.length;
  let i = start;
  let value = '';
  let quoted = false;
  // start of the ordinary characters not yet appended to value, or -1
  let plain = -1;
  while (i < n) {
    const c = text[i];
    if (isBlank(c) || c === '\n' || c === ';' || c === '|' || c === '(' || c === ')' || (c === '&' && text[i + 1] !== '>') || c === '<' || c === '>') {
      if ((c === '<' || c === '>') && i > start && text[i - 1] === '=') {
        // `--opt=>x` is unusual; treat as part of the word
      } else break;
    }
    const special = c === '\\' || c === "'" || c === '"' || c === '`' || (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{'));
    if (!special) {
      if (plain === -1) plain = i;
      i++;
      continue;
    }
    if (plain !== -1) {
      value += text.slice(plain, i);
      plain = -1;
    }
    if (c === '\\') {
      if (i + 1 < n) {
        if (text[i + 1] !== '\n') value += text[i + 1];
        i += 2;
      } else i++;
      quoted = true;
    } else if (c === "'") {
      quoted = true;
      const close = text.indexOf("'", i + 1);
      const stop = close === -1 ? n : close;
      value += text.slice(i + 1, stop);
      i = stop + 1;
    } else if (c === '"') {
      quoted = true;
      const inner = readDoubleQuoted(text, i + 1);
      value += inner.value;
      i = inner.end + 1;
    } else if (c === '$') {
      const close = text[i + 1] === '(' ? matchParen(text, i + 1) : matchBrace(text, i + 1);
      value += text.slice(i, close + 1);
      i = close + 1;
    } else {
      // a backquoted substitution, kept verbatim
      const close = text.indexOf('`', i + 1);
      const stop = close === -1 ? n - 1 : close;
      value += text.slice(i, stop + 1);
      i = stop + 1;
    }
  }
  if (plain !== -1) value += text.slice(plain, i);
  if (i === start) return undefined;
  const end = Math.min(i, n); // an unclosed quote ends the text
  return { value, raw: text.slice(start, end), start: src.docOffset(start), end: src.docOffset(end), quoted };
}

/** The value of a double-quoted string whose content starts at `from`, and the index of its closing quote (or the end). */
function readDoubleQuoted(text: string, from: number): { value: string; end: number } {
  const n = text.length;
  let i = from;
  let value = '';
  let plain = -1;
  while (i < n && text[i] !== '"') {
    const c = text[i];
    const escaped = c === '\\' && i + 1 < n && '"\\$`\n'.includes(text[i + 1]);
    const substitution = c === '$' && text[i + 1] === '(';
    if (!escaped && !substitution) {
      if (plain === -1) plain = i;
      i++;
      continue;
    }
    if (plain !== -1) {
      value += text.slice(plain, i);
      plain = -1;
    }
    if (escaped) {
      if (text[i + 1] !== '\n') value += text[i + 1];
      i += 2;
    } else {
      const close = matchParen(text, i + 1);
      value += text.slice(i, close + 1);
      i = close + 1;
    }
  }
  if (plain !== -1) value += text.slice(plain, i);
  return { value, end: i };
}

/** Index of the ')' matching the '(' at `open`, or the last index. Iterative, quote-aware enough for $(...). */
function matchParen(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === "'") {
      const close = text.indexOf("'", k + 1);
      if (close === -1) return text.length - 1;
      k = close;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return k;
    }
  }
  return text.length - 1;
}

function matchBrace(text: string, open: number): number {
  const close = text.indexOf('}', open);
  return close === -1 ? text.length - 1 : close;
}

function isAssignment(word: ShellWord): boolean {
  const eq = word.raw.indexOf('=');
  if (eq <= 0) return false;
  const name = word.raw.slice(0, eq);
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    const ok = c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (k > 0 && c >= 48 && c <= 57);
    if (!ok) return false;
  }
  return true;
}

export function splitCommands(src: LogicalText): ShellCommand[] {
  const tokens = tokenize(src);
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let redirects: ShellCommand['redirects'] = [];
  let before: Separator = 'start';
  const cases = new CaseTracker();
  const flush = (after: Separator, afterAt?: number) => {
    // drop compound-command keywords in front of the real command (`if`, `then`, `do` …) and lone closers (`fi`, `done`)
    while (words.length && KEYWORDS_BEFORE_COMMAND.has(words[0].raw)) words.shift();
    if (words.length === 1 && KEYWORDS_ALONE.has(words[0].raw)) words = [];
    if (words.length || redirects.length) {
      let k = 0;
      while (k < words.length && isAssignment(words[k])) k++;
      commands.push({ words, assignments: words.slice(0, k), argv: words.slice(k), redirects, before, after, afterAt, memo: new CommandMemo() });
    }
    words = [];
    redirects = [];
    before = after;
  };
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    const raw = token.word?.raw;
    // `case`/`esac` are keywords only in command position (after nothing but keywords such as `then`, `do`)
    const keyword = (raw === 'case' || raw === 'esac') && !redirects.length && words.every((w) => KEYWORDS_BEFORE_COMMAND.has(w.raw));
    const step = cases.step(raw, token.op, keyword);
    if (step === 'opened' || step === 'closed') words = []; // the keywords before `case` / `esac`
    else if (step === 'item-start') before = ';'; // an item's first command follows a pattern list, not a pipe
    else if (step === 'item-end') flush(';', token.at);
    if (step !== 'ordinary') continue;
    if (token.kind === 'word') words.push(token.word!);
    else if (token.kind === 'redirect') {
      const next = tokens[t + 1];
      const takesTarget = !/&\d*$/.test(token.op!) || token.op === '&>';
      if (takesTarget && next && next.kind === 'word') {
        redirects.push({ op: token.op!, target: next.word });
        t++;
      } else redirects.push({ op: token.op! });
    } else flush(token.op === ';;' ? ';' : (token.op as Separator), token.at);
  }
  flush('end');
  return commands;
}

const WRAPPERS = new Set(['sudo', 'exec', 'nohup', 'command', 'time', 'nice', 'eatmydata', 'doas']);
/** Short options of a wrapper whose value is the next word (`sudo -u app cmd`, `nice -n 10 cmd`). */
const WRAPPER_VALUE_OPTIONS: Record<string, string> = { sudo: 'ugCDhprtUT', doas: 'uC', nice: 'n', exec: 'a' };
/** Long options of a wrapper whose value is the next word when written without `=`. */
const WRAPPER_VALUE_LONG = new Set(['--user', '--group', '--close-from', '--chdir', '--host', '--prompt', '--role', '--type', '--other-user', '--command-timeout', '--adjustment']);

/**
 * The program and its arguments once wrappers are peeled off: `sudo -E apt-get install x` → `apt-get install x`,
 * `env DEBIAN_FRONTEND=noninteractive apt-get …` → `apt-get …`.
 */
export function effectiveArgv(command: ShellCommand): ShellWord[] {
  return (command.memo.effectiveArgv ??= computeEffectiveArgv(command));
}

function computeEffectiveArgv(command: ShellCommand): ShellWord[] {
  let argv = command.argv;
  for (let guard = 0; guard < 8 && argv.length; guard++) {
    const head = basename(argv[0].value);
    if (WRAPPERS.has(head)) {
      const valueLetters = WRAPPER_VALUE_OPTIONS[head] ?? '';
      let k = 1;
      while (k < argv.length && argv[k].value.startsWith('-')) {
        const flag = argv[k].value;
        // `command -v x` / `command -V x` only looks the program up, it does not run it
        if (head === 'command' && (flag === '-v' || flag === '-V')) return [];
        if (flag === '--') {
          k++;
          break;
        }
        const takesNext = flag.startsWith('--')
          ? !flag.includes('=') && WRAPPER_VALUE_LONG.has(flag)
          : flag.length === 2 && valueLetters.includes(flag[1]);
        k += takesNext ? 2 : 1;
      }
      argv = argv.slice(k);
    } else if (head === 'env') {
      let k = 1;
      while (k < argv.length && (argv[k].value.startsWith('-') || isAssignment(argv[k]))) k++;
      argv = argv.slice(k);
    } else break;
  }
  return argv;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The program name a command runs, after wrappers: `apt-get`, `pip3`, `curl`. */
export function programOf(command: ShellCommand): string | undefined {
  const { memo } = command;
  if (memo.program === null) {
    const argv = effectiveArgv(command);
    memo.program = argv.length ? basename(argv[0].value) : undefined;
  }
  return memo.program;
}
