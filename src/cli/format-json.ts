import type { CheckedFile } from './check';
import type { Finding } from '../core/model/finding';

/**
 * A finding as JSON: related locations in the same file carry `{range, message}` only; one in another file keeps its
 * `path` (as the analyser saw it).
 */
function findingJson(finding: Finding, filePath: string) {
  const related = finding.related?.map((r) => (r.path === filePath ? { range: r.range, message: r.message } : r));
  return { ...finding, ...(related ? { related } : {}), fixable: !!finding.fix };
}

/** `{"version":1,"files":[{"path","kind","findings":[…finding…,"fixable"]}]}` — paths as given. */
export function formatJson(files: CheckedFile[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: files.map((f) => ({
        path: f.displayPath,
        kind: f.result.kind ?? null,
        ...(f.fixedEdits ? { fixedEdits: f.fixedEdits } : {}),
        findings: f.result.findings.map((finding) => findingJson(finding, f.result.path)),
      })),
    },
    null,
    2,
  );
}
