/**
 * Compose variable interpolation from the `.env` file beside the Compose file, for the values rules judge (mounts,
 * `user`). Supported forms: `$$` (a literal `$`), `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`.
 *
 * Only `.env` (or an including file's `env_file`, see include.ts) is read: the shell environment of whoever runs `docker compose` is not known here, so a variable that
 * `.env` does not set (and that has no default) leaves the value unresolved ("unknown"), never guessed.
 */
import type { FileHost } from '../../base/host/file-host';
import { includersOf } from './include';
import { parseImageRef } from '../../base/model/image-ref';
import { resolveBuildFile } from './service-build';
import type { ComposeService } from './services';
import { looksLikeHostPath } from './services';

/**
 * `KEY=value` lines of a `.env` file (comments, `export`, quotes handled). Compose expands `${VAR}` in unquoted and
 * double-quoted values with the variables defined above them (single quotes keep the text): a value that refers to a
 * variable the file does not define is left out, so what uses it stays unknown rather than holding the literal text.
 */
export function parseDotEnv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value: string | undefined = m[2];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.lastIndexOf(quote) > 0) value = value.slice(1, value.lastIndexOf(quote));
    else value = value.replace(/\s+#.*$/, '').trim();
    if (quote !== "'" && value.includes('$')) value = interpolate(value, env);
    if (value === undefined) env.delete(m[1]);
    else env.set(m[1], value);
  }
  return env;
}

function readEnvFile(path: string, host: FileHost): Map<string, string> {
  let text: string | undefined;
  try {
    text = host.readFile(path);
  } catch {
    text = undefined;
  }
  return text !== undefined && text.length < 1_000_000 ? parseDotEnv(text) : new Map();
}

/** The `.env` variables for a Compose file (empty when there is no `.env`). */
export function dotEnvFor(composePath: string, host: FileHost): Map<string, string> {
  const p = composePath.replace(/\\/g, '/');
  const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) || '/' : '.';
  return readEnvFile(`${dir}/.env`, host);
}

/**
 * The variables a Compose file is interpolated with: its `.env`; for a file another one includes, the include entry's
 * `env_file`s (a later one wins) with the including project's variables over them.
 */
export function projectEnvFor(composePath: string, host: FileHost, depth = 0): Map<string, string> {
  const entry = depth < 4 ? includersOf(composePath, host)[0] : undefined;
  if (!entry) return dotEnvFor(composePath, host);
  const env = new Map<string, string>();
  for (const file of entry.envFiles) for (const [k, v] of readEnvFile(file, host)) env.set(k, v);
  for (const [k, v] of projectEnvFor(entry.from, host, depth + 1)) env.set(k, v);
  return env;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** The value with every variable replaced, or undefined when one of them is not set (and has no default). */
export function interpolate(value: string, env: Map<string, string>, depth = 0): string | undefined {
  if (!value.includes('$')) return value;
  if (depth > 8) return undefined;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch !== '$') {
      out += ch;
      continue;
    }
    const next = value[i + 1];
    if (next === '$') {
      out += '$';
      i++;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(value, i + 1);
      if (close < 0) return undefined;
      const resolved = braced(value.slice(i + 2, close), env, depth);
      if (resolved === undefined) return undefined;
      out += resolved;
      i = close;
      continue;
    }
    const name = NAME.exec(value.slice(i + 1))?.[0];
    if (!name) {
      out += ch;
      continue;
    }
    const v = env.get(name);
    if (v === undefined) return undefined;
    out += v;
    i += name.length;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let level = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') level++;
    else if (s[i] === '}' && --level === 0) return i;
  }
  return -1;
}

function braced(inner: string, env: Map<string, string>, depth: number): string | undefined {
  const name = NAME.exec(inner)?.[0];
  if (!name) return undefined;
  const rest = inner.slice(name.length);
  const v = env.get(name);
  if (!rest) return v;
  const m = /^(:?)([-?+])([\s\S]*)$/.exec(rest);
  if (!m) return undefined;
  const set = m[1] ? v !== undefined && v !== '' : v !== undefined;
  if (m[2] === '-') return set ? v : interpolate(m[3], env, depth + 1);
  if (m[2] === '+') return set ? interpolate(m[3], env, depth + 1) : '';
  return set ? v : undefined; // `?`: an error when unset, so the value is unknown
}

/**
 * Replaces the mount sources, `user`, `image` and `build` context/dockerfile/target of the services with their interpolated
 * values, keeping what was written (`written`) for messages; a build whose path resolves is then read (`file`: the
 * Compose file it is relative to). Values with a variable that cannot be resolved stay as written.
 */
export function interpolateServices(services: ComposeService[], env: Map<string, string>, file: { path: string; host: FileHost }): void {
  for (const service of services) {
    const build = service.build;
    if (build && build.stage === undefined && (build.context + build.dockerfile + (build.target ?? '')).includes('$')) {
      const context = interpolate(build.context, env);
      const dockerfile = interpolate(build.dockerfile, env);
      const target = build.target === undefined ? undefined : interpolate(build.target, env);
      if (context !== undefined && dockerfile !== undefined && (build.target === undefined || target !== undefined)) {
        build.context = context;
        build.dockerfile = dockerfile;
        build.target = target;
        resolveBuildFile(build, file.path, file.host);
      }
    }
    for (const volume of service.volumes) {
      if (!volume.source?.includes('$')) continue;
      const resolved = interpolate(volume.source, env);
      if (resolved === undefined || resolved === volume.source) continue;
      volume.written = volume.source;
      volume.source = resolved;
      if (volume.syntax === 'short' && looksLikeHostPath(resolved) && !volume.hostPath) {
        volume.type = 'bind';
        volume.hostPath = true;
      }
    }
    const image = service.image;
    if (image?.value.includes('$')) {
      const resolved = interpolate(image.value.trim(), env);
      // the tag's position was measured in the written text: findings point at the whole value instead
      if (resolved && resolved !== image.value) service.image = { ...image, written: image.value, value: resolved, ref: parseImageRef(resolved), tagRange: undefined };
    }
    if (service.user?.value.includes('$')) {
      const resolved = interpolate(service.user.value, env);
      if (resolved !== undefined && resolved !== service.user.value) service.user = { ...service.user, written: service.user.value, value: resolved };
    }
  }
}

/** `${DOCKER_SOCK} (= /var/run/docker.sock)` when interpolated, else the value. */
export function shown(field: { written?: string }, value: string): string {
  return field.written !== undefined ? `${field.written} (= ${value})` : value;
}
