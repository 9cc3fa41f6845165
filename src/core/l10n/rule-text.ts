/**
 * A rule's user-visible text in one language: title, why, how to fix and its messages by id. English lives in the rule
 * module (`meta`); other languages in data tables keyed by rule id, looked up here so every adapter (CLI, VS Code,
 * language server, report) translates the same way.
 */
import type { Finding } from '../model/finding';
import type { RuleMeta } from '../model/rule';
import { formatMessage } from './format-message';
import type { Lang } from './lang';
import type { RuleText, RuleTextTable } from './rule-text-table';

export type { RuleText, RuleTextTable };

let korean: RuleTextTable | undefined;

/** The Korean table, loaded on first use: English sessions never pay for it. */
export function koreanRuleTexts(): RuleTextTable {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  korean ??= (require('./ko/rules') as typeof import('./ko/rules')).KO_RULES;
  return korean;
}

/** The rule's texts in `lang`; a field without a translation falls back to the English one. */
export function ruleText(meta: RuleMeta, lang: Lang): RuleText {
  const english: RuleText = { title: meta.title, why: meta.why, howToFix: meta.howToFix, messages: meta.messages };
  if (lang === 'en') return english;
  const translated = koreanRuleTexts()[meta.id];
  if (!translated) return english;
  return {
    title: translated.title || english.title,
    why: translated.why || english.why,
    howToFix: translated.howToFix || english.howToFix,
    messages: { ...english.messages, ...translated.messages },
  };
}

/** A finding's message in `lang`: its message id's translation filled with its data, else the English message. */
export function localizedMessage(finding: Pick<Finding, 'rule' | 'message' | 'messageId' | 'data'>, lang: Lang): string {
  if (lang === 'en' || !finding.messageId) return finding.message;
  const template = koreanRuleTexts()[finding.rule]?.messages?.[finding.messageId];
  return template ? formatMessage(template, finding.data) : finding.message;
}
