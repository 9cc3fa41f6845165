/**
 * dockerfile-ast's `Instruction.getRawArguments`, rewritten to allocate less (issue 6, round 4).
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
  const args: Argument[] = [];
  const { document } = this;
  const range = this.getInstructionRange();
  const instructionStart = document.offsetAt(range.start);
  const extra = document.offsetAt(range.end) - instructionStart;
  const fullArgs = this.getTextContent().substring(extra);
  const offset = instructionStart + extra;
  const escape = this.escapeChar.charCodeAt(0);
  const length = fullArgs.length;
  const push = (value: string, from: number, to: number) => {
    args.push(new Argument(value, { start: document.positionAt(offset + from), end: document.positionAt(offset + to) }));
  };
  let start = false;
  let comment = false;
  let found = -1;
  // whitespace that is part of an escaped newline sequence was seen
  let escapedWhitespaceDetected = false;
  // inside an escaped newline sequence
  let escaping = false;
  let escapeMarker = -1;
  let escapedArg = '';
  // ordinary characters from `run` up to the current index, not yet appended to `escapedArg`
  let run = -1;
  for (let i = 0; i < length; i++) {
    const c = fullArgs.charCodeAt(i);
    if (c === SPACE || c === TAB || c === CR || c === LF) {
      if (run !== -1) {
        escapedArg += fullArgs.substring(run, i);
        run = -1;
      }
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (c === CR || c === LF) {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(escapedArg, found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        escapedArg = '';
        found = -1;
      }
    } else if (c === escape) {
      if (run !== -1) {
        escapedArg += fullArgs.substring(run, i);
        run = -1;
      }
      const next = i + 1 < length ? fullArgs.charCodeAt(i + 1) : -1;
      if (next === SPACE || next === TAB) {
        whitespaceCheck: for (let j = i + 2; j < length; j++) {
          const w = fullArgs.charCodeAt(j);
          switch (w) {
            case SPACE:
            case TAB:
              continue;
            case CR:
            case LF:
              if (w === CR) j++; // `\r\n` (the library skips one character after a CR whatever it is)
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === CR) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === LF) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapedArg, found, escapeMarker);
          escapedArg = '';
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === 36 /* $ */) escapedArg += fullArgs[i] + '$';
        else if (next === -1) break; // the escape character ends the text
        else escapedArg += fullArgs[i + 1];
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && c === HASH) {
        if (run !== -1) {
          escapedArg += fullArgs.substring(run, i);
          run = -1;
        }
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          if (run !== -1) {
            escapedArg += fullArgs.substring(run, i);
            run = -1;
          }
          push(escapedArg, found, escapeMarker);
          escapedArg = '';
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        if (run === -1) run = i;
        if (found === -1) found = i;
      }
      start = false;
    }
    // a character inside a comment: skipped (any pending run ended at the character that opened the comment)
  }
  if (run !== -1) escapedArg += fullArgs.substring(run, length);
  if (found !== -1) push(escapedArg, found, escapeMarker === -1 ? length : escapeMarker);
  return args;
}
