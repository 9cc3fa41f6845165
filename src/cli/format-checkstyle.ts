/** Checkstyle XML (read by Jenkins' Warnings plugin, reviewdog -f=checkstyle, many code-review bots); every checked file is listed. */
import type { CheckedFile } from './check';
import { escapeXml, portablePath } from './format-kit';
import type { Severity } from '../core/base/model/finding';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

export function formatCheckstyle(files: CheckedFile[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const file of files) {
    const errors = file.result.findings.map(
      (f) =>
        `    <error line="${f.range.start.line + 1}" column="${f.range.start.character + 1}" severity="${SEVERITY[f.severity]}" message="${escapeXml(f.message)}" source="containment.${escapeXml(f.rule)}"/>`,
    );
    out.push(errors.length ? `  <file name="${escapeXml(portablePath(file.displayPath))}">\n${errors.join('\n')}\n  </file>` : `  <file name="${escapeXml(portablePath(file.displayPath))}"/>`);
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}
