/**
 * Finds the files Containment analyses under the given paths: Dockerfiles by name, YAML files that are Kubernetes or
 * Compose by name or content. Skips VCS and dependency folders, follows no symlinked folders (no loops), and is bounded.
 */
import * as fs from 'fs';
import * as path from 'path';
import { detectKind, isDockerfileName, isYamlName } from '../engine/detect-kind';
import type { FileKind } from '../base/model/finding';

export const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules', '.vscode-test', 'vendor', '.terraform', '__pycache__', '.venv']);

/** Any case of a word, as a glob: editors' file search is case-sensitive on Linux, Dockerfile names are not. */
const anyCase = (word: string): string => [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');

/**
 * For an editor's file search and watcher: finds every file discoverFiles would (a superset: filter the results with
 * isProjectFileName), skipping the same folders.
 */
export const PROJECT_FILES_GLOB = `**/{*${anyCase('dockerfile')}*,*${anyCase('containerfile')}*,*.${anyCase('yaml')},*.${anyCase('yml')}}`;
export const SKIPPED_FOLDERS_GLOB = `**/{${[...SKIPPED_FOLDERS].join(',')}}/**`;

/** How many files an editor's project scan reads at most (the VS Code panel, the language server's report). */
export const EDITOR_SCAN_MAX_FILES = 5000;

/** A file the project scan reads when it meets it: a Dockerfile by name, or any YAML file (classified by content). */
export const isProjectFileName = (fileName: string): boolean => isDockerfileName(fileName) || isYamlName(fileName);

export interface DiscoveredFile {
  path: string;
  /** Known from the name (Dockerfile, compose.yaml); YAML files are classified by content when read. */
  kind?: FileKind;
}

export interface DiscoverOptions {
  maxFiles?: number;
}

/** Candidate files under a folder, in a stable (sorted) order. */
export function discoverFiles(root: string, options: DiscoverOptions = {}): DiscoveredFile[] {
  const maxFiles = options.maxFiles ?? 100_000;
  const out: DiscoveredFile[] = [];
  const stack = [root];
  while (stack.length && out.length < maxFiles) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    const files: DiscoveredFile[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) stack.push(full);
      } else if (entry.isFile()) {
        if (isDockerfileName(entry.name)) files.push({ path: full, kind: 'dockerfile' });
        else if (isYamlName(entry.name)) files.push({ path: full, kind: detectKind(entry.name, '') });
      }
    }
    out.push(...files.reverse());
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
