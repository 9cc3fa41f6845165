/**
 * Makes dockerfile-ast cheap to share (issue 6, measured with `node --cpu-prof`, see bench/README.md):
 *
 *  1. One parse per text. `dockerfile-utils` `validate` (the `dockerfile-syntax` rule) calls
 *     `DockerfileParser.parse(text)` itself; its API takes no parsed AST. Parses are therefore memoised by text here
 *     (a few entries), so the model and the validator share one AST instead of parsing the same text twice.
 *  2. dockerfile-ast recomputes an instruction's arguments on every call (`getRawArguments` re-scans the text and
 *     allocates ranges; `getArguments`, `getFlags`, `getArgumentsContent`, `getHeredocs`, `getVariables` all call it).
 *     The parser, the validator and our rules together called it ~19 times per instruction. The results are memoised
 *     per instruction; callers get a fresh array of fresh copies each time, because dockerfile-ast mutates what it
 *     gets (`ModifiableInstruction.getArguments` shifts the flags off the array, `From.getRegistryRange` moves an
 *     argument's range end).
 *
 * The AST is never modified after parsing, so both memos are transparent: tests compare results with and without.
 * Installed once, on first import; `setAstMemo(false)` restores the library's behaviour (tests, benchmarks).
 */
import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Instruction } = require('dockerfile-ast/lib/instruction') as { Instruction: { prototype: Record<string, unknown> } };
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Argument } = require('dockerfile-ast/lib/argument') as { Argument: new (value: string, range: RangeLike) => unknown };

const PARSE_MEMO_LIMIT = 4;
const parses = new Map<string, Dockerfile>();
const originalParse = DockerfileParser.parse.bind(DockerfileParser);
const MEMO = Symbol('containment.memo');
const MEMOISED = ['getRawArguments', 'getHeredocs', 'getVariables'] as const;
const originals = new Map<string, (...args: unknown[]) => unknown>();
let enabled = false;

function memoParse(content: string): Dockerfile {
  const known = parses.get(content);
  if (known) return known;
  const ast = originalParse(content);
  if (parses.size >= PARSE_MEMO_LIMIT) parses.delete(parses.keys().next().value!);
  parses.set(content, ast);
  return ast;
}

function memoMethod(name: string, original: (...args: unknown[]) => unknown) {
  return function (this: Record<symbol, Record<string, unknown[]> | undefined>, ...args: unknown[]): unknown {
    if (args.length) return original.apply(this, args);
    let memo = this[MEMO];
    if (!memo) memo = this[MEMO] = {}; // a symbol key: invisible to JSON, for…in and Object.keys
    let value = memo[name];
    if (!value) memo[name] = value = original.call(this) as unknown[];
    return value.map(cloneNode);
  };
}

type Pos = { line: number; character: number };
type RangeLike = { start: Pos; end: Pos };
function isRange(v: unknown): v is RangeLike {
  return !!v && typeof v === 'object' && 'start' in v && 'end' in v && typeof (v as RangeLike).start?.line === 'number';
}

/**
 * A copy of an Argument / Variable / Heredoc with its own range objects: dockerfile-ast mutates ranges it is handed
 * (`From.getRegistryRange` moves `args[0].getRange().end`), which is harmless on fresh arguments but would corrupt a
 * shared memo. Copying a few small objects is still far cheaper than re-scanning the instruction.
 */
function cloneNode(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  // Arguments are most of what is cloned (profile: the generic copy below was 13 % of a 20-line Dockerfile)
  if ((node as { constructor?: unknown }).constructor === Argument) {
    const { value, range: r } = node as { value: string; range: RangeLike };
    return new Argument(value, { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } });
  }
  const copy = Object.create(Object.getPrototypeOf(node)) as Record<string, unknown>;
  for (const key of Object.keys(node)) {
    const v = (node as Record<string, unknown>)[key];
    copy[key] = isRange(v) ? { start: { line: v.start.line, character: v.start.character }, end: { line: v.end.line, character: v.end.character } } : v;
  }
  return copy;
}

/** Switches the memos on (default) or off. */
export function setAstMemo(on: boolean): void {
  if (on === enabled) return;
  enabled = on;
  parses.clear();
  (DockerfileParser as unknown as { parse: (c: string) => Dockerfile }).parse = on ? memoParse : originalParse;
  for (const name of MEMOISED) {
    if (!originals.has(name)) originals.set(name, Instruction.prototype[name] as (...args: unknown[]) => unknown);
    Instruction.prototype[name] = on ? memoMethod(name, originals.get(name)!) : originals.get(name);
  }
}

setAstMemo(true);
