/**
 * A Dockerfile instruction body as the builder sees it: line continuations (escape char + newline) removed, comment lines
 * inside a continuation dropped. Every logical character keeps the document offset it came from, so tokens found in the
 * logical text map back to exact document ranges.
 *
 * The text is a concatenation of runs cut from the document (one per stretch between continuations), so the offsets are
 * kept per run, not per character: a number per character was the second largest allocation of a 200-line
 * Dockerfile's analysis (profile), and the shell splitter only asks for the two ends of each word. `offsets`
 * (one number per character) is built on first use, for callers that walk the text character by character.
 */
export class LogicalText {
  private offsetsArray?: number[];

  /**
   * @param runStarts index in `text` where each run begins (ascending, runs are never empty)
   * @param runDocStarts document offset of each run's first character
   * @param endOffset document offset just after the last character
   */
  constructor(
    readonly text: string,
    private readonly runStarts: number[],
    private readonly runDocStarts: number[],
    private readonly endOffset: number,
  ) {}

  /** The document offset of `text[k]`; for `k >= text.length`, the document offset just after the last character. */
  docOffset(k: number): number {
    if (k >= this.text.length) return this.endOffset;
    const starts = this.runStarts;
    // the last run starting at or before k
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return this.runDocStarts[lo] + (k - starts[lo]);
  }

  /** offsets[i] is the document offset of text[i]; offsets[text.length] is the document offset just after the last char. */
  get offsets(): number[] {
    if (!this.offsetsArray) {
      const offsets: number[] = [];
      for (let r = 0; r < this.runStarts.length; r++) {
        const runEnd = r + 1 < this.runStarts.length ? this.runStarts[r + 1] : this.text.length;
        for (let k = this.runStarts[r]; k < runEnd; k++) offsets.push(this.runDocStarts[r] + (k - this.runStarts[r]));
      }
      offsets.push(this.endOffset);
      this.offsetsArray = offsets;
    }
    return this.offsetsArray;
  }
}

export function logicalText(doc: string, start: number, end: number, escapeChar: string): LogicalText {
  end = Math.min(end, doc.length);
  // The text is cut from `doc` in runs (a slice per stretch between continuations), not grown a character at a time:
  // per-character concatenation was the largest allocator of a 200-line Dockerfile's analysis (profile).
  let text = '';
  let runStart = start;
  const runStarts: number[] = [];
  const runDocStarts: number[] = [];
  let i = start;
  let atContinuedLineStart = false;
  // every character from runStart up to i is kept: append them as one run
  const endRun = (to: number) => {
    if (to <= runStart) return;
    runStarts.push(text.length);
    runDocStarts.push(runStart);
    text += doc.slice(runStart, to);
  };
  const skipTo = (next: number) => {
    endRun(i);
    i = next;
    runStart = next;
  };
  while (i < end) {
    if (atContinuedLineStart) {
      // Inside a continuation the builder skips blank lines and comment lines entirely.
      let j = i;
      while (j < end && (doc[j] === ' ' || doc[j] === '\t')) j++;
      if (doc[j] === '#' || doc[j] === '\n' || (doc[j] === '\r' && doc[j + 1] === '\n')) {
        const nl = doc.indexOf('\n', j);
        if (nl === -1 || nl >= end) break;
        skipTo(nl + 1);
        continue;
      }
      atContinuedLineStart = false;
    }
    if (doc[i] === escapeChar) {
      let j = i + 1;
      while (j < end && (doc[j] === ' ' || doc[j] === '\t')) j++;
      if (j < end && (doc[j] === '\n' || (doc[j] === '\r' && doc[j + 1] === '\n'))) {
        skipTo(doc[j] === '\r' ? j + 2 : j + 1);
        atContinuedLineStart = true;
        continue;
      }
      if (j >= end) {
        // an escape at the very end of the file: a continuation into nothing
        skipTo(j);
        continue;
      }
    }
    i++;
  }
  endRun(Math.min(i, end));
  return new LogicalText(text, runStarts, runDocStarts, Math.min(i, end));
}
