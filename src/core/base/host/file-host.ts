/**
 * How the core reads other files (configs, .dockerignore, the Dockerfile a Compose service builds, kustomizations).
 * The CLI gives it the real file system; the extension gives it open documents first, then the disk; tests give it a map.
 * Paths are absolute or relative to the process cwd; the host resolves them.
 */
export interface FileHost {
  readFile(path: string): string | undefined;
  /** Names in a folder, or undefined when it is not a folder. */
  listDir(path: string): string[] | undefined;
  /**
   * The folders the user opened or asked to analyse (workspace folders, the CLI's folder arguments). Facts that come
   * from anywhere in a project (LimitRanges) are looked for under the one holding the analysed file.
   */
  roots?: string[];
}

/** A host over an in-memory map, for tests and for untrusted contexts. */
export function memoryHost(files: Record<string, string>, roots?: string[]): FileHost {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const map = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  return {
    roots,
    readFile: (path) => map.get(norm(path)),
    listDir: (path) => {
      const prefix = norm(path) + '/';
      const names = new Set<string>();
      for (const key of map.keys()) if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0]);
      return names.size ? [...names] : undefined;
    },
  };
}

