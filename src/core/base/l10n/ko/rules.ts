/** Every rule's Korean texts, by rule id (one table per family, merged here). */
import type { RuleTextTable } from '../rule-text-table';
import { KO_BUILTIN_RULES } from './builtin-rules';

export { KO_ENGINE_MESSAGES } from './builtin-rules';
export { KO_FIX_TITLES } from './fix-titles';
import { KO_COMPOSE_RULES } from './compose-rules';
import { KO_DOCKERFILE_RULES } from './dockerfile-rules';
import { KO_DOCKERFILE_RULES_ADDED } from './dockerfile-rules-added';
import { KO_DOCKERFILE_RULES_MORE } from './dockerfile-rules-more';
import { KO_KUBERNETES_RULES } from './kubernetes-rules';
import { KO_KUBERNETES_PROJECT_RULES } from './kubernetes-rules-project';

export const KO_RULES: RuleTextTable = { ...KO_DOCKERFILE_RULES, ...KO_DOCKERFILE_RULES_MORE, ...KO_DOCKERFILE_RULES_ADDED, ...KO_KUBERNETES_RULES, ...KO_KUBERNETES_PROJECT_RULES, ...KO_COMPOSE_RULES, ...KO_BUILTIN_RULES };
