/**
 * `check`'s outputs: which formats exist, and where each goes. `--format X` (one) writes to standard output or to
 * `--output FILE`; `--format X=FILE` (any number) writes X to FILE in the same run. With only X=FILE formats, the text
 * summary still goes to standard output, so a CI log stays readable while the machine file is uploaded.
 */
import { UsageError } from './args';
import type { Formatter } from './format-kit';

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'junit', 'codeclimate', 'rdjson', 'github', 'checkstyle'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface OutputSpec {
  format: FormatName;
  /** undefined: standard output. */
  file?: string;
}

// Each formatter is required on use: a text run loads no SARIF/XML code.
const LOADERS: Record<FormatName, () => Formatter> = {
  text: () => (files, o) => (require('./format-text') as typeof import('./format-text')).formatText(files, { color: o.color, verbose: o.verbose, lang: o.lang }),
  json: () => (files, o) => (require('./format-json') as typeof import('./format-json')).formatJson(files, o.lang) + '\n',
  sarif: () => (files, o) => (require('./format-sarif') as typeof import('./format-sarif')).formatSarif(files, o) + '\n',
  junit: () => (require('./format-junit') as typeof import('./format-junit')).formatJunit,
  codeclimate: () => (require('./format-codeclimate') as typeof import('./format-codeclimate')).formatCodeClimate,
  rdjson: () => (require('./format-rdjson') as typeof import('./format-rdjson')).formatRdjson,
  github: () => (require('./format-github') as typeof import('./format-github')).formatGithub,
  checkstyle: () => (require('./format-checkstyle') as typeof import('./format-checkstyle')).formatCheckstyle,
};

export function formatterFor(name: FormatName): Formatter {
  return LOADERS[name]();
}

function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function parseOutputSpecs(formats: readonly string[], output: string | undefined): OutputSpec[] {
  const specs: OutputSpec[] = [];
  let plain: OutputSpec | undefined;
  for (const value of formats) {
    const eq = value.indexOf('=');
    const name = eq === -1 ? value : value.slice(0, eq);
    if (!isFormatName(name)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got '${name}')`);
    if (eq === -1) {
      if (plain) throw new UsageError(`--format ${plain.format} and --format ${name} both write to ${output ?? 'standard output'}: give the others as FORMAT=FILE`);
      plain = { format: name, file: output };
      specs.push(plain);
      continue;
    }
    const file = value.slice(eq + 1);
    if (!file) throw new UsageError(`--format ${name}= needs a file name`);
    specs.push({ format: name, file });
  }
  if (!plain) specs.unshift({ format: 'text', file: output });
  const files = specs.filter((s) => s.file !== undefined).map((s) => s.file!);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`two formats would write to the same file: ${twice}`);
  return specs;
}
