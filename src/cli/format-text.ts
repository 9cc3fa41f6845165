import type { CheckedFile } from './check';
import type { Severity } from '../core/model/finding';

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';

/** Human output grouped per file; colour only when asked (a TTY). Lines and columns are 1-based here, as editors show them. */
export function formatText(files: CheckedFile[], options: { color: boolean; verbose: boolean }): string {
  const c = (code: string, text: string) => (options.color ? code + text + RESET : text);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixed = 0;
  for (const file of files) {
    fixed += file.fixedEdits;
    if (!file.result.findings.length) {
      if (options.verbose) out.push(c(DIM, `${file.displayPath}: no findings${file.result.kind ? '' : ' (not a Dockerfile, Compose file or Kubernetes manifest)'}`));
      continue;
    }
    out.push(c(BOLD, file.displayPath) + c(DIM, ` (${file.result.kind})`));
    for (const f of file.result.findings) {
      counts[f.severity]++;
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const alias = f.aliases.length ? c(DIM, ` [${f.aliases.join(', ')}]`) : '';
      out.push(`  ${where.padEnd(8)} ${c(COLORS[f.severity], f.severity.padEnd(7))} ${f.message}  ${c(DIM, f.rule)}${alias}${f.fix ? c(DIM, ' (fixable)') : ''}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const summary = total
    ? `${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint) in ${files.length} file${files.length === 1 ? '' : 's'}`
    : `No findings in ${files.length} file${files.length === 1 ? '' : 's'}`;
  out.push(summary + (fixed ? `; applied ${fixed} fix edit${fixed === 1 ? '' : 's'}` : '') + '.');
  return out.join('\n') + '\n';
}
