import * as fs from 'fs';
import type { FileHost } from './file-host';

export interface NodeHostOptions {
  /** Files larger than this are treated as unreadable (default 8 MiB). */
  maxBytes?: number;
  /**
   * Reads and folder listings (including "no such file") are reused for this long, per host (default 2000 ms; 0 switches it off). Every
   * Dockerfile analysis looks for `Dockerfile.dockerignore` and `.dockerignore` next to it: two `stat` calls (and two
   * thrown ENOENT errors) were 7 % of a 20-line Dockerfile's analysis (bench/README.md). The CLI uses one host per
   * run; a 2 s TTL matches the folder facts' cache (kubernetes/file-facts.ts).
   */
  cacheMs?: number;
}

const CACHE_LIMIT = 1024;

/** The real file system. Reads are bounded: a file larger than `maxBytes` is treated as unreadable. */
export function nodeHost(options: NodeHostOptions | number = {}): FileHost {
  const { maxBytes = 8 * 1024 * 1024, cacheMs = 2000 } = typeof options === 'number' ? { maxBytes: options } : options;
  const cache = new Map<string, { at: number; text: string | undefined }>();
  const dirs = new Map<string, { at: number; names: string[] | undefined }>();
  const read = (path: string): string | undefined => {
    try {
      const stat = fs.statSync(path, { throwIfNoEntry: false });
      if (!stat || !stat.isFile() || stat.size > maxBytes) return undefined;
      return fs.readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    readFile(path) {
      if (cacheMs <= 0) return read(path);
      const now = Date.now();
      const hit = cache.get(path);
      if (hit && now - hit.at < cacheMs) return hit.text;
      const text = read(path);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(path, { at: now, text });
      return text;
    },
    listDir(path) {
      // the config search lists every parent folder of every analysed folder (a 2,000-file scan listed /tmp 500 times:
      // 9 % of the scan's profile)
      const now = Date.now();
      const hit = cacheMs > 0 ? dirs.get(path) : undefined;
      if (hit && now - hit.at < cacheMs) return hit.names && [...hit.names];
      let names: string[] | undefined;
      try {
        names = fs.readdirSync(path);
      } catch {
        names = undefined;
      }
      if (cacheMs > 0) {
        if (dirs.size >= CACHE_LIMIT) dirs.delete(dirs.keys().next().value!);
        dirs.set(path, { at: now, names });
      }
      return names && [...names];
    },
  };
}
