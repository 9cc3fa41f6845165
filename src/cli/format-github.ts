/**
 * GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, which the
 * runner turns into annotations on the pull request's diff. Values are escaped as the runner's toolkit does.
 */
import type { CheckedFile } from './check';
import { eachFinding, portablePath } from './format-kit';
import type { Severity } from '../core/base/model/finding';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(files: CheckedFile[]): string {
  const lines: string[] = [];
  for (const { file, finding: f } of eachFinding(files)) {
    const title = `${f.rule}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}`;
    const props = [
      `file=${escapeProperty(portablePath(file.displayPath))}`,
      `line=${f.range.start.line + 1}`,
      `endLine=${f.range.end.line + 1}`,
      // GitHub only honours columns for single-line annotations
      ...(f.range.start.line === f.range.end.line ? [`col=${f.range.start.character + 1}`, `endColumn=${f.range.end.character + 1}`] : []),
      `title=${escapeProperty(title)}`,
    ];
    lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
