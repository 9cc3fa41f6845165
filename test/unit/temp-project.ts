import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A fresh folder in the temp directory holding `files` (relative path → text); parent folders are created. */
export function tempProject(files: Record<string, string>, prefix = 'containment-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
