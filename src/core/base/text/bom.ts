/**
 * A byte-order mark read as a space: every reader of a file (the rules, the project's facts, ShellCheck, the hover)
 * sees the same text, so offsets stay those of the file and each version is parsed once.
 */
export function bomAsSpace(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}
