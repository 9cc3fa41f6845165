/**
 * dockerfile-ast's `Instruction.getRawArguments`, rewritten to allocate less.
 *
 * Every instruction's words come from this one scan (escaped newlines, comment lines inside continuations, escape
 * characters). The library builds each word one character at a time (`arg = arg + char`) and makes its ranges with
 * `Range.create`, which validates all four numbers: in a 200-line Dockerfile that scan was ~11 % of the CPU and 22 %
 * of the bytes allocated, even computed once per instruction (see ast-memo.ts). This is the same state machine —
 * same branches, same order, same positions — except that a run of ordinary characters is appended as one slice and
 * ranges are plain `{ start, end }` objects (what `Range.create(start, end)` returns). `ast-memo.ts` installs it with
 * the memos; `setAstMemo(false)` restores the library's own. `test/unit/dockerfile/fast-raw-arguments.test.ts`
 * compares both on every fixture and on random Dockerfiles.
 */
import { Argument } from 'dockerfile-ast';

interface Position {
  line: number;
  character: number;
}
interface InstructionInternals {
  document: { offsetAt(p: Position): number; positionAt(offset: number): Position };
  escapeChar: string;
  getInstructionRange(): { start: Position; end: Position };
  getTextContent(): string;
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;

export function fastGetRawArguments(this: InstructionInternals): Argument[] {
  return new RawArgumentScanner(this).scan();
}

/** The state machine's state; one scanner per call. */
class RawArgumentScanner {
  private readonly args: Argument[] = [];
  private readonly document: InstructionInternals['document'];
  private readonly text: string;
  private readonly offset: number;
  private readonly escape: number;
  private i = 0;
  private start = false;
  private comment = false;
  private found = -1;
  /** whitespace that is part of an escaped newline sequence was seen */
  private escapedWhitespaceDetected = false;
  /** inside an escaped newline sequence */
  private escaping = false;
  private escapeMarker = -1;
  private escapedArg = '';
  /** ordinary characters from `run` up to the current index, not yet appended to `escapedArg` */
  private run = -1;

  constructor(instruction: InstructionInternals) {
    this.document = instruction.document;
    const range = instruction.getInstructionRange();
    const instructionStart = this.document.offsetAt(range.start);
    const extra = this.document.offsetAt(range.end) - instructionStart;
    this.text = instruction.getTextContent().substring(extra);
    this.offset = instructionStart + extra;
    this.escape = instruction.escapeChar.charCodeAt(0);
  }

  scan(): Argument[] {
    const { text } = this;
    const length = text.length;
    for (; this.i < length; this.i++) {
      const c = text.charCodeAt(this.i);
      if (c === SPACE || c === TAB || c === CR || c === LF) this.whitespace(c);
      else if (c === this.escape) {
        if (!this.escapeCharacter()) break;
      } else if (!this.comment) this.ordinary(c);
      // a character inside a comment: skipped (any pending run ended at the character that opened the comment)
    }
    if (this.run !== -1) this.escapedArg += text.substring(this.run, length);
    if (this.found !== -1) this.push(this.escapedArg, this.found, this.escapeMarker === -1 ? length : this.escapeMarker);
    return this.args;
  }

  private push(value: string, from: number, to: number): void {
    this.args.push(new Argument(value, { start: this.document.positionAt(this.offset + from), end: this.document.positionAt(this.offset + to) }));
  }

  /** Appends the pending run of ordinary characters that ends before `end`. */
  private flushRun(end: number): void {
    if (this.run !== -1) {
      this.escapedArg += this.text.substring(this.run, end);
      this.run = -1;
    }
  }

  private whitespace(c: number): void {
    this.flushRun(this.i);
    if (this.escaping) {
      this.escapedWhitespaceDetected = true;
      if (c === CR || c === LF) {
        this.escapedWhitespaceDetected = false;
        if (this.comment) {
          this.comment = false;
          this.start = true;
        }
      }
    } else if (this.found !== -1) {
      this.push(this.escapedArg, this.found, this.escapeMarker === -1 ? this.i : this.escapeMarker);
      this.escapeMarker = -1;
      this.escapedArg = '';
      this.found = -1;
    }
  }

  /** The escape character at `i`; false when it ends the text (the scan stops). */
  private escapeCharacter(): boolean {
    const { text, i } = this;
    this.flushRun(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (next === SPACE || next === TAB) this.escapedWhitespace();
    else if (next === CR || next === LF) {
      this.comment = false;
      this.escaping = true;
      this.start = true;
      if (this.found !== -1 && this.escapeMarker === -1) this.escapeMarker = i;
      this.i += next === CR ? 2 : 1;
    } else {
      if (this.escapedWhitespaceDetected && this.escapeMarker !== -1) {
        this.push(this.escapedArg, this.found, this.escapeMarker);
        this.escapedArg = '';
        this.found = -1;
      }
      this.escapeMarker = -1;
      this.escapedWhitespaceDetected = false;
      this.escaping = false;
      if (next === 36 /* $ */) this.escapedArg += text[i] + '$';
      else if (next === -1) return false;
      else this.escapedArg += text[i + 1];
      if (this.found === -1) this.found = i;
      this.i++;
    }
    return true;
  }

  /** The escape character followed by blanks: a line continuation if only blanks precede the newline. */
  private escapedWhitespace(): void {
    const { text, i } = this;
    for (let j = i + 2; j < text.length; j++) {
      const w = text.charCodeAt(j);
      if (w === SPACE || w === TAB) continue;
      if (w === CR || w === LF) {
        if (w === CR) j++; // `\r\n` (the library skips one character after a CR whatever it is)
        this.comment = false;
        this.escaping = true;
        this.start = true;
        if (this.found !== -1) this.escapeMarker = i;
        this.i = j;
      } else {
        this.escapeMarker = i;
        if (this.found === -1) this.i = j - 1;
      }
      return;
    }
  }

  private ordinary(c: number): void {
    if (this.start && c === HASH) {
      this.flushRun(this.i);
      this.comment = true;
    } else {
      if (this.escapedWhitespaceDetected && this.escapeMarker !== -1) {
        this.flushRun(this.i);
        this.push(this.escapedArg, this.found, this.escapeMarker);
        this.escapedArg = '';
        this.found = -1;
      }
      this.escapedWhitespaceDetected = false;
      this.escaping = false;
      this.escapeMarker = -1;
      if (this.run === -1) this.run = this.i;
      if (this.found === -1) this.found = this.i;
    }
    this.start = false;
  }
}
