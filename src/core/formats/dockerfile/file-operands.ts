/** The operands of a COPY or ADD instruction, with their exact document offsets, read once per instruction. */
import type { Heredoc, Instruction } from 'dockerfile-ast';
import { WeakCache } from '../../base/caches';
import type { Range } from '../../base/model/finding';
import type { DockerfileModel } from './model';

/** One COPY/ADD operand: its value (quotes removed) and the document offsets of the text (quotes excluded). */
export interface FileOperand {
  value: string;
  start: number;
  end: number;
  /** Written inside JSON (exec form) or shell quotes. */
  quoted: boolean;
  /** A heredoc source (`<<EOF`). */
  heredoc: boolean;
}

/**
 * The operands of a COPY or ADD (sources then destination), flags excluded, in shell or JSON form. Heredoc bodies are
 * not operands; the `<<EOF` marker is (flagged `heredoc`). A shell-quoted operand with spaces stays one operand.
 */
export function fileOperands(model: DockerfileModel, instruction: Instruction): FileOperand[] {
  let operands = operandsOf.get(instruction);
  if (!operands) operandsOf.set(instruction, (operands = readFileOperands(model, instruction)));
  return operands.slice(); // the operand objects are shared: callers only read them
}

/** Each COPY/ADD's operands, read once: several rules ask for them (entries go with the parsed instructions). */
const operandsOf = new WeakCache<Instruction, readonly FileOperand[]>('dockerfile/file-operands operandsOf');

function readFileOperands(model: DockerfileModel, instruction: Instruction): FileOperand[] {
  const { index } = model;
  if (model.isExecForm(instruction)) {
    const strings = (instruction as unknown as { getJSONStrings?: () => Array<{ getValue(): string; getRange(): Range }> }).getJSONStrings?.() ?? [];
    return strings.map((s) => {
      const r = s.getRange();
      const start = index.offsetAt(r.start);
      const end = index.offsetAt(r.end);
      // getValue() drops whitespace inside the string: read the JSON text itself
      const raw = model.text.slice(start, end);
      let value: string;
      try {
        value = String(JSON.parse(raw));
      } catch {
        value = raw.slice(1, -1);
      }
      return { value, start: start + 1, end: end - 1, quoted: true, heredoc: false };
    });
  }
  const heredocs = 'getHeredocs' in instruction ? (instruction as unknown as { getHeredocs(): Heredoc[] }).getHeredocs() : [];
  const bodyLine = heredocs.length ? ((heredocs[0].getContentRange() ?? heredocs[0].getDelimiterRange())?.start.line ?? heredocs[0].getStartRange().start.line + 1) : Infinity;
  const firstLine = instruction.getRange().start.line;
  const args = instruction.getArguments().filter((a) => {
    const line = a.getRange().start.line;
    return line < bodyLine || (line === firstLine && bodyLine === firstLine);
  });
  const result: FileOperand[] = [];
  for (let k = 0; k < args.length; k++) {
    const start = index.offsetAt(args[k].getRange().start);
    let end = index.offsetAt(args[k].getRange().end);
    let raw = model.text.slice(start, end);
    const q = raw[0];
    if ((q === '"' || q === "'") && (raw.length === 1 || !raw.endsWith(q))) {
      // dockerfile-ast splits `"a b"` into two arguments: join them back
      while (k + 1 < args.length && !raw.endsWith(q)) {
        k++;
        end = index.offsetAt(args[k].getRange().end);
        raw = model.text.slice(start, end);
      }
    }
    const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0]);
    result.push({
      value: quoted ? raw.slice(1, -1) : raw,
      start: quoted ? start + 1 : start,
      end: quoted ? end - 1 : end,
      quoted,
      heredoc: raw.startsWith('<<'),
    });
  }
  return result;
}
