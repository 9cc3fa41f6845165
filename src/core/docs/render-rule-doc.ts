/**
 * Rule documentation rendered from rule metadata — the single source for docs/rules/<id>.md, the README table,
 * `containment explain`, and the editor's "Show documentation" view.
 */
import type { RuleMeta } from '../model/rule';
import { aliasTool } from '../model/rule';

const KIND_LABEL = { dockerfile: 'Dockerfile', kubernetes: 'Kubernetes', compose: 'Docker Compose' } as const;
const TOOL_LABEL = { hadolint: 'hadolint', buildkit: 'BuildKit check', 'kube-linter': 'kube-linter', shellcheck: 'ShellCheck' } as const;

function fence(code: string, lang: string): string {
  const ticks = code.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${code.replace(/\n$/, '')}\n${ticks}`;
}

export function renderRuleDoc(meta: RuleMeta): string {
  const lines: string[] = [`# ${meta.id}`, '', `**${meta.title}**`, ''];
  lines.push('| | |', '|---|---|');
  lines.push(`| Applies to | ${KIND_LABEL[meta.appliesTo]} |`);
  lines.push(`| Category | ${meta.category} |`);
  lines.push(`| Default severity | ${meta.defaultOff ? `${meta.severity} (off by default — turn it on in \`.containment.yaml\`)` : meta.severity} |`);
  if (meta.aliases.length) lines.push(`| Aliases | ${meta.aliases.map((a) => `\`${a}\` (${TOOL_LABEL[aliasTool(a)]})`).join(', ')} |`);
  lines.push(`| Quick fix | ${meta.fixable ? 'yes' : 'no'} |`, '');
  lines.push('## Why it matters', '', meta.why, '', '## How to fix', '', meta.howToFix, '');
  if (meta.examples) {
    const lang = meta.appliesTo === 'dockerfile' ? 'dockerfile' : 'yaml';
    lines.push('## Example', '', 'Flagged:', '', fence(meta.examples.bad, lang), '', 'Fine:', '', fence(meta.examples.good, lang), '');
  }
  const ignoreName = meta.aliases.find((a) => aliasTool(a) === 'hadolint') ?? meta.id;
  lines.push('## Ignoring it', '');
  if (meta.appliesTo === 'dockerfile') {
    lines.push(`On the line above the instruction: \`# containment ignore=${meta.id}\`${ignoreName !== meta.id ? ` or \`# hadolint ignore=${ignoreName}\`` : ''}. For the whole file: \`# containment global ignore=${meta.id}\`.`);
  } else {
    const kubeLinter = meta.aliases.find((a) => aliasTool(a) === 'kube-linter');
    lines.push(`On the line above the key: \`# containment ignore=${meta.id}\`. For the whole file: \`# containment global ignore=${meta.id}\`.`);
    if (kubeLinter && meta.appliesTo === 'kubernetes') lines.push(`On the object: the annotation \`ignore-check.kube-linter.io/${kubeLinter}: "reason"\`.`);
  }
  lines.push('', `Everywhere: \`rules: { ${meta.id}: off }\` in \`.containment.yaml\`.`, '');
  return lines.join('\n');
}

/** One table row per rule for the README. */
export function renderRuleTable(metas: RuleMeta[]): string {
  const rows = ['| Rule | Applies to | Category | Severity | Aliases | Fix |', '|---|---|---|---|---|---|'];
  for (const m of [...metas].sort((a, b) => a.appliesTo.localeCompare(b.appliesTo) || a.id.localeCompare(b.id))) {
    const severity = m.defaultOff ? `${m.severity} (opt-in)` : m.severity;
    rows.push(`| [${m.id}](docs/rules/${m.id}.md) — ${m.title} | ${KIND_LABEL[m.appliesTo]} | ${m.category} | ${severity} | ${m.aliases.map((a) => `\`${a}\``).join(' ')} | ${m.fixable ? '✓' : ''} |`);
  }
  return rows.join('\n');
}
