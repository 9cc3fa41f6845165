import { cacheMap } from '../caches';

/**
 * A sentence nested inside another message (an ICU-style sub-message): a clause whose words depend on a reason code
 * (`noLimit`, `requestNotLimit`) is its own message id, so each language writes it whole; the outer message only
 * places it. A list of them is joined with `; `.
 */
export interface MessageRef {
  readonly id: string;
  readonly data?: MessageData;
}

/** Nested messages joined by a separator other than the default `; ` (`, ` in a list of settings). */
export interface MessageList {
  readonly items: readonly MessageRef[];
  readonly separator: string;
}

export type MessageValue = string | number | MessageRef | readonly MessageRef[] | MessageList;

/** Values a rule passes with a message id; each fills the `{name}` placeholder of the same name. */
export type MessageData = Readonly<Record<string, MessageValue>>;

/** The template of a nested message id in the language being rendered; undefined when it has none. */
export type MessageLookup = (id: string) => string | undefined;

/** Thrown when a nested message id has no template, so the caller can fall back to another language as a whole. */
export class MissingMessageError extends Error {}

const LIST_SEPARATOR = '; ';

/**
 * Fills `{name}` placeholders from `data`. A placeholder without a value stays as written, so a missing value is
 * visible in the text (and caught by the translation test) instead of silently becoming "undefined". Nested message
 * references are rendered through `lookup` (the same language's table).
 */
export function formatMessage(template: string, data: MessageData | undefined, lookup?: MessageLookup): string {
  if (!data) return template;
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (Object.prototype.hasOwnProperty.call(data, name) ? valueText(data[name], lookup) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

function valueText(value: MessageValue, lookup: MessageLookup | undefined): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRefArray(value)) return value.map((ref) => refText(ref, lookup)).join(LIST_SEPARATOR);
  if ('items' in value) return value.items.map((ref) => refText(ref, lookup)).join(value.separator);
  return refText(value, lookup);
}

function isRefArray(value: MessageRef | readonly MessageRef[] | MessageList): value is readonly MessageRef[] {
  return Array.isArray(value);
}

function refText(ref: MessageRef, lookup: MessageLookup | undefined): string {
  const template = lookup?.(ref.id);
  if (template === undefined) throw new MissingMessageError(`no message '${ref.id}'`);
  return formatMessage(template, ref.data ?? {}, lookup);
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
