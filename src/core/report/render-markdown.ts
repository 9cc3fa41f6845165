/**
 * Markdown rendering of the trade-off report, for pull-request comments and job summaries. Same model, same strings as
 * the HTML renderer; every file-derived string goes through escapeMarkdown (HTML-escaped as well, since PR hosts
 * render embedded HTML).
 */
import type { Location, ProjectModel } from '../project/model';
import { NAMESPACES } from '../project/model';
import { escapeMarkdown as md } from './escape';
import { projectFacts, reasonText } from './render-html';
import { stringsFor, type Lang } from './strings';

function loc(l: Location | undefined): string {
  return l ? `\`${l.path.replace(/`/g, "'").replace(/[\r\n]/g, ' ').replace(/\|/g, '\\|')}:${l.line}\`` : '';
}

export function renderMarkdown(model: ProjectModel, options: { lang?: Lang | string } = {}): string {
  const s = stringsFor(options.lang);
  const sum = model.summary;
  const out: string[] = [];
  out.push(`# ${md(s.title)}`, '', `_${md(s.subtitle(model.name))}_`, '');
  out.push(`## ${md(s.glance)}`, '');
  out.push(`| ${md(s.workloads)} | ${md(s.verdict.fine)} | ${md(s.verdict.harden)} | ${md(s.verdict['sandbox-or-vm'])} | ${md(s.memoryLimit)} | ${md(s.cpuRequest)} | ${md(s.nonRoot)} |`);
  out.push('|---:|---:|---:|---:|---:|---:|---:|');
  out.push(`| ${sum.workloads} | ${sum.verdicts.fine} | ${sum.verdicts.harden} | ${sum.verdicts['sandbox-or-vm']} | ${sum.withMemoryLimit} | ${sum.withCpuRequest} | ${sum.nonRoot} |`, '');
  const k8s = sum.pss.privileged + sum.pss.baseline + sum.pss.restricted;
  if (k8s) out.push(`${md(s.pssLabel)}: ${md(s.pss.restricted)} ${sum.pss.restricted} · ${md(s.pss.baseline)} ${sum.pss.baseline} · ${md(s.pss.privileged)} ${sum.pss.privileged}`, '');
  for (const line of s.inThisProject(projectFacts(model))) out.push(`- ${md(line)}`);
  out.push('');
  if (model.images.length) {
    const c = s.imageCols;
    out.push(`### ${md(s.images)}`, '', `| ${md(c.image)} | ${md(c.os)} | ${md(c.size)} | ${md(c.eol)} | ${md(c.user)} | ${md(c.source)} |`, '|---|---|---|---|---|---|');
    for (const img of model.images) {
      const eol = img.releases.map((r) => `${md(r.label)}${r.eol ? ` ${md(r.eol)}` : ''}${r.pastEol ? ' ⚠' : ''}`).join('<br>') || '—';
      out.push(`| ${md(img.ref)} | ${md(img.osFamily)} | ${md(img.sizeClass)} | ${eol} | ${md(img.finalUser ?? s.tristate.unknown)} | ${loc(img.location)} |`);
    }
    out.push('');
  }
  out.push(`## ${md(s.workloadsHeading)}`, '');
  if (!model.workloads.length) out.push(md(s.noWorkloads), '');
  for (const w of model.workloads) {
    const icon = w.verdict === 'fine' ? '✅' : w.verdict === 'harden' ? '⚠️' : '⛔';
    out.push(`### ${icon} ${md(w.name)} — ${md(s.verdict[w.verdict])}`, '');
    out.push(`${md(w.platform === 'compose' ? 'Compose service' : w.kind)} · ${loc(w.location)} · ${md(s.kernelRow)}: ${md(s.kernel[w.isolation.kernel.mode])}${w.isolation.pss ? ` · ${md(s.pssLabel)}: ${md(s.pss[w.isolation.pss])}` : ''}`, '');
    for (const r of w.reasons) {
      const mark = r.weight === 'sandbox' ? '⛔' : r.weight === 'harden' ? '⚠️' : r.weight === 'good' ? '✅' : 'ℹ️';
      out.push(`- ${mark} ${md(reasonText(s, r))} ${loc(r.location)}`);
    }
    out.push('', `| ${md(s.colPart)} | ${md(s.colState)} | ${md(s.colWhy)} |`, '|---|---|---|');
    for (const n of NAMESPACES) {
      const st = w.isolation.namespaces[n];
      const why = st.why === 'default' ? (n === 'user' ? s.noUserNs : s.defaultWhy) : st.why;
      out.push(`| ${md(s.namespace[n])} | ${md(s.namespaceState[st.state])} | ${md(why)} ${loc(st.location)} |`);
    }
    out.push('');
  }
  out.push(`## ${md(s.nextHeading)}`, '');
  const steps = model.nextSteps.filter((st) => s.action[st.code]);
  if (!steps.length) out.push(md(s.nothingToDo));
  steps.forEach((st, i) => {
    out.push(`${i + 1}. ${md(s.action[st.code])}`);
    out.push(`   ${md(s.affects)}: ${st.workloads.map((w) => `${md(w.name)} ${loc(w.location)}`).join(', ')}`);
  });
  out.push('', `<sub>${md(s.generatedBy)}</sub>`, '');
  return out.join('\n');
}
