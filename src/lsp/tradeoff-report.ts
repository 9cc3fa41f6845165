/**
 * The trade-off panel for editors without a webview: the project holding a document, scanned as the VS Code panel
 * scans it (the open documents' texts before the disk), rendered as the standalone HTML report (strict CSP, no
 * script, no request) into a private temporary folder for the client to open (`window/showDocument`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FileHost } from '../core/base/host/file-host';
import { isInsideFolder } from '../core/base/host/inside-folder';
import type { ContainmentConfig } from '../core/knowledge/config/config';
import { ConfigsByFolder } from '../core/knowledge/config/configs-by-folder';
import { discoverFiles, EDITOR_SCAN_MAX_FILES, isProjectFileName } from '../core/project/discover-files';
import { scanProjectDetailed } from '../core/project/scan-project';
import { renderStandaloneHtml } from '../core/report/render-html';

/** The deepest workspace folder holding the file; the file's own folder when none does. */
export function projectRootOf(filePath: string, workspaceFolders: string[]): string {
  const holding = workspaceFolders.filter((root) => isInsideFolder(root, filePath));
  return holding.sort((a, b) => b.length - a.length)[0] ?? path.dirname(filePath);
}

export class TradeoffReports {
  private folder: string | undefined;

  constructor(private readonly lang: string) {}

  /**
   * Scans the project root (its files on disk and the open documents in it, saved or not) and writes its report;
   * returns the file written (one per root, rewritten each time).
   */
  write(root: string, openPaths: string[], host: FileHost, base: ContainmentConfig): string {
    const configs = new ConfigsByFolder(host, base);
    const files = new Set(discoverFiles(root, { maxFiles: EDITOR_SCAN_MAX_FILES }).map((f) => f.path));
    for (const open of openPaths) if (isInsideFolder(root, open) && isProjectFileName(open)) files.add(open);
    const listed = [...files].sort().map((p) => ({ path: p }));
    const { model } = scanProjectDetailed([root], { host, configFor: configs.configFor, files: listed });
    // private to this user: a report lists the project's files, images and weaknesses
    this.folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'containment-report-'));
    const name = `${path.basename(root).replace(/[^\w.-]+/g, '_') || 'project'}-tradeoffs.html`;
    const file = path.join(this.folder, name);
    fs.writeFileSync(file, renderStandaloneHtml(model, { lang: this.lang }), { mode: 0o600 });
    return file;
  }
}
