/**
 * Follows `case WORD in PATTERN|PATTERN) commands ;; … esac` for the command splitter. Inside a pattern list `|`
 * separates alternatives (it is not a pipe) and `)` closes the list; the words of the header and of the patterns are
 * not commands. Nested cases are tracked on a stack.
 */

type CaseState = 'subject' | 'in' | 'patterns' | 'body';

/**
 * What a token means to the case tracker:
 * - 'ordinary': not case syntax, the splitter handles it as usual;
 * - 'header': part of a case header or pattern list, to be dropped;
 * - 'opened' / 'closed': the `case` / `esac` keyword in command position;
 * - 'item-start': the `)` ending a pattern list, so the item's first command follows;
 * - 'item-end': `;;` (or `;&`, `;;&`) ending an item's commands.
 */
export type CaseStep = 'ordinary' | 'header' | 'opened' | 'closed' | 'item-start' | 'item-end';

export class CaseTracker {
  private readonly stack: CaseState[] = [];

  /**
   * `word`: the raw word of a word token; `op`: the operator of an operator token (`;;` for any item terminator);
   * `commandPosition`: nothing but compound-command keywords precede this word in the current command.
   */
  step(word: string | undefined, op: string | undefined, commandPosition: boolean): CaseStep {
    const top = this.stack.length - 1;
    const state = this.stack[top];
    if (state !== undefined && state !== 'body') {
      const next = nextHeaderState(state, word, op);
      if (next === 'done') {
        this.stack.pop();
        return 'closed';
      }
      if (next !== undefined) {
        this.stack[top] = next;
        return next === 'body' ? 'item-start' : 'header';
      }
      this.stack.pop(); // not a case after all: the token is ordinary shell
      return 'ordinary';
    }
    if (word === 'case' && commandPosition) {
      this.stack.push('subject');
      return 'opened';
    }
    if (state === 'body' && word === 'esac' && commandPosition) {
      this.stack.pop();
      return 'closed';
    }
    if (state === 'body' && op === ';;') {
      this.stack[top] = 'patterns';
      return 'item-end';
    }
    return 'ordinary';
  }
}

/** The state after one token of a header or pattern list; 'done' once `esac` closes the case; undefined when it is not case syntax. */
function nextHeaderState(state: Exclude<CaseState, 'body'>, word: string | undefined, op: string | undefined): CaseState | 'done' | undefined {
  if (state === 'subject') return word !== undefined ? 'in' : undefined;
  if (state === 'in') {
    if (word === 'in') return 'patterns';
    return op === '\n' ? 'in' : undefined;
  }
  if (word === 'esac') return 'done';
  if (op === ')') return 'body';
  // pattern words, the `|` between alternatives, an optional leading `(` and blank lines all belong to the list
  return 'patterns';
}
