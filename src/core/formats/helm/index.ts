/** Entry for the Kubernetes analyser: the findings of a chart file (template or values file), or undefined. */
import type { ContainmentConfig } from '../../knowledge/config/config';
import type { RuleError } from '../../engine/run-rules';
import type { FileHost } from '../../base/host/file-host';
import type { Finding } from '../../base/model/finding';
import { analyzeChart } from './analyze-chart';
import { chartRootOfTemplate, chartRootOfValues, norm } from './chart';

export function chartFileFindings(path: string, text: string, config: ContainmentConfig, host: FileHost): { findings: Finding[]; ruleErrors: RuleError[] } | undefined {
  const root = chartRootOfTemplate(path, host) ?? chartRootOfValues(path, host);
  if (!root) return undefined;
  const file = norm(path);
  // the text being analysed wins over the disk (`--fix` passes, unsaved editor text)
  const own: FileHost = { roots: host.roots, readFile: (p) => (norm(p) === file ? text : host.readFile(p)), listDir: (p) => host.listDir(p) };
  const analysis = analyzeChart(root, config, own);
  const isTemplate = analysis.templates.some((t) => t.path === file);
  const isValues = analysis.values.files.includes(file);
  if (!isTemplate && !isValues) return { findings: [], ruleErrors: [] };
  return { findings: (analysis.byFile.get(file) ?? []).slice(), ruleErrors: isTemplate ? analysis.ruleErrors : [] };
}
