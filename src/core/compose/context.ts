import type { Rule, RuleContextBase } from '../model/rule';
// Placeholder until the Compose layer (issue 3) lands; replaced there.
export type ComposeRule = Rule<RuleContextBase>;
