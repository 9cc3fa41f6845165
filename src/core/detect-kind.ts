/**
 * Which kind of file this is. Dockerfiles by name; Compose by name or a top-level `services:` map; Kubernetes by
 * content (`apiVersion` + `kind` at the top level of some document). Anything else is not ours and gets no findings.
 */
import type { FileKind } from './model/finding';

/**
 * Extensions that make a `Dockerfile.<ext>` name something else: source code that builds or parses Dockerfiles
 * (`dockerfile.ts`, `Dockerfile.go`), its documentation and data, and BuildKit's per-Dockerfile ignore file
 * (`Dockerfile.dockerignore`). Variants such as `Dockerfile.alpine`, `Dockerfile.dev` or `Dockerfile.3.12` stay
 * Dockerfiles.
 */
const NOT_A_DOCKERFILE_EXTENSION = new Set([
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'py', 'pyc', 'go', 'rs', 'java', 'kt', 'kts', 'scala', 'groovy',
  'rb', 'php', 'cs', 'fs', 'vb', 'c', 'h', 'cc', 'cpp', 'hpp', 'swift', 'lua', 'pl', 'pm', 'sh', 'bash', 'zsh', 'ps1',
  'bat', 'cmd', 'md', 'markdown', 'rst', 'adoc', 'html', 'json', 'yaml', 'yml', 'toml', 'xml', 'lock', 'snap',
  'dockerignore', 'map',
]);

/**
 * The one definition of a Dockerfile's name: `Dockerfile`, `Containerfile`, `Dockerfile.<variant>`,
 * `Containerfile.<variant>`, `<name>.Dockerfile`, `<name>.Containerfile`, `<name>-dockerfile`, any case; a name whose
 * last extension is source code, documentation or data (NOT_A_DOCKERFILE_EXTENSION) is not one.
 */
export function isDockerfileName(fileName: string): boolean {
  const lower = baseName(fileName).toLowerCase();
  if (lower === 'dockerfile' || lower === 'containerfile') return true;
  if (lower.endsWith('.dockerfile') || lower.endsWith('.containerfile')) return true;
  const dot = lower.lastIndexOf('.');
  if (dot >= 0 && NOT_A_DOCKERFILE_EXTENSION.has(lower.slice(dot + 1))) return false;
  return (
    lower.startsWith('dockerfile.') ||
    lower.startsWith('containerfile.') ||
    (lower.endsWith('-dockerfile') && lower.length > '-dockerfile'.length)
  );
}

export function isYamlName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.yaml') || lower.endsWith('.yml');
}

export function isComposeName(fileName: string): boolean {
  const lower = baseName(fileName).toLowerCase();
  return /^(docker-compose[\w.-]*|compose([.-][\w.-]+)?)\.ya?ml$/.test(lower);
}

/** A top-level `services:` key whose value is a block map (Compose), cheap to test before parsing. */
const TOP_LEVEL_SERVICES = /^services:[ \t]*(?:(#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]+["']?[\w.-]+["']?[ \t]*:|\{[ \t]*["']?[\w.-]+["']?[ \t]*:)/m;
/** Top-level keys a Compose file may have; a file with others (Helm values, CI configs) is not taken for Compose. */
const COMPOSE_TOP_LEVEL = new Set(['version', 'name', 'services', 'networks', 'volumes', 'configs', 'secrets', 'include', 'models']);

/** True when every top-level key is a Compose key or an `x-` extension (cheap line scan, no parse). */
export function hasOnlyComposeTopLevelKeys(text: string): boolean {
  const re = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"\-][^:\n]*?))[ \t]*:(?=[ \t]|\r?$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!COMPOSE_TOP_LEVEL.has(key) && !key.startsWith('x-')) return false;
  }
  return true;
}
const TOP_LEVEL_API_VERSION = /^(?:- )?apiVersion:[ \t]*\S/m;
const TOP_LEVEL_KIND = /^(?:- |  )?kind:[ \t]*\S/m;

export function detectKind(fileName: string, text: string): FileKind | undefined {
  if (isDockerfileName(fileName)) return 'dockerfile';
  if (!isYamlName(fileName)) return undefined;
  if (isComposeName(fileName)) return 'compose';
  const head = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  if (TOP_LEVEL_API_VERSION.test(head) && TOP_LEVEL_KIND.test(head)) return 'kubernetes';
  if (/^\s*apiVersion:/m.test(head) && /^\s*kind:/m.test(head) && /^\s*items:/m.test(head)) return 'kubernetes';
  if (TOP_LEVEL_SERVICES.test(head) && hasOnlyComposeTopLevelKeys(head)) return 'compose';
  return undefined;
}

function baseName(fileName: string): string {
  const i = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  return fileName.slice(i + 1);
}
