/**
 * Makes dockerfile-ast cheap to share (issue 6, measured with `node --cpu-prof`, see bench/README.md):
 *
 *  1. One parse per text. `dockerfile-utils` `validate` (the `dockerfile-syntax` rule) calls
 *     `DockerfileParser.parse(text)` itself; its API takes no parsed AST. Parses are therefore memoised by text here
 *     (a few entries), so the model and the validator share one AST instead of parsing the same text twice.
 *  2. dockerfile-ast recomputes an instruction's arguments on every call (`getRawArguments` re-scans the text and
 *     allocates ranges; `getArguments`, `getFlags`, `getArgumentsContent`, `getHeredocs`, `getVariables` all call it).
 *     The parser, the validator and our rules together called it ~19 times per instruction. The results are memoised
 *     per instruction; callers get a fresh array each time (dockerfile-ast itself mutates the array it gets:
 *     `ModifiableInstruction.getArguments` shifts the flags off), the elements (immutable) are shared.
 *
 * The AST is never modified after parsing, so both memos are transparent: tests compare results with and without.
 * Installed once, on first import; `setAstMemo(false)` restores the library's behaviour (tests, benchmarks).
 */
import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Instruction } = require('dockerfile-ast/lib/instruction') as { Instruction: { prototype: Record<string, unknown> } };

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
    if (!memo) {
      memo = {};
      Object.defineProperty(this, MEMO, { value: memo, enumerable: false, writable: true });
    }
    let value = memo[name];
    if (!value) memo[name] = value = original.call(this) as unknown[];
    return value.slice();
  };
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
