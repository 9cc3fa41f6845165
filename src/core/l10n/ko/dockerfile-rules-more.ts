/**
 * Korean texts of the Dockerfile rules from `dockerfile-syntax` on (alphabetically; the rules before it are in
 * dockerfile-rules.ts), by rule id, with the same `{name}` placeholders as `meta.messages`.
 */
import type { RuleTextTable } from '../rule-text-table';

export const KO_DOCKERFILE_RULES_MORE: RuleTextTable = {};
