/**
 * What a Kubernetes manifest is (`Format.detect`): a YAML file with `apiVersion` and `kind` at the top level of some
 * document, or a `List` of items. Never by name alone. Kept apart from format.ts so that detecting a file's kind loads
 * no parser and no rules.
 */
import { isYamlName } from '../../base/yaml/file-name';

const TOP_LEVEL_API_VERSION = /^(?:- )?apiVersion:[ \t]*\S/m;
const TOP_LEVEL_KIND = /^(?:- |  )?kind:[ \t]*\S/m;

export function detectKubernetes(path: string, head?: string): boolean {
  if (head === undefined || !isYamlName(path)) return false;
  if (TOP_LEVEL_API_VERSION.test(head) && TOP_LEVEL_KIND.test(head)) return true;
  return /^\s*apiVersion:/m.test(head) && /^\s*kind:/m.test(head) && /^\s*items:/m.test(head);
}
