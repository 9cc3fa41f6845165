/**
 * The decision parts of the HTML report: the decisions at the top of the page, the CSS-only verdict filter (radio
 * inputs + :checked selectors, so the standalone file stays script-free) and the runtime fit matrix on each card.
 * Same escaping rules as render-html.ts: every file-derived string goes through escapeHtml.
 */
import type { Location, ProjectModel, Verdict, Workload } from '../project/model';
import { RUNTIMES, VERDICTS } from '../project/model';
import { escapeHtml as esc } from './escape';
import type { Strings } from './strings';

export interface VerdictGroup {
  verdict: Verdict;
  workloads: Workload[];
}

/** Workloads grouped by verdict, most consequential first; empty groups left out. */
export function workloadsByVerdict(model: ProjectModel): VerdictGroup[] {
  return VERDICTS.map((verdict) => ({ verdict, workloads: model.workloads.filter((w) => w.verdict === verdict) })).filter((g) => g.workloads.length > 0);
}

/**
 * What to decide for one verdict group, in one or two sentences with the names they concern. Sandbox groups name
 * only the runtimes that fit every workload in them, and say "keep" for those already under gVisor or Kata.
 */
export function decisionLines(s: Strings, g: VerdictGroup): Array<{ text: string; workloads: Workload[] }> {
  const names = (ws: Workload[]) => namesOnce(ws.map((w) => w.name));
  if (g.verdict !== 'sandbox') return [{ text: s.fit.decision[g.verdict](names(g.workloads)), workloads: g.workloads }];
  const inSandbox = (w: Workload) => w.isolation.kernel.mode === 'user-space-kernel' || w.isolation.kernel.mode === 'guest-kernel';
  const move = g.workloads.filter((w) => !inSandbox(w));
  const keep = g.workloads.filter(inSandbox);
  const lines: Array<{ text: string; workloads: Workload[] }> = [];
  if (move.length) {
    const gvisor = move.every((w) => w.fit.gvisor.level !== 'no');
    const kata = move.every((w) => w.fit.kata.level !== 'no');
    lines.push({ text: s.fit.sandboxDecision(names(move), gvisor || !kata, kata), workloads: move });
  }
  if (keep.length) lines.push({ text: s.fit.keepSandboxed(names(keep)), workloads: keep });
  return lines;
}

/** Names in first-seen order, each once; a name several files define (Compose overrides, variants) gets ×n. */
export function onceEach(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n} ×${c}` : n));
}

export function namesOnce(names: string[]): string {
  return onceEach(names).join(', ');
}

/** The three decisions that matter most (vm, sandbox, host-agent first), each with the workloads it concerns. */
export function renderDecisions(model: ProjectModel, s: Strings, loc: (l: Location | undefined) => string): string {
  const out = [`<section id="decide" class="decide" aria-labelledby="decide-h"><h2 id="decide-h">${esc(s.fit.decisionsHeading)}</h2>`];
  const groups = workloadsByVerdict(model).slice(0, 3);
  if (!groups.length) {
    out.push(`<p class="empty">${esc(s.fit.noDecisions)}</p></section>`);
    return out.join('\n');
  }
  out.push('<ol class="decisions">');
  for (const g of groups) {
    for (const line of decisionLines(s, g)) {
      const links = line.workloads
        .slice(0, 12)
        .map((w) => `<li>${esc(w.name)} ${loc(w.location)}</li>`)
        .join('');
      const more = line.workloads.length > 12 ? `<li class="muted">${esc(s.fit.moreCards(line.workloads.length - 12))}</li>` : '';
      out.push(`<li class="decision decision-${g.verdict}"><p><strong class="verdict verdict-${g.verdict}">${esc(s.verdict[g.verdict])}</strong> ${esc(line.text)}</p><ul class="targets">${links}${more}</ul></li>`);
    }
  }
  out.push('</ol></section>');
  return out.join('\n');
}

/** Radio inputs that must precede `.groups` as siblings, so `#vf-x:checked ~ .groups` can filter without a script. */
export function renderFilterInputs(groups: VerdictGroup[]): string {
  return [
    '<input class="vf" type="radio" name="verdict-filter" id="vf-all" checked>',
    ...groups.map((g) => `<input class="vf" type="radio" name="verdict-filter" id="vf-${g.verdict}">`),
  ].join('');
}

export function renderFilterLabels(s: Strings, groups: VerdictGroup[]): string {
  const total = groups.reduce((n, g) => n + g.workloads.length, 0);
  const labels = [`<label for="vf-all" class="vf-label vf-label-all">${esc(s.fit.filterAll)} <span class="count">${total}</span></label>`];
  for (const g of groups) labels.push(`<label for="vf-${g.verdict}" class="vf-label vf-label-${g.verdict}">${esc(s.verdict[g.verdict])} <span class="count">${g.workloads.length}</span></label>`);
  return `<div class="vf-bar" role="group" aria-label="${esc(s.fit.filterLegend)}"><span class="muted">${esc(s.fit.filterLegend)}:</span> ${labels.join(' ')}</div>`;
}

export function renderFitMatrix(s: Strings, w: Workload, loc: (l: Location | undefined) => string): string {
  const f = s.fit;
  const rows = RUNTIMES.map((rt) => {
    const cell = w.fit[rt];
    const reasons = cell.reasons.length
      ? `<ul class="fit-reasons">${cell.reasons.map((r) => `<li>${esc(f.reason(rt, r.code, r.params))} ${loc(r.location)}</li>`).join('')}</ul>`
      : '';
    const cost = `${esc(f.startup(cell.cost.startupMs[0], cell.cost.startupMs[1]))}`;
    const overhead = esc(f.overhead(cell.cost.overheadMiB[0], cell.cost.overheadMiB[1], cell.cost.overheadPctOfLimit));
    return `<tr><th scope="row">${esc(f.runtime[rt])}</th><td><span class="fit fit-${cell.level}">${esc(f.level[cell.level])}</span>${reasons}</td><td>${cost}</td><td>${overhead}</td></tr>`;
  });
  return [
    '<div class="table-wrap"><table class="grid fitm">',
    `<caption>${esc(f.matrixCaption(w.name))}</caption>`,
    '<colgroup><col class="c-rt"><col class="c-fit"><col class="c-start"><col class="c-over"></colgroup>',
    `<thead><tr><th scope="col">${esc(f.colRuntime)}</th><th scope="col">${esc(f.colFit)}</th><th scope="col">${esc(f.colStartup)}</th><th scope="col">${esc(f.colOverhead)}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table></div>`,
    `<p class="muted small">${esc(f.costNote)}</p>`,
  ].join('');
}
