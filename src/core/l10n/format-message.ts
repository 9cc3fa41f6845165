import { cacheMap } from '../caches';

/** Values a rule passes with a message id; each fills the `{name}` placeholder of the same name. */
export type MessageData = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders from `data`. A placeholder without a value stays as written, so a missing value is
 * visible in the text (and caught by the translation test) instead of silently becoming "undefined".
 */
export function formatMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/;
/** More templates than every rule's messages in every language; past it the cache starts over. */
const MAX_TEMPLATES = 5000;

/**
 * Each template split once at its placeholders — text, name, text, …, text — since a message is formatted for every
 * finding and its template is one of a fixed set.
 */
const splitTemplates = cacheMap<string, string[]>('l10n/format-message splitTemplates');

function templateParts(template: string): string[] {
  let parts = splitTemplates.get(template);
  if (!parts) {
    if (splitTemplates.size >= MAX_TEMPLATES) splitTemplates.clear();
    splitTemplates.set(template, (parts = template.split(PLACEHOLDER)));
  }
  return parts;
}

/** The placeholder names a template uses, sorted (to compare a translation with its English source). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]))].sort();
}
