import type { Rule, RuleContextBase } from '../model/rule';
// Placeholder until the Kubernetes layer (issue 3) lands; replaced there.
export type KubernetesRule = Rule<RuleContextBase>;
