/**
 * The language of the CLI's human output: `--lang en|ko`, else the POSIX locale (LC_ALL, LC_MESSAGES, LANG), else
 * English. Machine formats keep English messages (see README, "Korean"); the text output follows this.
 */
import type { Io } from './cli';
import { langFromEnv, LANGS, type Lang } from '../core/base/l10n/lang';

export const LANG_FLAG = { lang: { value: true, choices: [...LANGS] } };

export function cliLang(flags: ReadonlyMap<string, string | true>, io: Pick<Io, 'env'>): Lang {
  const given = flags.get('lang');
  if (given === 'en' || given === 'ko') return given;
  return langFromEnv(io.env ?? {});
}
