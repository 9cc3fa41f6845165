/** Where the `shellcheck` program is: the configured path or name, or the first one on PATH. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** `config.shellcheck.path` (a name is looked up on PATH, `~/` is the home folder) or `shellcheck` on PATH. */
export function resolveShellcheck(configured?: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let candidate = configured?.trim();
  if (candidate && (candidate === '~' || candidate.startsWith('~/'))) candidate = path.join(os.homedir(), candidate.slice(1));
  if (candidate && /[\\/]/.test(candidate)) {
    const abs = path.resolve(candidate);
    return isExecutable(abs) ? abs : undefined;
  }
  const name = candidate || 'shellcheck';
  const windows = process.platform === 'win32';
  const extensions = windows ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean)] : [''];
  for (const folder of (env.PATH ?? env.Path ?? '').split(path.delimiter)) {
    if (!folder) continue;
    for (const ext of extensions) {
      const file = path.join(folder, name + ext);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
