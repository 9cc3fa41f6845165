import type { MessageData } from '../l10n/format-message';
import type { Category, FileKind, Finding, Fix, Range, RelatedLocation, Severity } from './finding';

/** Everything a rule says about itself. Docs, the rule table, SARIF rule descriptors and hovers are generated from this. */
export interface RuleMeta {
  /** Stable kebab-case id, e.g. `base-image-latest-tag`. */
  id: string;
  /** Equivalent ids in other tools: hadolint `DL3007`, BuildKit `JSONArgsRecommended`, kube-linter `latest-tag`… */
  aliases: string[];
  appliesTo: FileKind;
  category: Category;
  severity: Severity;
  /** One line, sentence case, no trailing period. */
  title: string;
  /** Why it matters (a short paragraph). */
  why: string;
  /** How to fix it (a short paragraph). */
  howToFix: string;
  /** Optional examples for the docs. */
  examples?: { bad: string; good: string };
  /** Off unless a config turns it on (contested checks). */
  defaultOff?: boolean;
  /**
   * A resource policy the rule enforces: it runs only when `policy.<name>` is on in the config or the rule itself is
   * switched on there (the engine gates it; fixes read the same policy in effect).
   */
  policy?: PolicyName;
  /** Whether findings of this rule may carry a fix. */
  fixable?: boolean;
  /** Whether the trade-off panel should be offered from this rule's findings. */
  relatesToIsolation?: boolean;
  /**
   * The rule's finding messages by id, English, with `{name}` placeholders filled from the report's `data`
   * (ESLint's `meta.messages`). Translations live in `l10n/<lang>/` under the same ids.
   */
  messages?: Readonly<Record<string, string>>;
}

export interface Report {
  range: Range;
  /** One of `meta.messages` (preferred: it can be translated), filled with `data`. */
  messageId?: string;
  data?: MessageData;
  /** A literal English message, for text no rule id can translate; a report gives `messageId` or `message`. */
  message?: string;
  fix?: Fix;
  related?: RelatedLocation[];
  tags?: Finding['tags'];
  /** Overrides the rule's severity for this one finding (e.g. dropped to info inside a sandboxed runtime). */
  severity?: Severity;
  /**
   * What a format's file-level stage needs to judge this finding again with facts from outside the part the rules saw
   * (Kubernetes: the container a "missing resource" finding is about, for LimitRanges and kustomize patches). It rides
   * on the finding through the engine and never leaves it.
   */
  deferred?: object;
}

/** The resource policies of the config (`policy:` in `.containment.yaml`). */
export type PolicyName = 'cpuRequests' | 'memoryRequests' | 'memoryLimits' | 'cpuLimits' | 'ephemeralStorage' | 'guaranteedQoS' | 'pidsLimit';

/**
 * One suppression syntax located in one file (a `# hadolint ignore=` comment, a YAML pragma, an object's
 * annotations…). A format lists the syntaxes it honours; the engine asks them about every finding.
 */
export interface Suppressor {
  /** Written in the file as an ignore comment, so `inlineIgnores: false` switches it off. */
  inline: boolean;
  /** `names` are the rule's lower-case id and aliases. */
  suppresses(names: string[], meta: RuleMeta, range: Range): boolean;
}

export interface RuleContextBase {
  report(report: Report): void;
}

export interface Rule<Ctx extends RuleContextBase = RuleContextBase> {
  meta: RuleMeta;
  check(ctx: Ctx): void;
}

export function defineRule<Ctx extends RuleContextBase>(rule: Rule<Ctx>): Rule<Ctx> {
  return rule;
}

export type AliasTool = 'hadolint' | 'shellcheck' | 'buildkit' | 'kube-linter';

/** Which tool an alias belongs to, from its shape: DL3007, SC2086, JSONArgsRecommended, latest-tag. */
export function aliasTool(alias: string): AliasTool {
  if (/^DL\d{4}$/.test(alias)) return 'hadolint';
  if (/^SC\d{4}$/.test(alias)) return 'shellcheck';
  if (/^[A-Z][A-Za-z]+$/.test(alias)) return 'buildkit';
  return 'kube-linter';
}

export function isBuildKitCheck(meta: RuleMeta): boolean {
  return meta.aliases.some((a) => aliasTool(a) === 'buildkit');
}
