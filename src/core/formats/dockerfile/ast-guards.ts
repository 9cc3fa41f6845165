/**
 * Guards against crashes inside dockerfile-ast 0.7.1 found by the fuzz suite (test/unit/fuzz).
 *
 * `Dockerfile.resolveVariable(variable, line)` looks up the build stage containing `(line, 0)`; when the instruction
 * on that line is indented and is the first of its range (`  RUN echo ${X//a/b}` before any FROM — a BOM turned into
 * a space is enough), no range contains column 0, `getContainingImage` returns the Dockerfile itself, and
 * `resolveVariable` calls itself until the stack overflows (dockerfile-utils `validate` gets there through its
 * variable checks). A re-entrant call on the same Dockerfile is exactly that loop: it now answers "unresolved".
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Dockerfile } = require('dockerfile-ast/lib/dockerfile') as { Dockerfile: { prototype: Record<string | symbol, unknown> } };

const RESOLVING = Symbol('containment.resolving');
const original = Dockerfile.prototype.resolveVariable as (this: Record<symbol, unknown>, variable: string, line: number) => unknown;
if (!(original as { [RESOLVING]?: boolean })[RESOLVING]) {
  const guarded = function (this: Record<symbol, unknown>, variable: string, line: number): unknown {
    if (this[RESOLVING]) return undefined;
    this[RESOLVING] = true;
    try {
      return original.call(this, variable, line);
    } finally {
      this[RESOLVING] = false;
    }
  };
  (guarded as unknown as Record<symbol, boolean>)[RESOLVING] = true;
  Dockerfile.prototype.resolveVariable = guarded;
}

export {};
