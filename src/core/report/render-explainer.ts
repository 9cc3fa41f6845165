/**
 * The report's "VM vs container" explainer (HTML): this project's workloads as the examples, the layer diagram
 * (hypervisor types 1/2, shared kernel, gVisor and Kata with its VMM on KVM), then the general ground — hypervisors,
 * namespaces and cgroups, sandboxed runtimes, microVMs, managed sandboxes, confidential VMs, the hybrid.
 * Every file-derived string goes through escapeHtml.
 */
import type { NamespaceName, ProjectModel, Verdict } from '../project/model';
import { NAMESPACES, VERDICTS } from '../project/model';
import { escapeHtml as esc } from './escape';
import { namesOnce, onceEach } from './render-decisions';
import type { ProjectFacts, Strings } from './strings';


export function projectFacts(model: ProjectModel): ProjectFacts {
  const ws = model.workloads;
  const sandboxed = ws.filter((w) => ['guest-kernel', 'user-space-kernel', 'windows-hyperv'].includes(w.isolation.kernel.mode));
  return {
    workloads: ws.length,
    // a Windows image shares the host kernel only on a Windows host (on Linux it cannot run at all); a Linux image on
    // a Windows host runs inside Docker's Linux VM, whose kernel it shares
    sharedKernel: ws.filter((w) => (w.isolation.kernel.mode === 'shared' && !(model.hostOs === 'windows' && w.osFamily === 'linux')) || (w.isolation.kernel.mode === 'windows-process' && model.hostOs === 'windows')).length,
    sandboxedCount: sandboxed.length,
    sandboxed: onceEach(sandboxed.map((w) => w.name)),
    windows: onceEach(ws.filter((w) => w.osFamily === 'windows').map((w) => w.name)),
    hostNamespaces: onceEach(ws.filter((w) => (['pid', 'network', 'ipc', 'uts'] as const).some((n) => w.isolation.namespaces[n].state === 'shared')).map((w) => w.name)),
    noMemory: onceEach(ws.filter((w) => !w.isolation.cgroups.memoryLimit && !w.isolation.cgroups.decidedAtRunTime).map((w) => w.name)),
    candidates: onceEach(ws.filter((w) => w.verdict === 'sandbox' || w.verdict === 'vm').map((w) => w.name)),
    // "the container column fits" is said of shared-kernel workloads only: the sandboxed ones are listed as such
    byVerdict: Object.fromEntries(
      VERDICTS.map((v) => [v, onceEach(ws.filter((w) => w.verdict === v && (!(v === 'container' || v === 'harden') || !sandboxed.includes(w))).map((w) => w.name))]),
    ) as Record<Verdict, string[]>,
    hasKubernetes: ws.some((w) => w.platform === 'kubernetes'),
    hasCompose: ws.some((w) => w.platform === 'compose'),
  };
}

/** The project's workloads that share (part of) one namespace with the host, each name once: the explainer's examples. */
export function sharingNamespace(model: ProjectModel, n: NamespaceName): string {
  return namesOnce(model.workloads.filter((w) => w.isolation.namespaces[n].state !== 'isolated' && w.isolation.namespaces[n].why !== 'default').map((w) => w.name));
}

