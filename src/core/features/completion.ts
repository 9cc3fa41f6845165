/**
 * Completion of rule ids and aliases where users type them: suppression comments (`# hadolint ignore=`,
 * `# containment [global] ignore=`, BuildKit's `# check=skip=`) and the config files (`rules:` keys in
 * .containment.yaml, `ignored:`/`override:` lists in .hadolint.yaml). Editor-neutral: the adapters map the items.
 */
import type { FileKind, Range } from '../base/model/finding';
import { aliasTool, type RuleMeta } from '../base/model/rule';
import { allRuleMetas } from '../engine/rules-registry';

export type CompletionFile = FileKind | 'containment-config' | 'hadolint-config';

export interface RuleIdCompletion {
  label: string;
  /** The rule's title, and for an alias which rule it names. */
  detail: string;
  ruleId: string;
  isAlias: boolean;
}

export interface RuleIdCompletions {
  items: RuleIdCompletion[];
  /** The partial id under the cursor, replaced by the chosen item. */
  replace: Range;
}

type Vocabulary = 'all' | 'hadolint' | 'buildkit';

const PRAGMA_LIST = /#\s*(hadolint|containment)\s+(?:global\s+)?ignore\s*=\s*[\w.,\s-]*$/i;
const CHECK_SKIP = /#\s*check\s*=\s*(?:[^;]*;\s*)*skip\s*=\s*[\w,\s]*$/i;
const PARTIAL = /[\w.-]*$/;

/** Which ids fit at `character` of `lineText`; `lineAt` reads earlier lines (for the YAML block a config key is in). */
export function completeRuleIds(file: CompletionFile, lineText: string, line: number, character: number, lineAt: (line: number) => string): RuleIdCompletions | undefined {
  const before = lineText.slice(0, character);
  const vocabulary = vocabularyAt(file, before, line, lineAt);
  if (!vocabulary) return undefined;
  const partial = PARTIAL.exec(before)![0];
  const kind = file === 'containment-config' || file === 'hadolint-config' ? undefined : file;
  return {
    items: itemsFor(vocabulary, kind),
    replace: { start: { line, character: character - partial.length }, end: { line, character } },
  };
}

function vocabularyAt(file: CompletionFile, before: string, line: number, lineAt: (line: number) => string): Vocabulary | undefined {
  if (file === 'containment-config') return /^\s+[\w.-]*$/.test(before) && parentKey(line, lineAt) === 'rules' ? 'all' : undefined;
  if (file === 'hadolint-config') {
    if (!/^\s*-\s*[\w]*$/.test(before)) return undefined;
    const parent = parentKey(line, lineAt);
    return parent === 'ignored' || parent === 'error' || parent === 'warning' || parent === 'info' || parent === 'style' ? 'hadolint' : undefined;
  }
  const pragma = PRAGMA_LIST.exec(before);
  if (pragma) return pragma[1].toLowerCase() === 'hadolint' ? 'hadolint' : 'all';
  if (file === 'dockerfile' && CHECK_SKIP.test(before)) return 'buildkit';
  return undefined;
}

/** The key of the nearest less-indented `key:` line above (list items sit at the parent's indentation in YAML). */
function parentKey(line: number, lineAt: (line: number) => string): string | undefined {
  const own = lineAt(line);
  const indent = own.length - own.trimStart().length;
  const isItem = own.trimStart().startsWith('-');
  for (let l = line - 1; l >= 0; l--) {
    const text = lineAt(l);
    const trimmed = text.trimStart();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const keyIndent = text.length - trimmed.length;
    const key = /^([\w.-]+)\s*:\s*(#.*)?$/.exec(trimmed);
    if (key && (keyIndent < indent || (isItem && keyIndent === indent))) return key[1];
    if (keyIndent < indent) return undefined;
  }
  return undefined;
}

function itemsFor(vocabulary: Vocabulary, kind: FileKind | undefined): RuleIdCompletion[] {
  const items: RuleIdCompletion[] = [];
  const seen = new Set<string>();
  const add = (item: RuleIdCompletion) => {
    if (seen.has(item.label.toLowerCase())) return;
    seen.add(item.label.toLowerCase());
    items.push(item);
  };
  for (const meta of allRuleMetas()) {
    if (kind && meta.appliesTo !== kind) continue;
    if (vocabulary === 'all') add({ label: meta.id, detail: meta.title, ruleId: meta.id, isAlias: false });
    for (const alias of meta.aliases) {
      const tool = aliasTool(alias);
      if (vocabulary === 'all' || tool === vocabulary) add(aliasItem(alias, meta));
    }
  }
  return items;
}

function aliasItem(alias: string, meta: RuleMeta): RuleIdCompletion {
  return { label: alias, detail: `${meta.title} (${meta.id})`, ruleId: meta.id, isAlias: true };
}
