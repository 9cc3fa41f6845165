import * as path from 'path';

/** The file lies below the folder (not the folder itself, no `..` escape); the platform's path rules apply. */
export function isInsideFolder(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