export function renderExplainer(s: Strings, model: ProjectModel): string {
  const facts = projectFacts(model);
  const out: string[] = [`<section id="explain" aria-labelledby="explain-h"><h2 id="explain-h">${esc(s.explainHeading)}</h2>`];
  out.push(`<ul class="facts-list">${s.inThisProject(facts).map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
  out.push(renderDiagram(s, facts));
  out.push(`<div class="table-wrap"><table class="grid compare"><caption>${esc(s.compareCaption)}</caption>`);
  out.push(`<thead><tr><th scope="col">${esc(s.aspect)}</th><th scope="col">${esc(s.vm)}</th><th scope="col">${esc(s.container)}</th><th scope="col">${esc(s.sandboxCol)}</th></tr></thead><tbody>`);
  for (const [a, b, c, d] of s.rows) out.push(`<tr><th scope="row">${esc(a)}</th><td>${esc(b)}</td><td>${esc(c)}</td><td>${esc(d)}</td></tr>`);
  out.push('</tbody></table></div>');
  out.push(`<h3>${esc(s.hypervisorsHeading)}</h3>${s.hypervisors.map((p) => `<p>${esc(p)}</p>`).join('')}`);
  out.push(`<h3>${esc(s.nsHeading)}</h3><p>${esc(s.nsIntro)}</p><dl class="ns-explain">`);
  for (const n of NAMESPACES) {
    const sharing = sharingNamespace(model, n);
    out.push(`<dt>${esc(s.namespace[n])}</dt><dd>${esc(s.nsExplain[n])}${sharing ? ` <strong>→ ${esc(sharing)}</strong>` : ''}</dd>`);
  }
  out.push('</dl>');
  out.push(`<p>${esc(s.cgroupsIntro)}</p><ul>${s.cgroupsItems.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
  out.push(`<h3>${esc(s.sandboxHeading)}</h3>${s.sandboxText.map((p) => `<p>${esc(p)}</p>`).join('')}`);
  for (const [heading, paras] of [[s.fit.microvmHeading, s.fit.microvmText], [s.fit.managedHeading, s.fit.managedText], [s.fit.confidentialHeading, s.fit.confidentialText]] as const) {
    out.push(`<h3>${esc(heading)}</h3>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}`);
  }
  out.push(`<p class="muted">${esc(s.fit.labelDoc)}</p>`);
  if (facts.windows.length) out.push(`<p>${esc(s.windowsText)}</p>`);
  out.push(`<h3>${esc(s.hybridHeading)}</h3>${s.hybridText.map((p) => `<p>${esc(p)}</p>`).join('')}`);
  if (!facts.windows.length) out.push(`<p class="muted">${esc(s.windowsText)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

const COL_W = 200;
const GAP = 24;
const DIAGRAM_H = 300;
const LAYER_H = 30;
/** Bottom of the stacks. */
const BASE = DIAGRAM_H - 34;
const TOP = 30;

interface Canvas {
  out: string[];
  d: Strings['d'];
  box(x: number, y: number, w: number, h: number, cls: string, label: string, sub?: string): void;
}

function canvas(d: Strings['d'], out: string[]): Canvas {
  const box = (x: number, y: number, w: number, h: number, cls: string, label: string, sub?: string) => {
    out.push(`<rect class="${cls}" x="${x}" y="${y}" width="${w}" height="${h}" rx="4"></rect>`);
    if (sub) {
      out.push(`<text class="dg-text" x="${x + w / 2}" y="${y + h / 2 - 3}" text-anchor="middle">${esc(label)}</text>`);
      out.push(`<text class="dg-sub" x="${x + w / 2}" y="${y + h / 2 + 11}" text-anchor="middle">${esc(sub)}</text>`);
    } else out.push(`<text class="dg-text" x="${x + w / 2}" y="${y + h / 2 + 4}" text-anchor="middle">${esc(label)}</text>`);
  };
  return { out, d, box };
}

/** A type 1 hypervisor on the hardware, or a type 2 one on a host OS, each running two VMs with their own kernels. */
function drawVmColumn(c: Canvas, x: number, hostedOnOs: boolean): void {
  const { d, box } = c;
  box(x, BASE - LAYER_H, COL_W, LAYER_H, 'l-hw', d.hardware);
  if (hostedOnOs) box(x, BASE - 2 * LAYER_H - 4, COL_W, LAYER_H, 'l-os', d.hostOs);
  const layers = hostedOnOs ? 3 : 2;
  box(x, BASE - layers * LAYER_H - 4 * (layers - 1), COL_W, LAYER_H, 'l-hyp', hostedOnOs ? d.hyp2 : d.hyp1);
  const vmBottom = BASE - layers * LAYER_H - (hostedOnOs ? 14 : 10);
  for (let k = 0; k < 2; k++) {
    const vx = x + k * (COL_W / 2 + 2);
    const vw = COL_W / 2 - 2;
    c.out.push(`<rect class="l-vm" x="${vx}" y="${TOP}" width="${vw}" height="${vmBottom - TOP}" rx="5"></rect>`);
    box(vx + 6, vmBottom - 50, vw - 12, 44, 'l-guest', d.guestOs.split(' + ')[0], d.guestKernel);
    box(vx + 6, TOP + 8, vw - 12, vmBottom - 56 - TOP - 8, 'l-app', d.app);
  }
}

/** Hardware, the one shared kernel and the container runtime: the base of both container columns. */
function drawSharedKernel(c: Canvas, x: number): void {
  const { d, box } = c;
  box(x, BASE - LAYER_H, COL_W, LAYER_H, 'l-hw', d.hardware);
  box(x, BASE - 2 * LAYER_H - 14, COL_W, LAYER_H + 10, 'l-kernel', d.kernel.split(' · ')[0], d.kernel.split(' · ').slice(1).join(' · '));
  box(x, BASE - 3 * LAYER_H - 18, COL_W, LAYER_H, 'l-rt', d.runtime);
}

function drawContainerColumn(c: Canvas, x: number): void {
  drawSharedKernel(c, x);
  const cw = (COL_W - 8) / 3;
  for (let k = 0; k < 3; k++) c.box(x + k * (cw + 4), TOP, cw, BASE - 3 * LAYER_H - 24 - TOP, 'l-ctr', c.d.app);
}

/** A gVisor pod (the Sentry, a user-space kernel, serves its system calls) and a Kata pod (a guest kernel in a VM run by a VMM on KVM). */
function drawSandboxColumn(c: Canvas, x: number): void {
  const { d, box } = c;
  drawSharedKernel(c, x);
  const cw = (COL_W - 4) / 2;
  const bottom = BASE - 3 * LAYER_H - 24;
  c.out.push(`<rect class="l-vm" x="${x}" y="${TOP}" width="${cw}" height="${bottom - TOP}" rx="5"></rect>`);
  box(x + 5, bottom - 40, cw - 10, 34, 'l-sbx', d.sentry.split(' / ')[0]);
  box(x + 5, TOP + 8, cw - 10, bottom - TOP - 56, 'l-ctr', d.app);
  const kx = x + cw + 4;
  const vmmH = 22;
  box(kx, bottom - vmmH, cw, vmmH, 'l-hyp', d.vmm);
  c.out.push(`<rect class="l-vm" x="${kx}" y="${TOP}" width="${cw}" height="${bottom - vmmH - 4 - TOP}" rx="5"></rect>`);
  box(kx + 5, bottom - vmmH - 4 - 40, cw - 10, 34, 'l-guest', d.sentry.split(' / ')[1] ?? d.guestKernel);
  box(kx + 5, TOP + 8, cw - 10, bottom - vmmH - 4 - TOP - 56, 'l-ctr', d.app);
}

function renderDiagram(s: Strings, facts: ProjectFacts): string {
  const d = s.d;
  const out: string[] = [];
  const W = COL_W * 4 + GAP * 3;
  out.push(`<figure class="diagram"><svg role="img" aria-labelledby="dg-t dg-d" viewBox="0 0 ${W} ${DIAGRAM_H}" xmlns="http://www.w3.org/2000/svg">`);
  out.push(`<title id="dg-t">${esc(s.diagramTitle)}</title><desc id="dg-d">${esc(s.diagramDesc)}</desc>`);
  const cols = [0, 1, 2, 3].map((i) => i * (COL_W + GAP));
  [d.vm1, d.vm2, d.ctr, d.sandbox].forEach((h, i) => out.push(`<text class="dg-head" x="${cols[i] + COL_W / 2}" y="16" text-anchor="middle">${esc(h)}</text>`));
  const c = canvas(d, out);
  drawVmColumn(c, cols[0], false);
  drawVmColumn(c, cols[1], true);
  drawContainerColumn(c, cols[2]);
  drawSandboxColumn(c, cols[3]);
  // this project's workloads in the two container columns
  out.push(`<text class="dg-count" x="${cols[2] + COL_W / 2}" y="${DIAGRAM_H - 10}" text-anchor="middle">${esc(s.workloads)}: ${facts.sharedKernel}</text>`);
  out.push(`<text class="dg-count" x="${cols[3] + COL_W / 2}" y="${DIAGRAM_H - 10}" text-anchor="middle">${esc(s.workloads)}: ${facts.sandboxedCount}</text>`);
  out.push('</svg></figure>');
  return out.join('');
}
