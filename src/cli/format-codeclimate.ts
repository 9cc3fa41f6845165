/**
 * GitLab Code Quality (the Code Climate issue format GitLab reads from `artifacts:reports:codequality`). Fingerprints
 * identify an issue across pipelines: they hash the file, the rule and the text of the flagged lines (not their line
 * numbers), plus the occurrence index among identical ones, so adding or moving unrelated lines keeps them stable.
 */
import { createHash } from 'crypto';
import type { CheckedFile } from './check';
import { portablePath, type FormatOptions } from './format-kit';
import type { Category, Finding, Severity } from '../core/base/model/finding';
import { ruleDocUrl } from '../core/features/docs/rule-doc-url';

const SEVERITY: Record<Severity, string> = { error: 'critical', warning: 'major', info: 'minor', hint: 'info' };

const CATEGORY: Record<Category, string> = {
  'base-image': 'Security',
  isolation: 'Security',
  resources: 'Performance',
  'supply-chain': 'Security',
  reliability: 'Bug Risk',
  efficiency: 'Performance',
  correctness: 'Bug Risk',
  style: 'Style',
};

function flaggedText(lines: string[] | undefined, f: Finding): string {
  if (!lines) return '';
  return lines
    .slice(f.range.start.line, f.range.end.line + 1)
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .join('\n');
}

function fingerprints(file: CheckedFile): string[] {
  const lines = file.text?.split(/\r?\n/);
  const seen = new Map<string, number>();
  return file.result.findings.map((f) => {
    const key = `${portablePath(file.displayPath)}\u0000${f.rule}\u0000${f.aliases.join(',')}\u0000${flaggedText(lines, f)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}

export function formatCodeClimate(files: CheckedFile[], options: FormatOptions): string {
  const issues = files.flatMap((file) => {
    const prints = fingerprints(file);
    return file.result.findings.map((f, i) => {
      const url = ruleDocUrl(f.rule, f.aliases, options.docsBaseUrl);
      return {
        type: 'issue',
        check_name: f.rule,
        description: f.message,
        ...(url ? { content: { body: `See ${url}` } } : {}),
        categories: [CATEGORY[f.category]],
        severity: SEVERITY[f.severity],
        location: { path: portablePath(file.displayPath), lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
        fingerprint: prints[i],
      };
    });
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
