/**
 * Rule documentation rendered from rule metadata — the single source for docs/rules/<id>.md, the README table,
 * `containment explain`, and the editor's "Show documentation" view.
 */
import type { Lang } from '../../base/l10n/lang';
import { ruleText } from '../../base/l10n/rule-text';
import type { RuleMeta } from '../../base/model/rule';
import { aliasTool } from '../../base/model/rule';

const KIND_LABEL = { dockerfile: 'Dockerfile', kubernetes: 'Kubernetes', compose: 'Docker Compose' } as const;
const TOOL_LABEL = { hadolint: 'hadolint', buildkit: 'BuildKit check', 'kube-linter': 'kube-linter', shellcheck: 'ShellCheck' } as const;

function fence(code: string, lang: string): string {
  const ticks = code.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${code.replace(/\n$/, '')}\n${ticks}`;
}

interface DocLabels {
  appliesTo: string;
  category: string;
  defaultSeverity: string;
  offByDefault: (severity: string) => string;
  aliases: string;
  quickFix: string;
  yes: string;
  no: string;
  why: string;
  howToFix: string;
  example: string;
  flagged: string;
  fine: string;
  ignoring: string;
  ignoreDockerfile: (id: string, hadolint: string | undefined) => string;
  ignoreYaml: (id: string) => string;
  ignoreObject: (kubeLinter: string) => string;
  everywhere: (id: string) => string;
}

const LABELS: Record<Lang, DocLabels> = {
  en: {
    appliesTo: 'Applies to',
    category: 'Category',
    defaultSeverity: 'Default severity',
    offByDefault: (sev) => `${sev} (off by default — turn it on in \`.containment.yaml\`)`,
    aliases: 'Aliases',
    quickFix: 'Quick fix',
    yes: 'yes',
    no: 'no',
    why: 'Why it matters',
    howToFix: 'How to fix',
    example: 'Example',
    flagged: 'Flagged:',
    fine: 'Fine:',
    ignoring: 'Ignoring it',
    ignoreDockerfile: (id, hadolint) => `On the line above the instruction: \`# containment ignore=${id}\`${hadolint ? ` or \`# hadolint ignore=${hadolint}\`` : ''}. For the whole file: \`# containment global ignore=${id}\`.`,
    ignoreYaml: (id) => `On the line above the key: \`# containment ignore=${id}\`. For the whole file: \`# containment global ignore=${id}\`.`,
    ignoreObject: (name) => `On the object: the annotation \`ignore-check.kube-linter.io/${name}: "reason"\`.`,
    everywhere: (id) => `Everywhere: \`rules: { ${id}: off }\` in \`.containment.yaml\`.`,
  },
  ko: {
    appliesTo: '대상',
    category: '분류',
    defaultSeverity: '기본 심각도',
    offByDefault: (sev) => `${SEVERITY_KO[sev] ?? sev} (기본값은 꺼짐 — \`.containment.yaml\`에서 켜세요)`,
    aliases: '별칭',
    quickFix: '빠른 수정',
    yes: '예',
    no: '아니요',
    why: '왜 중요한가',
    howToFix: '고치는 방법',
    example: '예시',
    flagged: '보고되는 예:',
    fine: '괜찮은 예:',
    ignoring: '무시하는 방법',
    ignoreDockerfile: (id, hadolint) => `명령어 바로 위 줄에: \`# containment ignore=${id}\`${hadolint ? ` 또는 \`# hadolint ignore=${hadolint}\`` : ''}. 파일 전체: \`# containment global ignore=${id}\`.`,
    ignoreYaml: (id) => `키 바로 위 줄에: \`# containment ignore=${id}\`. 파일 전체: \`# containment global ignore=${id}\`.`,
    ignoreObject: (name) => `오브젝트에: 어노테이션 \`ignore-check.kube-linter.io/${name}: "이유"\`.`,
    everywhere: (id) => `모든 곳에서: \`.containment.yaml\`에 \`rules: { ${id}: off }\`.`,
  },
};

/** Severity names as Korean users read them (the CLI, the report and rule docs say the same). */
export const SEVERITY_KO: Readonly<Record<string, string>> = { error: '오류', warning: '경고', info: '정보', hint: '힌트' };

/** A severity name in `lang`. */
export function severityLabel(severity: string, lang: Lang): string {
  return lang === 'ko' ? (SEVERITY_KO[severity] ?? severity) : severity;
}

/** The rule's documentation in `lang` (English: the shipped docs/rules/<id>.md). */
export function renderRuleDoc(meta: RuleMeta, lang: Lang = 'en'): string {
  const l = LABELS[lang];
  const text = ruleText(meta, lang);
  const lines: string[] = [`# ${meta.id}`, '', `**${text.title}**`, ''];
  lines.push('| | |', '|---|---|');
  lines.push(`| ${l.appliesTo} | ${KIND_LABEL[meta.appliesTo]} |`);
  lines.push(`| ${l.category} | ${meta.category} |`);
  lines.push(`| ${l.defaultSeverity} | ${meta.defaultOff ? l.offByDefault(meta.severity) : severityLabel(meta.severity, lang)} |`);
  if (meta.aliases.length) lines.push(`| ${l.aliases} | ${meta.aliases.map((a) => `\`${a}\` (${TOOL_LABEL[aliasTool(a)]})`).join(', ')} |`);
  lines.push(`| ${l.quickFix} | ${meta.fixable ? l.yes : l.no} |`, '');
  lines.push(`## ${l.why}`, '', text.why, '', `## ${l.howToFix}`, '', text.howToFix, '');
  if (meta.examples) {
    const fenceLang = meta.appliesTo === 'dockerfile' ? 'dockerfile' : 'yaml';
    lines.push(`## ${l.example}`, '', l.flagged, '', fence(meta.examples.bad, fenceLang), '', l.fine, '', fence(meta.examples.good, fenceLang), '');
  }
  const ignoreName = meta.aliases.find((a) => aliasTool(a) === 'hadolint') ?? meta.id;
  lines.push(`## ${l.ignoring}`, '');
  if (meta.appliesTo === 'dockerfile') {
    lines.push(l.ignoreDockerfile(meta.id, ignoreName !== meta.id ? ignoreName : undefined));
  } else {
    const kubeLinter = meta.aliases.find((a) => aliasTool(a) === 'kube-linter');
    lines.push(l.ignoreYaml(meta.id));
    if (kubeLinter && meta.appliesTo === 'kubernetes') lines.push(l.ignoreObject(kubeLinter));
  }
  lines.push('', l.everywhere(meta.id), '');
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
