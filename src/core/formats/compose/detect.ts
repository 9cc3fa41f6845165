/**
 * What a Compose file is (`Format.detect`): a Compose name, or a YAML file whose top level is a `services:` map and
 * nothing but Compose keys. Kept apart from format.ts so that detecting a file's kind loads no parser and no rules.
 */
import { baseName, isYamlName } from '../../base/yaml/file-name';

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

/** By name, or (with the text's head) by its top level. */
export function detectCompose(path: string, head?: string): boolean {
  if (isComposeName(path)) return true;
  return head !== undefined && isYamlName(path) && TOP_LEVEL_SERVICES.test(head) && hasOnlyComposeTopLevelKeys(head);
}
