import type { CheckedFile } from './check';

/** `{"version":1,"files":[{"path","kind","findings":[…finding…,"fixable"]}]}` — paths as given. */
export function formatJson(files: CheckedFile[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: files.map((f) => ({
        path: f.displayPath,
        kind: f.result.kind ?? null,
        ...(f.fixedEdits ? { fixedEdits: f.fixedEdits } : {}),
        findings: f.result.findings.map((finding) => ({ ...finding, fixable: !!finding.fix })),
      })),
    },
    null,
    2,
  );
}
