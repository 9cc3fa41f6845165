/** Every rule's metadata in one place: for docs, SARIF descriptors, `containment rules`, hovers and ignore actions. */
import { builtinRules } from './builtin-rules';
import type { RuleMeta } from '../base/model/rule';
import { composeRules, dockerfileRules, kubernetesRules } from './rules.generated';
import { shellcheckRule } from '../formats/shellcheck/meta';

let metas: RuleMeta[] | undefined;
let byName: Map<string, RuleMeta> | undefined;

export function allRuleMetas(): RuleMeta[] {
  metas ??= [...dockerfileRules, ...kubernetesRules, ...composeRules].map((r) => r.meta).concat(builtinRules, shellcheckRule);
  return metas;
}

/** A rule by id or alias, case-insensitive (`DL3007`, `latest-tag`, `base-image-latest-tag`). */
export function findRule(idOrAlias: string): RuleMeta | undefined {
  if (!byName) {
    byName = new Map();
    for (const meta of allRuleMetas()) {
      byName.set(meta.id.toLowerCase(), meta);
      for (const alias of meta.aliases) if (!byName.has(alias.toLowerCase())) byName.set(alias.toLowerCase(), meta);
    }
  }
  // ShellCheck codes are per finding, not listed as aliases: any SCxxxx resolves to the `shellcheck` rule.
  return byName.get(idOrAlias.toLowerCase()) ?? (/^SC\d{4}$/i.test(idOrAlias) ? shellcheckRule : undefined);
}

