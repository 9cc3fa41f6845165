/** What the machine formats share: one options shape, the findings in output order, XML text escaping. */
import type { CheckedFile } from './check';
import type { Lang } from '../core/base/l10n/lang';
import type { Finding, Severity } from '../core/base/model/finding';

export interface FormatOptions {
  /** Findings at or above it fail the run; formats that have a pass/fail notion (JUnit) follow it. */
  threshold: Severity | 'none';
  /** Base URL of docs/rules (see docs-base.ts); undefined when unknown. */
  docsBaseUrl?: string;
  color: boolean;
  verbose: boolean;
  /** Language of human-read text (text output, JSON's `messageLocalized`); machine fields stay English. */
  lang?: Lang;
}

export type Formatter = (files: CheckedFile[], options: FormatOptions) => string;

export function* eachFinding(files: CheckedFile[]): Generator<{ file: CheckedFile; finding: Finding }> {
  for (const file of files) for (const finding of file.result.findings) yield { file, finding };
}

/** Paths in machine formats use forward slashes, as CI systems and SARIF consumers match them against the repository. */
export function portablePath(displayPath: string): string {
  return displayPath.split('\\').join('/');
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text and attribute escaping for XML 1.0; characters XML cannot carry at all become U+FFFD. */
export function escapeXml(value: string): string {
  return value
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c])
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[\r\n\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}
