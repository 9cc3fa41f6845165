/**
 * Makes dockerfile-ast cheap to share (measured with `node --cpu-prof`, see bench/README.md):
 *
 *  1. One parse per text. `dockerfile-utils` `validate` (the `dockerfile-syntax` rule) calls
 *     `DockerfileParser.parse(text)` itself; its API takes no parsed AST. Parses are therefore memoised by text here
 *     (one entry), so the model and the validator share one AST instead of parsing the same text twice.
 *  2. dockerfile-ast recomputes an instruction's arguments on every call (`getRawArguments` re-scans the text and
 *     allocates ranges; `getArguments`, `getFlags`, `getArgumentsContent`, `getHeredocs`, `getVariables` all call it).
 *     The parser, the validator and our rules together called it ~19 times per instruction. The results are memoised
 *     per instruction (`getRawArguments`, `ModifiableInstruction.getArguments`, `getHeredocs`, `getVariables`, and
 *     what derives from the arguments alone: `getRawArgumentsContent`, `getArgumentsContent`, `getArgumentsRange`).
 *     Callers get a fresh array each time, because dockerfile-ast reshapes the arrays it gets
 *     (`ModifiableInstruction.getArguments` shifts the flags off, `Label.getVariables` splices). Argument objects are
 *     shared: the one place that mutates an argument's range (`From.getImageNameRange` / `getRegistryRange` move the
 *     end of `getImageRange()`'s result) gets a copy from a patched `From.getImageRange`. In an allocation profile
 *     of a 20-line Dockerfile, copying every argument on every call was ~45 % of all bytes allocated per analysis.
 *     Heredocs and variables are still copied (rarely asked for; nobody has audited every mutation of them).
 *
 * The AST is never modified after parsing, so both memos are transparent: tests compare results with and without.
 * Installed once, on first import; `setAstMemo(false)` restores the library's behaviour (tests, benchmarks).
 */
import { cacheMap } from '../../base/caches';
import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
import { fastGetRawArguments } from './fast-raw-arguments';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Instruction } = require('dockerfile-ast/lib/instruction') as { Instruction: { prototype: Record<string, unknown> } };
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ModifiableInstruction } = require('dockerfile-ast/lib/modifiableInstruction') as { ModifiableInstruction: { prototype: Record<string, unknown> } };
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { From } = require('dockerfile-ast/lib/instructions/from') as { From: { prototype: Record<string, unknown> } };

/** Enough to share the model's parse with `validate` in the same analysis; more keeps ASTs alive (see model.ts). */
const PARSE_MEMO_LIMIT = 1;
const parses = cacheMap<string, Dockerfile>('dockerfile/ast-memo parses');
const originalParse = DockerfileParser.parse.bind(DockerfileParser);
const MEMO = Symbol('containment.memo');
/** Method → whether the memo may hand out the shared elements (true) or must copy them (false). */
const MEMOISED: Array<[string, boolean]> = [['getRawArguments', true], ['getHeredocs', false], ['getVariables', false]];
const originals = new Map<string, (...args: unknown[]) => unknown>();
const originalModifiableArgs = ModifiableInstruction.prototype.getArguments as (this: unknown) => unknown[];
const originalImageRange = From.prototype.getImageRange as (this: unknown) => RangeLike | null;
/** Methods whose result is a string (or null) derived from the memoised arguments: shared as is, strings are immutable. */
const MEMOISED_STRINGS = ['getRawArgumentsContent', 'getArgumentsContent'];
const originalArgumentsRange = Instruction.prototype.getArgumentsRange as (this: unknown) => RangeLike | null;
let enabled = false;

function memoParse(content: string): Dockerfile {
  const known = parses.get(content);
  if (known) return known;
  const ast = originalParse(content);
  if (parses.size >= PARSE_MEMO_LIMIT) parses.delete(parses.keys().next().value!);
  parses.set(content, ast);
  return ast;
}

type Memo = Record<string, unknown>;
type Memoised = Record<symbol, Memo | undefined>;
const memoOf = (self: Memoised): Memo => (self[MEMO] ??= {}); // a symbol key: invisible to JSON, for…in and Object.keys

function memoMethod(name: string, original: (...args: unknown[]) => unknown, shareElements: boolean) {
  return function (this: Memoised, ...args: unknown[]): unknown {
    if (args.length) return original.apply(this, args);
    const memo = memoOf(this);
    let value = memo[name] as unknown[] | undefined;
    if (!value) memo[name] = value = original.call(this) as unknown[];
    return shareElements ? value.slice() : value.map(cloneNode);
  };
}

