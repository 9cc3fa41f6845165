/**
 * The one renderer of the trade-off report, used by the VS Code panel (webview) and `containment report --format html`.
 * Pure string building. Rules: every file-derived string goes through escapeHtml; no inline event handlers, no inline
 * style attributes (the CSP forbids them), no javascript: URLs — locations are plain elements carrying data-path /
 * data-line that the panel script turns into "open file" messages; ids are generated, never taken from files.
 */
import type { Location, NamespaceName, ProjectModel, Reason, ReasonWeight, Verdict, Workload } from '../project/model';
import { NAMESPACES, VERDICTS } from '../project/model';
import { langOf } from '../base/l10n/lang';
import { localizedMessage } from '../base/l10n/rule-text';
import { kernelLabel, namespaceCell } from './namespace-cells';
import { chartHtml, chartUnknown } from './render-chart';
import { renderExplainer } from './render-explainer';
import { renderDecisions, renderFilterInputs, renderFilterLabels, renderFitMatrix, workloadsByVerdict } from './render-decisions';
import { escapeHtml as esc } from './escape';
import { stringsFor, type Lang, type Strings } from './strings';
import { REPORT_CSS } from './styles';

export interface RenderOptions {
  lang?: Lang | string;
  /** webview: locations are focusable links the panel script handles; standalone: plain text. */
  mode?: 'webview' | 'standalone';
}

export function renderReportBody(model: ProjectModel, options: RenderOptions = {}): string {
  const s = stringsFor(options.lang);
  const ctx: Ctx = { s, mode: options.mode ?? 'standalone', model };
  return [
    `<a class="skip" href="#main">${esc(s.skipToContent)}</a>`,
    `<header class="top"><h1>${esc(s.title)}</h1><p class="sub">${esc(s.subtitle(model.name))}</p>`,
    `<nav aria-label="${esc(s.nav)}"><ul class="toc">`,
    `<li><a href="#decide">${esc(s.fit.decisionsHeading)}</a></li><li><a href="#glance">${esc(s.glance)}</a></li><li><a href="#workloads">${esc(s.workloadsHeading)}</a></li>`,
    `<li><a href="#explain">${esc(s.explainHeading)}</a></li><li><a href="#next">${esc(s.nextHeading)}</a></li>`,
    `</ul></nav></header>`,
    `<main id="main">`,
    renderDecisions(model, s, (l) => loc(ctx, l)),
    renderGlance(ctx),
    renderWorkloads(ctx),
    renderExplainer(s, model),
    renderNextSteps(ctx),
    `</main>`,
    `<footer class="foot">${esc(s.generatedBy)}</footer>`,
  ].join('\n');
}

