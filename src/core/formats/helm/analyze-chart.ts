/**
 * Analyses a Helm chart without a renderer: each template is read statically with the chart's values (render.ts),
 * the Kubernetes rules run on what it would render, and each finding is placed on the values line that decides it
 * or on its template line. One result per chart and content, shared by the chart's templates and values files.
 */
import { WeakCache } from '../../base/caches';
import type { ContainmentConfig } from '../../knowledge/config/config';
import { helmTemplateRule } from '../../engine/builtin-rules';
import { configuredSetting, isRuleEnabled, type RuleError } from '../../engine/run-rules';
import type { FileHost } from '../../base/host/file-host';
import type { Finding } from '../../base/model/finding';
import { formatMessage, type MessageData } from '../../base/l10n/format-message';
import { ENGINE_MESSAGES } from '../../base/l10n/engine-messages';
import { ModelStore } from '../../engine/models';
import { analyzeWithFormat } from '../../engine/pipeline';
import { kubernetesFormat } from '../kubernetes/format';
import { baseOf, chartFiles, chartObject, norm } from './chart';
import { incompleteDocuments, lineRange, placeFinding } from './place-findings';
import type { Scope } from './expr';
import { collectDefines, renderTemplate, rootScope, type Defines, type NotFollowed, type Rendered } from './render';
import { loadValues, type ChartValues } from './values';
import { RenderedWorkloads, valuesFieldFix } from './values-fix';

export interface ChartTemplateResult {
  path: string;
  rendered: Rendered;
  /** The YAML the reader produced (what the rules saw). */
  text: string;
}

export interface ChartAnalysis {
  root: string;
  /** Chart.yaml as read (empty when unreadable). */
  chart: Record<string, unknown>;
  values: ChartValues;
  templates: ChartTemplateResult[];
  /** Findings by file (templates and values files). */
  byFile: Map<string, Finding[]>;
  ruleErrors: RuleError[];
}

const cache = new WeakCache<ContainmentConfig, Map<string, ChartAnalysis>>('helm/analyze-chart cache');

export function analyzeChart(root: string, config: ContainmentConfig, host: FileHost): ChartAnalysis {
  const files = chartFiles(norm(root), config, host);
  const valueTexts = files.valuesFiles.map((path) => ({ path, text: host.readFile(path) }));
  const templateTexts = files.templates.map((path) => ({ path, text: host.readFile(path) ?? '' }));
  const helperTexts = files.helpers.map((path) => host.readFile(path) ?? '');
  const key = JSON.stringify([files.chart, valueTexts, templateTexts, helperTexts]);
  let perConfig = cache.get(config);
  if (!perConfig) cache.set(config, (perConfig = new Map()));
  const known = perConfig.get(key);
  if (known) return known;
  const values = loadValues(valueTexts);
  const analysis: ChartAnalysis = { root: files.root, chart: files.chart, values, templates: [], byFile: new Map(), ruleErrors: [] };
  const defines: Defines = new Map();
  for (const text of [...helperTexts, ...templateTexts.map((t) => t.text)]) collectDefines(text, defines);
  const scope = rootScope(values.root, chartObject(files.chart), defines);
  for (const t of templateTexts) analyzeTemplate(t.path, t.text, values, scope, config, host, analysis);
  if (perConfig.size >= 16) perConfig.delete(perConfig.keys().next().value!);
  perConfig.set(key, analysis);
  return analysis;
}

function push(analysis: ChartAnalysis, path: string, f: Finding): void {
  const list = analysis.byFile.get(path);
  if (list) list.push(f);
  else analysis.byFile.set(path, [f]);
}

function analyzeTemplate(path: string, text: string, values: ChartValues, scope: Scope, config: ContainmentConfig, host: FileHost, analysis: ChartAnalysis): void {
  const rendered = renderTemplate(text, { ...scope, vars: new Map() });
  const renderedText = rendered.lines.map((l) => l.text).join('\n');
  analysis.templates.push({ path, rendered, text: renderedText });
  if (rendered.unparsable) return note(analysis, path, config, 'unbalanced', undefined, 0);
  const models = new ModelStore(); // the values fixes read the models the findings came from
  const result = analyzeWithFormat(kubernetesFormat, renderedText, path, config, host, models);
  analysis.ruleErrors.push(...result.ruleErrors);
  const incomplete = incompleteDocuments(rendered.lines, rendered.notFollowed);
  let syntaxError = false;
  const workloads = new RenderedWorkloads(renderedText, path, host, models);
  for (const f of result.findings) {
    if (f.rule === 'yaml-syntax' || f.rule === helmTemplateRule.id) {
      syntaxError = true;
      continue;
    }
    const place = placeFinding(f, rendered, values, incomplete);
    if (!place) continue;
    const templateRange = lineRange(place.templateLine, text.split('\n')[place.templateLine] ?? '');
    const { fix: _fix, related: _related, ...rest } = f;
    if (place.origin) {
      // the finding reads the same as on a manifest; it sits on the values key, the template line is where it is used
      const data = { key: place.origin.key, template: baseOf(path) };
      const related = [{ path, range: templateRange, message: formatMessage(ENGINE_MESSAGES['engine.helmValueUsedBy'], data), messageId: 'engine.helmValueUsedBy', data }];
      const valuesText = place.wholeField ? host.readFile(place.origin.path) : undefined;
      const fix = valuesText !== undefined ? valuesFieldFix(place.wholeField!, place.origin.key, valuesText, workloads, f.range.start.line, config) : undefined;
      push(analysis, place.origin.path, { ...rest, range: place.origin.range, related, ...(fix ? { fix } : {}) });
    } else {
      push(analysis, path, { ...rest, range: templateRange });
    }
  }
  noteNotFollowed(analysis, path, config, rendered.notFollowed);
  if (syntaxError) note(analysis, path, config, 'outputNotYaml', undefined, 0);
}

const LISTED = 6;

function noteNotFollowed(analysis: ChartAnalysis, path: string, config: ContainmentConfig, notFollowed: NotFollowed[]): void {
  if (!notFollowed.length) return;
  const constructs = [...new Set(notFollowed.map((n) => `${n.what} (${n.templateLine + 1})`))];
  const listed = constructs.slice(0, LISTED).join(', ');
  const line = notFollowed[0].templateLine;
  if (constructs.length > LISTED) note(analysis, path, config, 'notFollowedMore', { constructs: listed, more: constructs.length - LISTED }, line);
  else note(analysis, path, config, 'notFollowed', { constructs: listed }, line);
}

function note(analysis: ChartAnalysis, path: string, config: ContainmentConfig, messageId: string, data: MessageData | undefined, line: number): void {
  if (!isRuleEnabled(helmTemplateRule, config)) return;
  const setting = configuredSetting(helmTemplateRule, config);
  push(analysis, path, {
    rule: helmTemplateRule.id,
    aliases: helmTemplateRule.aliases,
    category: helmTemplateRule.category,
    severity: setting && setting !== 'off' ? setting : helmTemplateRule.severity,
    message: formatMessage(helmTemplateRule.messages![messageId], data),
    messageId,
    ...(data ? { data } : {}),
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
  });
}
