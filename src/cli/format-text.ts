import type { CheckedFile } from './check';
import { severityLabel } from '../core/features/docs/render-rule-doc';
import type { Lang } from '../core/base/l10n/lang';
import { localizedMessage } from '../core/base/l10n/rule-text';
import type { Severity } from '../core/base/model/finding';

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';

interface TextStrings {
  noFindingsIn: (path: string, recognised: boolean) => string;
  fixable: string;
  summary: (total: number, counts: Record<Severity, number>, files: number) => string;
  none: (files: number) => string;
  fixed: (edits: number) => string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const STRINGS: Record<Lang, TextStrings> = {
  en: {
    noFindingsIn: (p, recognised) => `${p}: no findings${recognised ? '' : ' (not a Dockerfile, Compose file or Kubernetes manifest)'}`,
    fixable: ' (fixable)',
    summary: (total, c, files) => `${plural(total, 'finding')} (${c.error} error, ${c.warning} warning, ${c.info} info, ${c.hint} hint) in ${plural(files, 'file')}`,
    none: (files) => `No findings in ${plural(files, 'file')}`,
    fixed: (edits) => `; applied ${plural(edits, 'fix edit')}`,
  },
  ko: {
    noFindingsIn: (p, recognised) => `${p}: 발견 사항 없음${recognised ? '' : ' (Dockerfile, Compose 파일, Kubernetes 매니페스트가 아님)'}`,
    fixable: ' (자동 수정 가능)',
    summary: (total, c, files) => `파일 ${files}개에서 발견 사항 ${total}개 (오류 ${c.error}, 경고 ${c.warning}, 정보 ${c.info}, 힌트 ${c.hint})`,
    none: (files) => `파일 ${files}개에서 발견 사항 없음`,
    fixed: (edits) => `; 수정 편집 ${edits}개 적용`,
  },
};

/**
 * Human output grouped per file, in `lang` (messages and severities; rule ids and aliases stay as they are); colour
 * only when asked (a TTY). Lines and columns are 1-based here, as editors show them.
 */
export function formatText(files: CheckedFile[], options: { color: boolean; verbose: boolean; lang?: Lang }): string {
  const lang = options.lang ?? 'en';
  const s = STRINGS[lang];
  const c = (code: string, text: string) => (options.color ? code + text + RESET : text);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  // pad severities to the widest label of the language, so messages line up
  const severityWidth = Math.max(...(Object.keys(counts) as Severity[]).map((sev) => severityLabel(sev, lang).length));
  let fixed = 0;
  for (const file of files) {
    fixed += file.fixedEdits;
    if (!file.result.findings.length) {
      if (options.verbose) out.push(c(DIM, s.noFindingsIn(file.displayPath, !!file.result.kind)));
      continue;
    }
    out.push(c(BOLD, file.displayPath) + c(DIM, ` (${file.result.kind})`));
    for (const f of file.result.findings) {
      counts[f.severity]++;
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const alias = f.aliases.length ? c(DIM, ` [${f.aliases.join(', ')}]`) : '';
      out.push(`  ${where.padEnd(8)} ${c(COLORS[f.severity], severityLabel(f.severity, lang).padEnd(severityWidth))} ${localizedMessage(f, lang)}  ${c(DIM, f.rule)}${alias}${f.fix ? c(DIM, s.fixable) : ''}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const summary = total ? s.summary(total, counts, files.length) : s.none(files.length);
  out.push(summary + (fixed ? s.fixed(fixed) : '') + '.');
  return out.join('\n') + '\n';
}