/** CSP for the standalone file: nothing may load; only the nonce'd style block applies; no script at all. */
export function standaloneCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** One self-contained HTML file: inline CSS (nonce'd) and inline SVG, a strict CSP, no external requests. */
export function renderStandaloneHtml(model: ProjectModel, options: RenderOptions & { nonce?: string } = {}): string {
  const s = stringsFor(options.lang);
  const nonce = options.nonce ?? randomNonce();
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(s.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(standaloneCsp(nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(s.title)} — ${esc(model.name)}</title>`,
    `<style nonce="${esc(nonce)}">${REPORT_CSS}</style>`,
    '</head>',
    `<body class="standalone">`,
    renderReportBody(model, { ...options, mode: 'standalone' }),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function randomNonce(): string {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { randomBytes } = require('crypto') as typeof import('crypto');
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

interface Ctx {
  s: Strings;
  mode: 'webview' | 'standalone';
  model: ProjectModel;
}

function loc(ctx: Ctx, location: Location | undefined): string {
  if (!location) return '';
  const label = `${location.path}:${location.line}`;
  const line = String(Math.max(1, Math.floor(Number(location.line) || 1)));
  if (ctx.mode === 'webview') {
    return `<a class="loc" href="#" data-path="${esc(location.path)}" data-line="${esc(line)}" title="${esc(ctx.s.openFile(location.path, Number(line)))}"><code>${esc(label)}</code></a>`;
  }
  return `<span class="loc" data-path="${esc(location.path)}" data-line="${esc(line)}"><code>${esc(label)}</code></span>`;
}

/* ------------------------------------------------------------------------------------------------------------- */
/* (1) at a glance                                                                                                */

function renderGlance(ctx: Ctx): string {
  const { s, model } = ctx;
  const sum = model.summary;
  const tiles = [
    [s.files, String(model.files.length), `Dockerfile ${sum.files.dockerfile} · Compose ${sum.files.compose} · Kubernetes ${sum.files.kubernetes}`],
    [s.workloads, String(sum.workloads), VERDICTS.map((v) => `${s.verdict[v]} ${sum.verdicts[v]}`).join(' · ')],
    [s.findings, String(sum.findings.error + sum.findings.warning + sum.findings.info), `error ${sum.findings.error} · warning ${sum.findings.warning} · info ${sum.findings.info}`],
  ];
  const out: string[] = [`<section id="glance" aria-labelledby="glance-h"><h2 id="glance-h">${esc(s.glance)}</h2>`];
  out.push('<div class="tiles">');
  for (const [label, value, detail] of tiles) out.push(`<div class="tile"><div class="tile-value">${esc(value)}</div><div class="tile-label">${esc(label)}</div><div class="tile-detail">${esc(detail)}</div></div>`);
  out.push('</div>');
  if (!model.workloads.length) out.push(`<p class="empty">${esc(s.noWorkloads)}</p>`);
  else out.push(renderChart(ctx));
  if (model.images.length) out.push(renderImages(ctx));
  out.push('</section>');
  return out.join('\n');
}

function renderChart(ctx: Ctx): string {
  const { s, model } = ctx;
  const sum = model.summary;
  const total = Math.max(1, sum.workloads);
  const k8s = sum.pss.privileged + sum.pss.baseline + sum.pss.restricted;
  const rows: Array<{ label: string; value: number; of: number }> = [
    { label: s.memoryLimit, value: sum.withMemoryLimit, of: sum.workloads },
    { label: s.cpuRequest, value: sum.withCpuRequest, of: sum.workloads },
    { label: s.nonRoot, value: sum.nonRoot, of: sum.workloads },
  ];
  const labelW = 170;
  const barW = 300;
  const rowH = 30;
  const height = rows.length * rowH + (k8s ? rowH + 26 : 0) + 6;
  const width = labelW + barW + 110;
  const parts: string[] = [];
  parts.push(`<figure class="chart"><svg role="img" aria-labelledby="chart-t chart-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title id="chart-t">${esc(s.chartTitle)}</title><desc id="chart-d">${esc(s.chartDesc)}</desc>`);
  rows.forEach((r, i) => {
    const y = i * rowH + 4;
    const w = Math.round((barW * r.value) / total);
    const cls = r.value === r.of ? 'bar-ok' : r.value === 0 ? 'bar-bad' : 'bar-warn';
    parts.push(`<text class="ch-label" x="0" y="${y + 15}">${esc(r.label)}</text>`);
    parts.push(`<rect class="bar-bg" x="${labelW}" y="${y}" width="${barW}" height="20" rx="3"></rect>`);
    if (w > 0) parts.push(`<rect class="${cls}" x="${labelW}" y="${y}" width="${w}" height="20" rx="3"></rect>`);
    parts.push(`<text class="ch-value" x="${labelW + barW + 8}" y="${y + 15}">${esc(s.of(r.value, r.of))}</text>`);
  });
  if (k8s) {
    const y = rows.length * rowH + 4;
    parts.push(`<text class="ch-label" x="0" y="${y + 15}">${esc(s.pssLabel)}</text>`);
    parts.push(`<rect class="bar-bg" x="${labelW}" y="${y}" width="${barW}" height="20" rx="3"></rect>`);
    let x = labelW;
    const legend: string[] = [];
    let lx = labelW;
    for (const [level, cls] of [['restricted', 'bar-ok'], ['baseline', 'bar-warn'], ['privileged', 'bar-bad']] as const) {
      const n = sum.pss[level];
      const w = Math.round((barW * n) / k8s);
      if (w > 0) parts.push(`<rect class="${cls}" x="${x}" y="${y}" width="${w}" height="20"></rect>`);
      x += w;
      const text = `${s.pss[level]} ${n}`;
      legend.push(`<rect class="${cls}" x="${lx}" y="${y + 27}" width="10" height="10" rx="2"></rect><text class="ch-legend" x="${lx + 14}" y="${y + 36}">${esc(text)}</text>`);
      lx += 14 + text.length * 7 + 16;
    }
    parts.push(`<text class="ch-value" x="${labelW + barW + 8}" y="${y + 15}">${esc(s.of(k8s, sum.workloads))}</text>`);
    parts.push(...legend);
  }
  parts.push('</svg></figure>');
  return parts.join('');
}

function renderImages(ctx: Ctx): string {
  const { s, model } = ctx;
  const c = s.imageCols;
  const rows = model.images.map((img) => {
    const eol = img.releases.length
      ? img.releases.map((r) => `<span class="${r.pastEol ? 'eol-past' : ''}">${esc(r.label)}${r.eol ? ` · ${esc(r.eol)}` : ''}${r.pastEol ? ' ⚠' : ''}</span>`).join('<br>')
      : '—';
    const size = `${esc(s.sizeClass(img.sizeClass))}${img.approxSizeMb !== undefined ? ` · ~${esc(img.approxSizeMb)} MB` : ''}`;
    const user = img.finalUser ? esc(img.finalUser) : esc(s.tristate.unknown);
    const source = img.built ? `${esc(s.builtFrom)} ${loc(ctx, img.location)}` : `${esc(s.pulled)} · ${loc(ctx, img.location)}`;
    const cut = (text: string, inner: string) => `<span class="cut" title="${esc(text)}">${inner}</span>`;
    return `<tr><th scope="row">${cut(img.ref, `<code>${esc(img.ref)}</code>`)}</th><td>${esc(s.osFamily[img.osFamily])}${img.windowsVariant ? ` (${esc(img.windowsVariant)})` : ''}</td><td>${size}</td><td class="eol">${eol}</td><td>${cut(img.finalUser ?? '', user)}</td><td>${cut(`${img.location.path}:${img.location.line}`, source)}</td></tr>`;
  });
  return [
    `<h3>${esc(s.images)}</h3>`,
    '<div class="table-wrap"><table class="grid images">',
    '<colgroup><col class="c-image"><col class="c-os"><col class="c-size"><col class="c-eol"><col class="c-user"><col class="c-where"></colgroup>',
    `<thead><tr><th scope="col">${esc(c.image)}</th><th scope="col">${esc(c.os)}</th><th scope="col">${esc(c.size)}</th><th scope="col">${esc(c.eol)}</th><th scope="col">${esc(c.user)}</th><th scope="col">${esc(c.source)}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table></div>`,
  ].join('\n');
}

/* ------------------------------------------------------------------------------------------------------------- */
/* (2) one card per workload                                                                                       */

function renderWorkloads(ctx: Ctx): string {
  const { s, model } = ctx;
  const out = [`<section id="workloads" aria-labelledby="workloads-h"><h2 id="workloads-h">${esc(s.workloadsHeading)}</h2>`];
  if (!model.workloads.length) {
    out.push(`<p class="empty">${esc(s.noWorkloads)}</p></section>`);
    return out.join('\n');
  }
  const groups = workloadsByVerdict(model);
  out.push(renderFilterInputs(groups), renderFilterLabels(s, groups), '<div class="groups">');
  let index = 0;
  for (const g of groups) {
    out.push(`<section class="group group-${g.verdict}" aria-labelledby="g-${g.verdict}-h"><h3 id="g-${g.verdict}-h">${verdictBadge(s, g.verdict)} <span class="count">${g.workloads.length}</span></h3>`);
    out.push(`<p class="muted">${esc(s.verdictHint[g.verdict])}</p>`);
    g.workloads.forEach((w, k) => out.push(renderCard(ctx, w, index++, k < OPEN_PER_GROUP)));
    out.push('</section>');
  }
  out.push('</div></section>');
  return out.join('\n');
}

/** Cards shown open in each verdict group; the rest start collapsed. */
const OPEN_PER_GROUP = 3;

type IconKind = 'good' | 'harden' | 'sandbox' | 'info';

const WEIGHT_ICON: Record<ReasonWeight, IconKind> = { vm: 'sandbox', sandbox: 'sandbox', 'host-agent': 'info', harden: 'harden', info: 'info', good: 'good' };
const VERDICT_ICON: Record<Verdict, IconKind> = { vm: 'sandbox', sandbox: 'sandbox', 'host-agent': 'info', harden: 'harden', container: 'good' };

/** Small inline SVG icons (no icon font needed, colour from currentColor). */
function icon(kind: IconKind): string {
  const body =
    kind === 'good'
      ? '<circle cx="8" cy="8" r="7" fill="currentColor"></circle><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="var(--c-bg)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"></path>'
      : kind === 'harden'
        ? '<path d="M8 1.2l7 12.8H1z" fill="currentColor"></path><path d="M8 5.6v4.2" stroke="var(--c-bg)" stroke-width="1.7" stroke-linecap="round"></path><circle cx="8" cy="12" r="0.95" fill="var(--c-bg)"></circle>'
        : kind === 'sandbox'
          ? '<path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor"></path><path d="M5.2 8h5.6" stroke="var(--c-bg)" stroke-width="1.9" stroke-linecap="round"></path>'
          : '<circle cx="8" cy="8" r="7" fill="currentColor"></circle><path d="M8 7.2v4.3" stroke="var(--c-bg)" stroke-width="1.7" stroke-linecap="round"></path><circle cx="8" cy="4.7" r="0.95" fill="var(--c-bg)"></circle>';
  return `<svg class="ic ic-${kind}" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">${body}</svg>`;
}

export function verdictBadge(s: Strings, v: Verdict): string {
  return `<span class="verdict verdict-${v}">${icon(VERDICT_ICON[v])} ${esc(s.verdict[v])}</span>`;
}

/** What a container runs: its image (and the Dockerfile it is built from), or only the Dockerfile of a build-only service. */
function containerSource(s: Strings, c: Workload['containers'][number], unknownImage = false): string {
  const built = c.dockerfile ? `${esc(s.builtFrom)} <code>${esc(c.dockerfile)}</code>` : '';
  if (!c.image) return built ? `<span class="muted">${built}</span>` : `<span class="muted">${esc(unknownImage ? s.chart.unknownValue : s.notSet)}</span>`;
  return `<code>${esc(c.image)}</code>${built ? ` <span class="muted">(${built})</span>` : ''}`;
}

function renderCard(ctx: Ctx, w: Workload, index: number, open: boolean): string {
  const { s } = ctx;
  const id = `w${index}`;
  const iso = w.isolation;
  const p = iso.privileges;
  const cg = iso.cgroups;
  const kind = w.platform === 'compose' ? s.composeService : w.platform === 'docker' ? 'Dockerfile' : w.kind;
  const out: string[] = [];
  out.push(`<article class="card card-${w.verdict}" id="${id}" aria-labelledby="${id}-h"><details class="card-d"${open ? ' open' : ''}>`);
  out.push(`<summary class="card-head"><h4 id="${id}-h">${esc(w.name)}</h4><span class="kind">${esc(kind)}${w.namespace ? ` · ${esc(w.namespace)}` : ''}</span>${verdictBadge(s, w.verdict)}</summary>`);
  out.push(`<p class="where">${loc(ctx, w.location)}</p>`);
  if (w.chart) out.push(chartHtml(s, w.chart, (l) => loc(ctx, l)));
  if (w.containers.length) {
    out.push(`<p class="containers"><span class="muted">${esc(s.containers)}:</span> `);
    out.push(
      w.containers
        .map((c) => `<span class="ctr"><code>${esc(c.name)}</code>${c.init ? ` <span class="tag">${esc(s.initTag)}</span>` : ''} → ${containerSource(s, c, chartUnknown(w, 'image'))}</span>`)
        .join(', '),
    );
    out.push('</p>');
  }
  // reasons
  const reasons = w.reasons;
  if (reasons.length) {
    out.push(`<h4>${esc(s.reasons)}</h4><ul class="reasons">`);
    for (const r of reasons) out.push(renderReason(ctx, r));
    out.push('</ul>');
  }
  out.push(renderFitMatrix(s, w, (l) => loc(ctx, l)));
  // namespaces table
  out.push('<div class="cols"><div class="table-wrap">');
  out.push(`<table class="grid ns"><caption>${esc(s.profileCaption(w.name))}</caption>`);
  out.push(`<thead><tr><th scope="col">${esc(s.colPart)}</th><th scope="col">${esc(s.colState)}</th><th scope="col">${esc(s.colWhy)}</th></tr></thead><tbody>`);
  const kernelState = iso.kernel.mode === 'shared' || iso.kernel.mode === 'windows-process' ? 'partial' : 'isolated';
  out.push(`<tr><th scope="row">${esc(s.kernelRow)}</th><td><span class="state state-${kernelState}">${esc(kernelLabel(s, w, ctx.model.hostOs))}</span></td><td>${iso.kernel.runtime ? `<code>${esc(iso.kernel.runtime)}</code> ` : ''}${loc(ctx, iso.kernel.location)}</td></tr>`);
  const windows = w.osFamily === 'windows';
  for (const n of NAMESPACES) if (!(windows && n === 'user')) out.push(renderNsRow(ctx, w, n));
  out.push('</tbody></table></div>');
  // privileges + cgroups
  const yn = (b: boolean | undefined, unsetText = s.notSet) => (b === undefined ? esc(unsetText) : esc(b ? s.yes : s.no));
  out.push('<div class="facts">');
  out.push(`<h4>${esc(s.privileges)}</h4><dl class="kv">`);
  out.push(`<dt>${esc(s.root)}</dt><dd><span class="state state-${p.root === 'no' ? 'isolated' : p.root === 'yes' ? 'shared' : 'partial'}">${esc((windows ? s.rootStateWindows : s.rootState)[p.root])}</span> <span class="muted">(${esc(s.rootBasis(p.rootBasis.code, p.rootBasis.params))})</span> ${loc(ctx, p.rootLocation)}</dd>`);
  out.push(`<dt>${esc(s.privileged)}</dt><dd>${yn(p.privileged)}</dd>`);
  // capabilities, seccomp and pids limits are Linux kernel features: a Windows card leaves them off
  if (!windows) out.push(`<dt>${esc(s.addedCaps)}</dt><dd>${p.addedCaps.length ? p.addedCaps.map((c) => `<code>${esc(c)}</code>`).join(' ') : esc(s.none)}${p.droppedAll ? ' <span class="muted">(drop: ALL)</span>' : ''}</dd>`);
  if (!windows) {
    out.push(`<dt>${esc(s.escalation)}</dt><dd>${yn(p.allowPrivilegeEscalation)}</dd>`);
    out.push(`<dt>${esc(s.seccomp)}</dt><dd>${p.privileged ? esc(s.seccompOffPrivileged) : `<code>${esc(p.seccomp)}</code>`}</dd>`);
  }
  out.push(`<dt>${esc(s.readOnlyRoot)}</dt><dd>${yn(p.readOnlyRootFilesystem)}</dd>`);
  out.push('</dl>');
  const val = (v: string | undefined) => (v ? `<code>${esc(v)}</code>` : chartUnknown(w, 'resources') ? `<span class="muted">${esc(s.chart.unknownValue)}</span>` : cg.decidedAtRunTime ? `<span class="muted">${esc(s.atRunTime)}</span>` : `<span class="missing">${esc(s.notSet)}</span>`);
  out.push(`<h4>${esc(windows ? s.limitsWindows : s.cgroups)}</h4><dl class="kv">`);
  const at = (k: 'memoryLimit' | 'cpuRequest' | 'cpuLimit') => (cg.locations?.[k] ? ` ${loc(ctx, cg.locations[k])}` : '');
  out.push(`<dt>${esc(s.memory)}</dt><dd>${val(cg.memoryLimit)}${at('memoryLimit')}</dd>`);
  if (w.platform === 'kubernetes') out.push(`<dt>${esc(s.cpuReq)}</dt><dd>${val(cg.cpuRequest)}${at('cpuRequest')}</dd>`);
  // CPU and pids limits are opt-in policies: an unset one is a fact, not a problem
  const optional = (v: string | undefined) => (v ? `<code>${esc(v)}</code>` : `<span class="muted">${esc(cg.decidedAtRunTime ? s.atRunTime : s.notSet)}</span>`);
  out.push(`<dt>${esc(s.cpuLim)}</dt><dd>${optional(cg.cpuLimit)}${at('cpuLimit')}</dd>`);
  if (w.platform !== 'kubernetes' && !windows) out.push(`<dt>${esc(s.pids)}</dt><dd>${optional(cg.pidsLimit)}</dd>`);
  if (cg.qos) out.push(`<dt>${esc(s.qos)}</dt><dd>${esc(cg.qos)}</dd>`);
  if (iso.pss) out.push(`<dt>${esc(s.pssLabel)}</dt><dd><span class="pss pss-${iso.pss}">${esc(s.pss[iso.pss])}</span></dd>`);
  out.push('</dl></div></div>');
  if (w.findings.length) {
    out.push(`<details class="findings"><summary>${esc(s.ruleFindings(w.findings.length))}</summary><ul>`);
    for (const f of w.findings.slice(0, 50)) {
      out.push(`<li><span class="sev sev-${esc(f.severity)}">${esc(s.severity[f.severity])}</span> <code>${esc(f.rule)}</code> ${esc(localizedMessage(f, langOf(s.lang)))} ${loc(ctx, f.location)}</li>`);
    }
    out.push('</ul></details>');
  }
  out.push('</details></article>');
  return out.join('');
}

function renderNsRow(ctx: Ctx, w: Workload, n: NamespaceName): string {
  const { s } = ctx;
  const cell = namespaceCell(s, w, n, ctx.model.hostOs);
  const st = w.isolation.namespaces[n];
  return `<tr><th scope="row">${esc(s.namespace[n])}</th><td><span class="state state-${cell.cls}">${esc(cell.label)}</span></td><td><span class="${cell.isDefault ? 'muted' : ''}">${esc(cell.why)}</span> ${loc(ctx, st.location)}</td></tr>`;
}

/** Localized reason text; the root-user reasons rebuild their `why` from the structured basis. */
export function reasonText(s: Strings, r: Reason): string {
  const format = s.reason[r.code];
  if (!format) return r.message;
  if (r.params.basis) {
    const basisParams = Object.fromEntries(Object.entries(r.params).filter(([k]) => k.startsWith('b_')).map(([k, v]) => [k.slice(2), v]));
    return format({ ...r.params, why: s.rootBasis(r.params.basis, basisParams) });
  }
  return format(r.params);
}

function renderReason(ctx: Ctx, r: Reason): string {
  const { s } = ctx;
  const text = reasonText(s, r);
  const sev = r.severity ? ` <span class="sev sev-${esc(r.severity)}">${esc(s.severityTag(r.severity))}</span>` : '';
  return `<li class="reason reason-${r.weight}"><span class="wt">${icon(WEIGHT_ICON[r.weight])}</span><span class="sr">${esc(s.weight[r.weight])}: </span><span class="rtext">${esc(text)}${sev}</span> ${loc(ctx, r.location)}</li>`;
}

/* ------------------------------------------------------------------------------------------------------------- */
/* (4) what to do next                                                                                              */

function renderNextSteps(ctx: Ctx): string {
  const { s, model } = ctx;
  const out = [`<section id="next" aria-labelledby="next-h"><h2 id="next-h">${esc(s.nextHeading)}</h2>`];
  const steps = model.nextSteps.filter((st) => s.action[st.code]);
  if (!model.workloads.length) out.push(`<p class="empty">${esc(s.noWorkloads)}</p>`);
  else if (!steps.length) out.push(`<p>${esc(s.nothingToDo)}</p>`);
  else {
    out.push('<ol class="steps">');
    for (const st of steps) {
      const targets = st.workloads.map((w) => `<li><strong>${esc(w.name)}</strong> ${loc(ctx, w.location)}</li>`).join('');
      out.push(`<li class="step step-${st.weight}"><p><span class="wt">${icon(WEIGHT_ICON[st.weight])}</span><span class="sr">${esc(s.weight[st.weight])}: </span>${esc(s.action[st.code])}</p><div class="affects"><span class="muted">${esc(s.affects)}:</span> <ul class="targets">${targets}</ul></div></li>`);
    }
    out.push('</ol>');
  }
  out.push('</section>');
  return out.join('\n');
}
