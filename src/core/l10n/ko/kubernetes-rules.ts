/**
 * Korean texts of the kubernetes rules, by rule id: title, why, how to fix and each message id of `meta.messages`
 * with the same `{name}` placeholders. Code, field names, paths and flags stay as written.
 */
import type { RuleTextTable } from '../rule-text-table';

export const KO_KUBERNETES_RULES: RuleTextTable = {};
