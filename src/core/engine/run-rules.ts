/**
 * Runs a set of rules over one parsed file: each rule in isolation (a throwing rule is reported as a rule error and the
 * others still run), severities from config, rules switched off, policy gating, suppression, ranges clamped into the
 * document.
 */
import type { ContainmentConfig, ResourcePolicy, RuleSetting } from '../knowledge/config/config';
import { compareFindings, type Finding, type Range } from '../base/model/finding';
import type { Report, Rule, RuleContextBase, RuleMeta, Suppressor } from '../base/model/rule';
import { formatMessage } from '../base/l10n/format-message';
import { ENGINE_MESSAGES } from '../base/l10n/engine-messages';
import type { LineIndex } from '../base/text/line-index';

export interface RuleError {
  rule: string;
  message: string;
}

/** The configured setting for a rule, looked up by id and every alias. */
export function configuredSetting(meta: RuleMeta, config: ContainmentConfig): RuleSetting | undefined {
  if (config.rules.size === 0) return undefined; // the common case: no per-rule settings, no lower-casing
  const byId = config.rules.get(meta.id.toLowerCase());
  if (byId) return byId;
  for (const alias of meta.aliases) {
    const s = config.rules.get(alias.toLowerCase());
    if (s) return s;
  }
  return undefined;
}

export function isRuleEnabled(meta: RuleMeta, config: ContainmentConfig): boolean {
  const setting = configuredSetting(meta, config);
  if (setting === 'off') return false;
  return !meta.defaultOff || setting !== undefined;
}

/** Lower-case id and aliases, for matching ignore lists. */
export function ruleNames(meta: RuleMeta): string[] {
  return [meta.id.toLowerCase(), ...meta.aliases.map((a) => a.toLowerCase())];
}

function switchedOn(meta: RuleMeta, config: ContainmentConfig): boolean {
  const setting = configuredSetting(meta, config);
  return setting !== undefined && setting !== 'off';
}

/**
 * The resource policies in effect for a set of rules: the config's `policy`, plus each policy whose rule (`meta.policy`)
 * the config switches on by id or alias. The one way an opt-in policy is switched on, for the rules and their fixes.
 */
export function policyInEffect(config: ContainmentConfig, rules: ReadonlyArray<{ meta: RuleMeta }>): ResourcePolicy {
  if (config.rules.size === 0) return config.policy;
  let policy = config.policy;
  for (const { meta } of rules) {
    if (meta.policy && !policy[meta.policy] && switchedOn(meta, config)) policy = { ...policy, [meta.policy]: true };
  }
  return policy;
}

/** Whether a rule runs: not switched off, switched on when it is off by default, its policy (if any) in effect. */
function runs(meta: RuleMeta, config: ContainmentConfig, policy: ResourcePolicy): boolean {
  return isRuleEnabled(meta, config) && (!meta.policy || policy[meta.policy]);
}

/** Whether any of the file's suppression syntaxes silences this finding (`inlineIgnores: false` turns comments off). */
export function isSuppressed(suppressors: readonly Suppressor[], config: ContainmentConfig, meta: RuleMeta, range: Range, names = ruleNames(meta)): boolean {
  for (const s of suppressors) if ((config.inlineIgnores || !s.inline) && s.suppresses(names, meta, range)) return true;
  return false;
}

export interface RunOptions<Ctx> {
  rules: ReadonlyArray<Rule<Ctx & RuleContextBase>>;
  config: ContainmentConfig;
  index: LineIndex;
  /**
   * The rules' context, made once per file and shared by every rule (rules run one after another, synchronously).
   * `report` reports for the rule that is running, `running()` tells which one that is.
   */
  createContext(report: (r: Report) => void, running: () => RuleMeta): Ctx;
  /** The suppression syntaxes of the file (inline ignores, annotations…). */
  suppressors: readonly Suppressor[];
  /** The policies in effect (`policyInEffect`). */
  policy: ResourcePolicy;
  /** Last word on severity after config (e.g. BuildKit `# check=error=true`). */
  adjust?(meta: RuleMeta, finding: Finding): Finding;
}

/** A finding as it leaves the rules: with the report's `deferred` facts, for the format's file-level stage. */
export type RuleFinding = Finding & { deferred?: object };

export function runRules<Ctx>(options: RunOptions<Ctx>): { findings: RuleFinding[]; ruleErrors: RuleError[] } {
  const findings: RuleFinding[] = [];
  const ruleErrors: RuleError[] = [];
  // One context and one `report` per file, not per rule: a context per rule (an object and its closures, ~77 times
  // per Dockerfile) was ~15 % of the bytes a 20-line analysis allocated (allocation profile).
  let meta: RuleMeta = options.rules[0]?.meta;
  let setting: RuleSetting | undefined;
  let names: string[] | undefined;
  const { suppressors, config } = options;
  const report = (r: Report) => {
    const range = clampRange(r.range, options.index);
    if (suppressors.length && isSuppressed(suppressors, config, meta, range, (names ??= ruleNames(meta)))) return;
    let finding: RuleFinding = {
      rule: meta.id,
      aliases: meta.aliases,
      category: meta.category,
      severity: setting && setting !== 'off' ? setting : r.severity ?? meta.severity,
      message: messageOf(meta, r),
      range,
    };
    if (r.messageId) {
      finding.messageId = r.messageId;
      if (r.data) finding.data = r.data;
    }
    if (r.fix && r.fix.edits.length) finding.fix = { ...r.fix, edits: r.fix.edits.map((e) => ({ ...e, range: clampRange(e.range, options.index) })) };
    if (r.related?.length) finding.related = r.related;
    if (r.tags?.length) finding.tags = r.tags;
    if (options.adjust) finding = options.adjust(meta, finding);
    if (r.deferred) finding.deferred = r.deferred;
    findings.push(finding);
  };
  const context = options.createContext(report, () => meta) as Ctx & RuleContextBase;
  for (const rule of options.rules) {
    if (!runs(rule.meta, config, options.policy)) continue;
    meta = rule.meta;
    names = undefined;
    setting = configuredSetting(meta, config);
    try {
      rule.check(context);
    } catch (error) {
      ruleErrors.push({ rule: meta.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  findings.sort(compareFindings);
  return { findings, ruleErrors };
}

/** The English text of a report: its message id's template filled with its data, or its literal message. */
export function messageOf(meta: RuleMeta, report: Report): string {
  if (report.messageId) {
    const lookup = (id: string) => meta.messages?.[id] ?? ENGINE_MESSAGES[id];
    const template = lookup(report.messageId);
    if (template === undefined) throw new Error(`rule ${meta.id} reported unknown message id '${report.messageId}'`);
    return formatMessage(template, report.data, lookup);
  }
  return report.message ?? meta.title;
}

/** Every range a finding carries lies inside the document, whatever a rule computed. */
export function clampRange(range: Range, index: LineIndex): Range {
  const clamp = (p: Range['start']) => index.positionAt(index.offsetAt(p));
  const start = clamp(range.start);
  const end = clamp(range.end);
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) return { start, end: start };
  return { start, end };
}
