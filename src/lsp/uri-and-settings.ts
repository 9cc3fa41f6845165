/** Small helpers the server shell and its engine share: language ids, URIs → paths, nested settings sections. */
import * as path from 'path';
import { fileURLToPath } from 'url';

/** Client language ids → the ids Containment knows (Helix says `docker-compose`, Neovim `yaml.docker-compose`). */
export function normalizeLanguageId(languageId: string): string {
  const id = languageId.toLowerCase();
  if (id === 'docker-compose' || id === 'yaml.docker-compose' || id === 'compose') return 'dockercompose';
  if (id === 'containerfile' || id === 'docker') return 'dockerfile';
  if (id === 'yml' || id.startsWith('yaml.')) return 'yaml';
  if (id === 'text' || id === '') return 'plaintext';
  return id;
}

export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      /* fall through */
    }
  }
  return path.join(process.cwd(), decodeURIComponent(uri.replace(/[?#].*$/, '').split('/').pop() || 'Untitled'));
}

/** `get('policy.cpuLimits')` over a nested settings object (`{ policy: { cpuLimits: true } }`) or dotted keys. */
export function settingGetter(section: unknown): (key: string) => unknown {
  const root = section && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  return (key) => {
    if (key in root) return root[key];
    let node: unknown = root;
    for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    return node;
  };
}
