/**
 * The languages Containment speaks. English is the source text everywhere; Korean comes from data tables
 * (`l10n/ko/` for rules, report strings, the extension's l10n bundle).
 */
export type Lang = 'en' | 'ko';

export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A BCP 47 tag or POSIX locale (`ko`, `ko-KR`, `ko_KR.UTF-8`) → the language we speak for it; English otherwise. */
export function langOf(tag: string | undefined): Lang {
  return tag && /^ko(?:[-_.@]|$)/i.test(tag.trim()) ? 'ko' : 'en';
}

/** The language a POSIX environment asks for: LC_ALL, then LC_MESSAGES, then LANG (the first one set wins). */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return langOf(value);
  }
  return 'en';
}