/**
 * `getRawArgumentsContent` / `getArgumentsContent`: the library cuts the text again on every call (and builds a
 * validated range to do so); the JSON-form parse, the validator and our exec-form check ask for each several times.
 */
function memoString(name: string, original: (...args: unknown[]) => unknown) {
  return function (this: Memoised, ...args: unknown[]): unknown {
    if (args.length) return original.apply(this, args);
    const memo = memoOf(this);
    if (!(name in memo)) memo[name] = original.call(this);
    return memo[name];
  };
}

/**
 * `getArgumentsRange`: computed once; each call still gets a new range object on the first and last arguments' own
 * positions, which is what the library's `Range.create(start, end)` returns (without re-validating both positions).
 */
function memoArgumentsRange(this: Memoised): RangeLike | null {
  const memo = memoOf(this);
  let range = memo.argumentsRange as RangeLike | null | undefined;
  if (range === undefined) memo.argumentsRange = range = originalArgumentsRange.call(this);
  return range && { start: range.start, end: range.end };
}

/** `ModifiableInstruction.getArguments`: the arguments after the flags, computed once (the flags are cached by the library). */
function memoModifiableArguments(this: Memoised & { getFlags(): unknown }): unknown[] {
  const memo = memoOf(this);
  // while this instruction's `getFlags` runs, it calls `getArguments` before the flags are known: no memo then. A
  // flag on the memo, not a Set of instructions: adding and deleting shrank and reallocated the Set's table each time.
  if (memo.computingFlags) return originalModifiableArgs.call(this);
  let value = memo.modifiableArguments as unknown[] | undefined;
  if (!value) {
    memo.computingFlags = true;
    try {
      this.getFlags();
    } finally {
      memo.computingFlags = false;
    }
    memo.modifiableArguments = value = originalModifiableArgs.call(this);
  }
  return value.slice();
}

/** The image argument's range, copied: `getImageNameRange` / `getRegistryRange` move its ends in place. */
function copiedImageRange(this: unknown): RangeLike | null {
  const r = originalImageRange.call(this);
  return r && copyRange(r);
}

type Pos = { line: number; character: number };
type RangeLike = { start: Pos; end: Pos };
function isRange(v: unknown): v is RangeLike {
  return !!v && typeof v === 'object' && 'start' in v && 'end' in v && typeof (v as RangeLike).start?.line === 'number';
}

const copyRange = (r: RangeLike): RangeLike => ({ start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } });

/**
 * A copy of a Variable / Heredoc with its own range objects, for the memos that do not share their elements (nobody
 * has audited every place dockerfile-ast might mutate those). Still far cheaper than re-scanning the instruction.
 */
function cloneNode(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const copy = Object.create(Object.getPrototypeOf(node)) as Record<string, unknown>;
  for (const key of Object.keys(node)) {
    const v = (node as Record<string, unknown>)[key];
    copy[key] = isRange(v) ? copyRange(v) : v;
  }
  return copy;
}

/** Switches the memos on (default) or off. */
export function setAstMemo(on: boolean): void {
  if (on === enabled) return;
  enabled = on;
  parses.clear();
  (DockerfileParser as unknown as { parse: (c: string) => Dockerfile }).parse = on ? memoParse : originalParse;
  for (const [name, share] of MEMOISED) {
    if (!originals.has(name)) originals.set(name, Instruction.prototype[name] as (...args: unknown[]) => unknown);
    // the scan behind every instruction's words is our leaner copy while the memos are on (fast-raw-arguments.ts)
    const compute = name === 'getRawArguments' ? (fastGetRawArguments as (...args: unknown[]) => unknown) : originals.get(name)!;
    Instruction.prototype[name] = on ? memoMethod(name, compute, share) : originals.get(name);
  }
  for (const name of MEMOISED_STRINGS) {
    if (!originals.has(name)) originals.set(name, Instruction.prototype[name] as (...args: unknown[]) => unknown);
    Instruction.prototype[name] = on ? memoString(name, originals.get(name)!) : originals.get(name);
  }
  Instruction.prototype.getArgumentsRange = on ? memoArgumentsRange : originalArgumentsRange;
  ModifiableInstruction.prototype.getArguments = on ? memoModifiableArguments : originalModifiableArgs;
  From.prototype.getImageRange = on ? copiedImageRange : originalImageRange;
}

setAstMemo(true);
