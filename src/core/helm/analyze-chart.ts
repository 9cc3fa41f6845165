/**
 * Analyses a Helm chart without a renderer: each template is read statically with the chart's values (render.ts),
 * the Kubernetes rules run on what it would render, and each finding is placed on the values line that decides it
 * or on its template line. One result per chart and content, shared by the chart's templates and values files.
 */
import type { ContainmentConfig } from '../config/config';
import { helmTemplateRule } from '../engine/builtin-rules';
import { configuredSetting, isRuleEnabled, type RuleError } from '../engine/run-rules';
import type { FileHost } from '../host/file-host';
import type { Finding } from '../model/finding';
import { analyzeKubernetes } from '../kubernetes/analyze-kubernetes';
import { baseOf, chartFiles, chartObject, norm } from './chart';
import { incompleteDocuments, lineRange, placeFinding } from './place-findings';
import { renderTemplate, rootScope, type Rendered } from './render';
import { loadValues, type ChartValues } from './values';

export interface ChartTemplateResult {
  path: string;
  rendered: Rendered;
  /** The YAML the reader produced (what the rules saw). */
  text: string;
}

export interface ChartAnalysis {
  root: string;
  values: ChartValues;
  templates: ChartTemplateResult[];
  /** Findings by file (templates and values files). */
  byFile: Map<string, Finding[]>;
  ruleErrors: RuleError[];
}

const cache = new WeakMap<ContainmentConfig, Map<string, ChartAnalysis>>();

export function analyzeChart(root: string, config: ContainmentConfig, host: FileHost): ChartAnalysis {
  const files = chartFiles(norm(root), config, host);
  const valueTexts = files.valuesFiles.map((path) => ({ path, text: host.readFile(path) }));
  const templateTexts = files.templates.map((path) => ({ path, text: host.readFile(path) ?? '' }));
  const key = JSON.stringify([files.chart, valueTexts, templateTexts]);
  let perConfig = cache.get(config);
  if (!perConfig) cache.set(config, (perConfig = new Map()));
  const known = perConfig.get(key);
  if (known) return known;
  const values = loadValues(valueTexts);
  const analysis: ChartAnalysis = { root: files.root, values, templates: [], byFile: new Map(), ruleErrors: [] };
  const chart = chartObject(files.chart);
  for (const t of templateTexts) analyzeTemplate(t.path, t.text, values, chart, config, host, analysis);
  if (perConfig.size >= 16) perConfig.delete(perConfig.keys().next().value!);
  perConfig.set(key, analysis);
  return analysis;
}

function push(analysis: ChartAnalysis, path: string, f: Finding): void {
  const list = analysis.byFile.get(path);
  if (list) list.push(f);
  else analysis.byFile.set(path, [f]);
}

function analyzeTemplate(path: string, text: string, values: ChartValues, chart: Record<string, unknown>, config: ContainmentConfig, host: FileHost, analysis: ChartAnalysis): void {
  const rendered = renderTemplate(text, rootScope(values.root, chart));
  const renderedText = rendered.lines.map((l) => l.text).join('\n');
  analysis.templates.push({ path, rendered, text: renderedText });
  if (rendered.unparsable) {
    note(analysis, path, config, 'Helm template: its `{{ if }}` / `{{ end }}` blocks do not balance, so it was not read.', 0);
    return;
  }
  const result = analyzeKubernetes(renderedText, path, config, host);
  analysis.ruleErrors.push(...result.ruleErrors);
  const incomplete = incompleteDocuments(rendered.lines, rendered.notFollowed);
  let syntaxError = false;
  for (const f of result.findings) {
    if (f.rule === 'yaml-syntax' || f.rule === helmTemplateRule.id) {
      syntaxError = true;
      continue;
    }
    const place = placeFinding(f, rendered.lines, values, incomplete);
    if (!place) continue;
    const templateRange = lineRange(place.templateLine, text.split('\n')[place.templateLine] ?? '');
    const { fix: _fix, related: _related, ...rest } = f;
    if (place.origin) {
      push(analysis, place.origin.path, {
        ...rest,
        message: `Chart default (\`${place.origin.key}\` in ${baseOf(place.origin.path)}): ${f.message}`,
        range: place.origin.range,
        related: [{ path, range: templateRange, message: `used by ${baseOf(path)}` }],
      });
    } else {
      push(analysis, path, { ...rest, range: templateRange });
    }
  }
  const constructs = [...new Set(rendered.notFollowed.map((n) => `${n.what} (line ${n.templateLine + 1})`))];
  if (syntaxError) constructs.push('the output is not valid YAML');
  if (constructs.length) {
    const first = rendered.notFollowed[0]?.templateLine ?? 0;
    note(analysis, path, config, `Helm template read statically; not followed: ${constructs.slice(0, 6).join(', ')}${constructs.length > 6 ? ` and ${constructs.length - 6} more` : ''}. Findings that could depend on them are left out.`, first);
  }
}

function note(analysis: ChartAnalysis, path: string, config: ContainmentConfig, message: string, line: number): void {
  if (!isRuleEnabled(helmTemplateRule, config)) return;
  const setting = configuredSetting(helmTemplateRule, config);
  push(analysis, path, {
    rule: helmTemplateRule.id,
    aliases: helmTemplateRule.aliases,
    category: helmTemplateRule.category,
    severity: setting && setting !== 'off' ? setting : helmTemplateRule.severity,
    message,
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
  });
}
