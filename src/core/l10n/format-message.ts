/** Values a rule passes with a message id; each fills the `{name}` placeholder of the same name. */
export type MessageData = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders from `data`. A placeholder without a value stays as written, so a missing value is
 * visible in the text (and caught by the translation test) instead of silently becoming "undefined".
 */
export function formatMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole));
}

/** The placeholder names a template uses, sorted (to compare a translation with its English source). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]))].sort();
}
