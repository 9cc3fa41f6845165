/**
 * What a Dockerfile is (`Format.detect`): a name. Kept apart from format.ts so that detecting a file's kind loads no
 * parser and no rules (engine/formats.ts loads a format on first use).
 */
import { baseName } from '../../base/yaml/file-name';

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

/** A Dockerfile is known by its name alone; its text never makes another file one. */
export const detectDockerfile = (path: string): boolean => isDockerfileName(path);
