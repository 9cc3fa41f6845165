/**
 * The FileHost the engine reads other files through in the editor: an open document's current (unsaved) text first,
 * then the disk. Used for `.dockerignore`, config files, the Dockerfile a Compose service builds, kustomizations.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { FileHost } from '../core/base/host/file-host';

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
const norm = (p: string) => {
  const r = path.resolve(p);
  return caseInsensitive ? r.toLowerCase() : r;
};

/** `disk()` is asked on every read so the caller can swap in a fresh (uncached) disk host after a file change. */
export function workspaceHost(disk: () => FileHost): FileHost {
  return {
    get roots() {
      return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
    },
    readFile(p) {
      const wanted = norm(p);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && !d.isClosed && norm(d.uri.fsPath) === wanted);
      return open ? open.getText() : disk().readFile(p);
    },
    listDir: (p) => disk().listDir(p),
  };
}
