/**
 * The built-in findings of the YAML formats (Kubernetes, Compose), one definition for both: `yaml-syntax` for text
 * that does not parse, `yaml-alias-limit` for alias bombs.
 *
 * One alias limit for every YAML format: 1,000 aliases in a document. The expanded-node limit is what catches an alias
 * bomb (billion laughs needs only 81 aliases); the alias count only bounds the work of computing the expanded size.
 * Compose files legitimately use hundreds of aliases (`<<: *defaults` in every service), and a count of 1,000 is still
 * cheap to walk, so the Compose limit holds for Kubernetes manifests too.
 */
import { isAlias, isMap, isPair, isSeq, type Document, type Node } from 'yaml';
import type { Range } from '../base/model/finding';
import type { YamlDocument } from '../base/yaml/documents';
import { countAliases, expandedNodeCount } from '../base/yaml/nodes';
import { builtinMessage, yamlAliasLimitRule, yamlSyntaxRule } from './builtin-rules';
import type { BuiltinReport } from './format';

/** More alias nodes than this in one document is reported and the document is not analysed. */
export const YAML_ALIAS_LIMIT = 1000;
/** More nodes than this with every alias expanded is reported too (alias bombs under YAML_ALIAS_LIMIT). */
export const YAML_EXPANDED_LIMIT = 200_000;

export function yamlSyntaxReport(error: { message: string; range: Range }): BuiltinReport {
  return { meta: yamlSyntaxRule, ...builtinMessage(yamlSyntaxRule, 'syntaxError', { detail: error.message }), range: error.range };
}

/** An alias bomb: too many aliases, or aliases that expand to far more nodes than the document has. */
export function aliasBombReport(ydoc: YamlDocument): BuiltinReport | undefined {
  const doc = ydoc.doc as Document;
  const root = doc.contents;
  if (!root) return undefined;
  const count = countAliases(root, YAML_ALIAS_LIMIT);
  if (count === 0) return undefined;
  if (count > YAML_ALIAS_LIMIT) {
    return { meta: yamlAliasLimitRule, range: ydoc.range(firstAlias(root)), ...builtinMessage(yamlAliasLimitRule, 'composeTooManyAliases', { limit: YAML_ALIAS_LIMIT }) };
  }
  if (expandedNodeCount(root, doc, YAML_EXPANDED_LIMIT + 1) <= YAML_EXPANDED_LIMIT) return undefined;
  return {
    meta: yamlAliasLimitRule,
    range: ydoc.range(firstAlias(root)),
    ...builtinMessage(yamlAliasLimitRule, 'composeExpandsTooFar', { limit: YAML_EXPANDED_LIMIT.toLocaleString('en') }),
  };
}

function firstAlias(root: unknown): Node | undefined {
  let found: Node | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (found || !node || depth > 256) return;
    if (isAlias(node)) found = node as Node;
    else if (isMap(node) || isSeq(node)) for (const item of node.items) visit(item, depth + 1);
    else if (isPair(node)) {
      visit(node.key, depth + 1);
      visit(node.value, depth + 1);
    }
  };
  visit(root, 0);
  return found;
}
