/** `containment rules` and `containment explain`: the rule metadata, rendered. */
import type { Io } from './cli';
import { parseArgs, UsageError } from './args';
import { allRuleMetas, findRule } from '../core/engine/rules-registry';
import { renderRuleDoc, severityLabel } from '../core/features/docs/render-rule-doc';
import { ruleText } from '../core/base/l10n/rule-text';
import { cliLang, LANG_FLAG } from './cli-lang';
import { knowledgeAgeNote } from '../core/knowledge';

export function runRules(argv: string[], io: Io): number {
  const { flags, positionals } = parseArgs(argv, { format: { value: true, choices: ['text', 'json'] }, ...LANG_FLAG });
  const lang = cliLang(flags, io);
  if (positionals.length) throw new UsageError(`rules takes no arguments (got '${positionals[0]}')`);
  const metas = allRuleMetas();
  if (flags.get('format') === 'json') {
    io.stdout(JSON.stringify(metas, null, 2) + '\n');
    return 0;
  }
  const idWidth = Math.max(...metas.map((m) => m.id.length));
  const severityWidth = lang === 'ko' ? 2 : 7;
  const offByDefault = lang === 'ko' ? ' (기본값은 꺼짐)' : ' (off by default)';
  for (const m of metas) {
    const aliases = m.aliases.length ? ` [${m.aliases.join(', ')}]` : '';
    io.stdout(`${m.id.padEnd(idWidth)}  ${m.appliesTo.padEnd(10)} ${severityLabel(m.severity, lang).padEnd(severityWidth)} ${ruleText(m, lang).title}${aliases}${m.defaultOff ? offByDefault : ''}\n`);
  }
  return 0;
}

export function runExplain(argv: string[], io: Io): number {
  const { flags, positionals } = parseArgs(argv, LANG_FLAG);
  const lang = cliLang(flags, io);
  if (positionals.length !== 1) throw new UsageError('explain takes one rule id or alias, e.g. containment explain DL3007');
  const meta = findRule(positionals[0]);
  if (!meta) throw new UsageError(`no rule '${positionals[0]}' (containment rules lists them)`);
  io.stdout(renderRuleDoc(meta, lang));
  // rules judged from the offline base-image table say how old its dates are
  if (meta.category === 'base-image' || /image-eol|runs-as-root/.test(meta.id)) io.stdout(`\n${knowledgeAgeNote()}\n`);
  return 0;
}
