import * as fs from 'fs';
import type { FileHost } from './file-host';

/** The real file system. Reads are bounded: a file larger than `maxBytes` is treated as unreadable. */
export function nodeHost(maxBytes = 8 * 1024 * 1024): FileHost {
  return {
    readFile(path) {
      try {
        const stat = fs.statSync(path);
        if (!stat.isFile() || stat.size > maxBytes) return undefined;
        return fs.readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    listDir(path) {
      try {
        return fs.readdirSync(path);
      } catch {
        return undefined;
      }
    },
  };
}
