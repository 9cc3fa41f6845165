import type { CheckedFile } from './check';
import type { Lang } from '../core/base/l10n/lang';
import { localizedMessage } from '../core/base/l10n/rule-text';
import type { Finding } from '../core/base/model/finding';

/**
 * A finding as JSON: related locations in the same file carry `{range, message}` only; one in another file keeps its
 * `path` (as the analyser saw it).
 */
function findingJson(finding: Finding, filePath: string, lang: Lang) {
  const related = finding.related?.map((r) => (r.path === filePath ? { range: r.range, message: r.message } : r));
  // `message` stays English (scripts match on it); a Korean run adds the message as the user reads it
  const localized = lang === 'en' ? {} : { messageLocalized: localizedMessage(finding, lang) };
  return { ...finding, ...localized, ...(related ? { related } : {}), fixable: !!finding.fix };
}

/** `{"version":1,"files":[{"path","kind","findings":[…finding…,"fixable"]}]}` — paths as given; `messageLocalized` in a non-English run. */
export function formatJson(files: CheckedFile[], lang: Lang = 'en'): string {
  return JSON.stringify(
    {
      version: 1,
      files: files.map((f) => ({
        path: f.displayPath,
        kind: f.result.kind ?? null,
        ...(f.fixedEdits ? { fixedEdits: f.fixedEdits } : {}),
        findings: f.result.findings.map((finding) => findingJson(finding, f.result.path, lang)),
      })),
    },
    null,
    2,
  );
}
