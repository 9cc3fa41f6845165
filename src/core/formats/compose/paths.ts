/** Path arithmetic for Compose files read through the FileHost (forward slashes, no file system access). */

export function splitPath(path: string): { dir: string; name: string } {
  const p = path.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  return i < 0 ? { dir: '.', name: p } : { dir: p.slice(0, i) || '/', name: p.slice(i + 1) };
}

/** `rel` resolved against `dir` (`.` and `..` folded); an absolute `rel` is returned as is. */
export function joinPath(dir: string, rel: string): string {
  if (/^(\/|[A-Za-z]:[\\/])/.test(rel)) return rel;
  const parts = `${dir}/${rel}`.replace(/\\/g, '/').split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.' || (part === '' && out.length)) continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
