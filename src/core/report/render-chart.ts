/**
 * The Helm chart lines of a workload card, in HTML (panel and standalone report) and Markdown: the chart, the values
 * files read in the order they apply, and the template constructs the static reader did not follow.
 */
import type { ChartSource, Location, Workload } from '../project/model';
import { escapeHtml as esc, escapeMarkdown as md } from './escape';
import type { Strings } from './strings';

function unknownFields(s: Strings, chart: ChartSource): string {
  return chart.unknown.map((f) => s.chart.field[f] ?? f).join(', ');
}

export function chartHtml(s: Strings, chart: ChartSource, loc: (l: Location) => string): string {
  const files = chart.valuesFiles.map((f) => `<code>${esc(f)}</code>`).join(' → ');
  const out = [`<p class="chart-src"><span class="tag">${esc(s.chart.chart(chart.name))}</span> <span class="muted">${esc(s.chart.valuesFiles)}:</span> ${files}${chart.valuesFiles.length > 1 ? ` <span class="muted">(${esc(s.chart.laterWins)})</span>` : ''}</p>`];
  if (chart.notFollowed.length) {
    const items = chart.notFollowed.map((n) => `<code>${esc(n.what)}</code> ${loc(n.location)}`).join(', ');
    out.push(`<p class="chart-nf"><span class="muted">${esc(s.chart.notFollowed)}:</span> ${items} — ${esc(s.chart.notFollowedNote(unknownFields(s, chart)))}</p>`);
  }
  return out.join('');
}

export function chartMarkdown(s: Strings, chart: ChartSource, loc: (l: Location) => string): string[] {
  const files = chart.valuesFiles.map(md).join(' → ');
  const out = [`${md(s.chart.chart(chart.name))} · ${md(s.chart.valuesFiles)}: ${files}${chart.valuesFiles.length > 1 ? ` (${md(s.chart.laterWins)})` : ''}`, ''];
  if (chart.notFollowed.length) {
    const items = chart.notFollowed.map((n) => `${md(n.what)} ${loc(n.location)}`).join(', ');
    out.push(`${md(s.chart.notFollowed)}: ${items} — ${md(s.chart.notFollowedNote(unknownFields(s, chart)))}`, '');
  }
  return out;
}

/** True when the chart writes this setting through something not followed (the card says unknown, not "not set"). */
export function chartUnknown(w: Workload, field: 'resources' | 'image'): boolean {
  return !!w.chart?.unknown.includes(field);
}
