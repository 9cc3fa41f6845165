/**
 * Markdown rendering of the trade-off report, for pull-request comments and job summaries. Same model, same strings as
 * the HTML renderer; every file-derived string goes through escapeMarkdown (HTML-escaped as well, since PR hosts
 * render embedded HTML).
 */
import type { Location, ProjectModel, Workload } from '../project/model';
import { NAMESPACES, RUNTIMES, VERDICTS } from '../project/model';
import { escapeMarkdown as md } from './escape';
import { chartMarkdown } from './render-chart';
import { decisionLines, workloadsByVerdict } from './render-decisions';
import { kernelLabel, namespaceCell } from './namespace-cells';
import { projectFacts, sharingNamespace } from './render-explainer';
import { reasonText } from './render-html';
import { stringsFor, type Lang, type Strings } from './strings';

/** `[path:line](path#Lnn)`: a link that opens the line on GitHub/GitLab when the report sits at the repository root. */
function loc(l: Location | undefined): string {
  if (!l) return '';
  const line = Math.max(1, Math.floor(Number(l.line) || 1));
  const target = encodeURI(l.path.replace(/[\r\n]/g, ' ')).replace(/[()[\]`'"<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${md(`${l.path}:${line}`)}](./${target}#L${line})`;
}

const VERDICT_MARK = { vm: '⛔', sandbox: '🧪', 'host-agent': '🛠️', harden: '⚠️', container: '✅' } as const;
const WEIGHT_MARK = { vm: '⛔', sandbox: '🧪', 'host-agent': '🛠️', harden: '⚠️', info: 'ℹ️', good: '✅' } as const;
const FIT_MARK = { yes: '✅', caveat: '⚠️', no: '⛔' } as const;

export function renderMarkdown(model: ProjectModel, options: { lang?: Lang | string } = {}): string {
  const s = stringsFor(options.lang);
  const sum = model.summary;
  const out: string[] = [];
  out.push(`# ${md(s.title)}`, '', `_${md(s.subtitle(model.name))}_`, '');
  out.push(`## ${md(s.fit.decisionsHeading)}`, '');
  const groups = workloadsByVerdict(model).slice(0, 3);
  if (!groups.length) out.push(md(s.fit.noDecisions), '');
  groups.flatMap((g) => decisionLines(s, g).map((line) => ({ g, line }))).forEach(({ g, line }, i) => out.push(`${i + 1}. **${md(s.verdict[g.verdict])}** — ${md(line.text)}`));
  if (groups.length) out.push('');
  out.push(`## ${md(s.glance)}`, '');
  out.push(`| ${md(s.workloads)} | ${VERDICTS.map((v) => md(s.verdict[v])).join(' | ')} | ${md(s.memoryLimit)} | ${md(s.cpuRequest)} | ${md(s.nonRoot)} |`);
  out.push(`|${'---:|'.repeat(VERDICTS.length + 4)}`);
  out.push(`| ${sum.workloads} | ${VERDICTS.map((v) => sum.verdicts[v]).join(' | ')} | ${sum.withMemoryLimit} | ${sum.withCpuRequest} | ${sum.nonRoot} |`, '');
  const k8s = sum.pss.privileged + sum.pss.baseline + sum.pss.restricted;
  if (k8s) out.push(`${md(s.pssLabel)}: ${md(s.pss.restricted)} ${sum.pss.restricted} · ${md(s.pss.baseline)} ${sum.pss.baseline} · ${md(s.pss.privileged)} ${sum.pss.privileged}`, '');
  if (model.images.length) {
    const c = s.imageCols;
    out.push(`### ${md(s.images)}`, '', `| ${md(c.image)} | ${md(c.os)} | ${md(c.size)} | ${md(c.eol)} | ${md(c.user)} | ${md(c.source)} |`, '|---|---|---|---|---|---|');
    for (const img of model.images) {
      const eol = img.releases.map((r) => `${md(r.label)}${r.eol ? ` ${md(r.eol)}` : ''}${r.pastEol ? ' ⚠' : ''}`).join('<br>') || '—';
      out.push(`| ${md(img.ref)} | ${md(s.osFamily[img.osFamily])} | ${md(s.sizeClass(img.sizeClass))} | ${eol} | ${md(img.finalUser ?? s.tristate.unknown)} | ${loc(img.location)} |`);
    }
    out.push('');
  }
  out.push(`## ${md(s.workloadsHeading)}`, '');
  if (!model.workloads.length) out.push(md(s.noWorkloads), '');
  for (const g of workloadsByVerdict(model)) {
    out.push(`### ${VERDICT_MARK[g.verdict]} ${md(s.verdict[g.verdict])} (${g.workloads.length})`, '', `_${md(s.verdictHint[g.verdict])}_`, '');
    for (const w of g.workloads) out.push(...workloadSection(s, w, model.hostOs));
  }
  out.push(...explainer(s, model));
  out.push(`## ${md(s.nextHeading)}`, '');
  const steps = model.nextSteps.filter((st) => s.action[st.code]);
  if (!model.workloads.length) out.push(md(s.noWorkloads));
  else if (!steps.length) out.push(md(s.nothingToDo));
  steps.forEach((st, i) => {
    out.push(`${i + 1}. ${md(s.action[st.code])}`);
    out.push(`   ${md(s.affects)}: ${st.workloads.map((w) => `${md(w.name)} ${loc(w.location)}`).join(', ')}`);
  });
  out.push('', `<sub>${md(s.generatedBy)}</sub>`, '');
  return out.join('\n');
}

function workloadSection(s: Strings, w: Workload, hostOs: ProjectModel['hostOs']): string[] {
  const out: string[] = [];
  out.push(`#### ${md(w.name)} — ${md(s.verdict[w.verdict])}`, '');
  out.push(`${md(w.platform === 'compose' ? s.composeService : w.kind)} · ${loc(w.location)} · ${md(s.kernelRow)}: ${md(kernelLabel(s, w, hostOs))}${w.isolation.pss ? ` · ${md(s.pssLabel)}: ${md(s.pss[w.isolation.pss])}` : ''}`, '');
  if (w.chart) out.push(...chartMarkdown(s, w.chart, loc));
  const inits = w.containers.filter((c) => c.init).map((c) => c.name);
  if (inits.length) out.push(`${md(s.initTag)}: ${inits.map(md).join(', ')}`, '');
  for (const r of w.reasons) out.push(`- ${WEIGHT_MARK[r.weight]} ${md(reasonText(s, r))}${r.severity ? ` (${md(s.severityTag(r.severity))})` : ''} ${loc(r.location)}`);
  out.push('', `| ${md(s.fit.colRuntime)} | ${md(s.fit.colFit)} | ${md(s.fit.colStartup)} | ${md(s.fit.colOverhead)} |`, '|---|---|---|---|');
  for (const rt of RUNTIMES) {
    const cell = w.fit[rt];
    const why = cell.reasons.map((r) => `${md(s.fit.reason(rt, r.code, r.params))} ${loc(r.location)}`.trim()).join('<br>');
    const cost = cell.cost;
    out.push(`| ${md(s.fit.runtime[rt])} | ${FIT_MARK[cell.level]} ${md(s.fit.level[cell.level])}${why ? `<br>${why}` : ''} | ${md(s.fit.startup(cost.startupMs[0], cost.startupMs[1]))} | ${md(s.fit.overhead(cost.overheadMiB[0], cost.overheadMiB[1], cost.overheadPctOfLimit))} |`);
  }
  out.push('', `| ${md(s.colPart)} | ${md(s.colState)} | ${md(s.colWhy)} |`, '|---|---|---|');
  for (const n of NAMESPACES) {
    if (n === 'user' && w.osFamily === 'windows') continue;
    const cell = namespaceCell(s, w, n, hostOs);
    out.push(`| ${md(s.namespace[n])} | ${md(cell.label)} | ${md(cell.why)} ${loc(w.isolation.namespaces[n].location)} |`);
  }
  out.push('');
  return out;
}

/** The "VM vs container" explainer in text: this project's workloads as examples, then the general ground. */
function explainer(s: Strings, model: ProjectModel): string[] {
  const out: string[] = [`## ${md(s.explainHeading)}`, ''];
  for (const line of s.inThisProject(projectFacts(model))) out.push(`- ${md(line)}`);
  out.push('', `| ${md(s.aspect)} | ${md(s.vm)} | ${md(s.container)} | ${md(s.sandboxCol)} |`, '|---|---|---|---|');
  for (const row of s.rows) out.push(`| ${row.map(md).join(' | ')} |`);
  out.push('');
  const section = (heading: string, paras: readonly string[]) => out.push(`### ${md(heading)}`, '', ...paras.flatMap((p) => [md(p), '']));
  section(s.hypervisorsHeading, s.hypervisors);
  section(s.nsHeading, [s.nsIntro]);
  for (const n of NAMESPACES) {
    const sharing = sharingNamespace(model, n);
    out.push(`- **${md(s.namespace[n])}**: ${md(s.nsExplain[n])}${sharing ? ` **→ ${md(sharing)}**` : ''}`);
  }
  out.push('', md(s.cgroupsIntro), '', ...s.cgroupsItems.map((t) => `- ${md(t)}`), '');
  section(s.sandboxHeading, s.sandboxText);
  section(s.fit.microvmHeading, s.fit.microvmText);
  section(s.fit.managedHeading, s.fit.managedText);
  section(s.fit.confidentialHeading, s.fit.confidentialText);
  section(s.hybridHeading, [...s.hybridText, s.windowsText]);
  out.push(`_${md(s.fit.labelDoc)}_`, '');
  return out;
}
