/**
 * A rule's user-visible text in one language: title, why, how to fix and its messages by id. English lives in the rule
 * module (`meta`); other languages in data tables keyed by rule id, looked up here so every adapter (CLI, VS Code,
 * language server, report) translates the same way.
 */
import type { Finding, Fix, RelatedLocation } from '../model/finding';
import type { RuleMeta } from '../model/rule';
import { formatMessage, MissingMessageError } from './format-message';
import type { Lang } from './lang';
import type { RuleText, RuleTextTable } from './rule-text-table';

export type { RuleText, RuleTextTable };

let korean: typeof import('./ko/rules') | undefined;

function koreanModule(): typeof import('./ko/rules') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  korean ??= require('./ko/rules') as typeof import('./ko/rules');
  return korean;
}

/** The Korean table, loaded on first use: English sessions never pay for it. */
export function koreanRuleTexts(): RuleTextTable {
  return koreanModule().KO_RULES;
}

/** Korean for the engine's messages around any rule's finding (l10n/engine-messages.ts). */
export function koreanEngineMessages(): Readonly<Record<string, string>> {
  return koreanModule().KO_ENGINE_MESSAGES;
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
  const messages = koreanRuleTexts()[finding.rule]?.messages;
  const lookup = (id: string) => messages?.[id] ?? koreanEngineMessages()[id];
  const template = lookup(finding.messageId);
  if (!template) return finding.message;
  try {
    return formatMessage(template, finding.data, lookup);
  } catch (error) {
    // a nested sentence without its translation: the whole message stays English rather than mixing languages
    if (error instanceof MissingMessageError) return finding.message;
    throw error;
  }
}

/** A related location's message in `lang`: its message id in the finding's rule (or the engine's) messages. */
export function localizedRelatedMessage(finding: Pick<Finding, 'rule'>, related: Pick<RelatedLocation, 'message' | 'messageId' | 'data'>, lang: Lang): string {
  return localizedMessage({ rule: finding.rule, message: related.message, messageId: related.messageId, data: related.data }, lang);
}

/** A fix's title in `lang`: its title id's translation filled with its data, else the English title. */
export function localizedFixTitle(fix: Pick<Fix, 'title' | 'titleId' | 'titleData'>, lang: Lang): string {
  if (lang === 'en' || !fix.titleId) return fix.title;
  const titles = koreanModule().KO_FIX_TITLES;
  const template = titles[fix.titleId];
  if (!template) return fix.title;
  try {
    return formatMessage(template, fix.titleData, (id) => titles[id]);
  } catch (error) {
    if (error instanceof MissingMessageError) return fix.title;
    throw error;
  }
}

/** Korean quick-fix titles by title id (l10n/fix-titles.ts). */
export function koreanFixTitles(): Readonly<Record<string, string>> {
  return koreanModule().KO_FIX_TITLES;
}
