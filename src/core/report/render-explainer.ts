/**
 * The report's "VM vs container" explainer (HTML): this project's workloads as the examples, the layer diagram
 * (hypervisor types 1/2, shared kernel, gVisor and Kata with its VMM on KVM), then the general ground — hypervisors,
 * namespaces and cgroups, sandboxed runtimes, microVMs, managed sandboxes, confidential VMs, the hybrid.
 * Every file-derived string goes through escapeHtml.
 */
import type { ProjectModel, Verdict } from '../project/model';
import { NAMESPACES, VERDICTS } from '../project/model';
import { escapeHtml as esc } from './escape';
import type { ProjectFacts, Strings } from './strings';


export function projectFacts(model: ProjectModel): ProjectFacts {
  const ws = model.workloads;
  return {
    workloads: ws.length,
    sharedKernel: ws.filter((w) => w.isolation.kernel.mode === 'shared' || w.isolation.kernel.mode === 'windows-process').length,
    sandboxed: ws.filter((w) => ['guest-kernel', 'user-space-kernel', 'windows-hyperv'].includes(w.isolation.kernel.mode)).map((w) => w.name),
    windows: ws.filter((w) => w.osFamily === 'windows').map((w) => w.name),
    hostNamespaces: ws.filter((w) => (['pid', 'network', 'ipc', 'uts'] as const).some((n) => w.isolation.namespaces[n].state === 'shared')).map((w) => w.name),
    noMemory: ws.filter((w) => !w.isolation.cgroups.memoryLimit && !w.isolation.cgroups.decidedAtRunTime).map((w) => w.name),
    candidates: ws.filter((w) => w.verdict === 'sandbox' || w.verdict === 'vm').map((w) => w.name),
    byVerdict: Object.fromEntries(VERDICTS.map((v) => [v, ws.filter((w) => w.verdict === v).map((w) => w.name)])) as Record<Verdict, string[]>,
    hasKubernetes: ws.some((w) => w.platform === 'kubernetes'),
    hasCompose: ws.some((w) => w.platform === 'compose'),
  };
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
    const sharing = model.workloads.filter((w) => w.isolation.namespaces[n].state !== 'isolated' && w.isolation.namespaces[n].why !== 'default').map((w) => w.name);
    out.push(`<dt>${esc(s.namespace[n])}</dt><dd>${esc(s.nsExplain[n])}${sharing.length ? ` <strong>→ ${esc(sharing.join(', '))}</strong>` : ''}</dd>`);
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

function renderDiagram(s: Strings, facts: ProjectFacts): string {
  const d = s.d;
  const colW = 200;
  const gap = 24;
  const H = 300;
  const out: string[] = [];
  const W = colW * 4 + gap * 3;
  out.push(`<figure class="diagram"><svg role="img" aria-labelledby="dg-t dg-d" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">`);
  out.push(`<title id="dg-t">${esc(s.diagramTitle)}</title><desc id="dg-d">${esc(s.diagramDesc)}</desc>`);
  const box = (x: number, y: number, w: number, h: number, cls: string, label: string, sub?: string) => {
    out.push(`<rect class="${cls}" x="${x}" y="${y}" width="${w}" height="${h}" rx="4"></rect>`);
    if (sub) {
      out.push(`<text class="dg-text" x="${x + w / 2}" y="${y + h / 2 - 3}" text-anchor="middle">${esc(label)}</text>`);
      out.push(`<text class="dg-sub" x="${x + w / 2}" y="${y + h / 2 + 11}" text-anchor="middle">${esc(sub)}</text>`);
    } else out.push(`<text class="dg-text" x="${x + w / 2}" y="${y + h / 2 + 4}" text-anchor="middle">${esc(label)}</text>`);
  };
  const layerH = 30;
  const base = H - 34; // bottom of the stacks
  const cols = [0, 1, 2, 3].map((i) => i * (colW + gap));
  const heads = [d.vm1, d.vm2, d.ctr, d.sandbox];
  heads.forEach((h, i) => out.push(`<text class="dg-head" x="${cols[i] + colW / 2}" y="16" text-anchor="middle">${esc(h)}</text>`));
  // col 1: VM type 1
  let x = cols[0];
  box(x, base - layerH, colW, layerH, 'l-hw', d.hardware);
  box(x, base - 2 * layerH - 4, colW, layerH, 'l-hyp', d.hyp1);
  const vmTop = 30;
  const vmBottom = base - 2 * layerH - 10;
  for (let k = 0; k < 2; k++) {
    const vx = x + k * (colW / 2 + 2);
    const vw = colW / 2 - 2;
    out.push(`<rect class="l-vm" x="${vx}" y="${vmTop}" width="${vw}" height="${vmBottom - vmTop}" rx="5"></rect>`);
    box(vx + 6, vmBottom - 50, vw - 12, 44, 'l-guest', d.guestOs.split(' + ')[0], d.guestKernel);
    box(vx + 6, vmTop + 8, vw - 12, vmBottom - 56 - vmTop - 8, 'l-app', d.app);
  }
  // col 2: VM type 2
  x = cols[1];
  box(x, base - layerH, colW, layerH, 'l-hw', d.hardware);
  box(x, base - 2 * layerH - 4, colW, layerH, 'l-os', d.hostOs);
  box(x, base - 3 * layerH - 8, colW, layerH, 'l-hyp', d.hyp2);
  const vmBottom2 = base - 3 * layerH - 14;
  for (let k = 0; k < 2; k++) {
    const vx = x + k * (colW / 2 + 2);
    const vw = colW / 2 - 2;
    out.push(`<rect class="l-vm" x="${vx}" y="${vmTop}" width="${vw}" height="${vmBottom2 - vmTop}" rx="5"></rect>`);
    box(vx + 6, vmBottom2 - 50, vw - 12, 44, 'l-guest', d.guestOs.split(' + ')[0], d.guestKernel);
    box(vx + 6, vmTop + 8, vw - 12, vmBottom2 - 56 - vmTop - 8, 'l-app', d.app);
  }
  // col 3: containers
  x = cols[2];
  box(x, base - layerH, colW, layerH, 'l-hw', d.hardware);
  box(x, base - 2 * layerH - 14, colW, layerH + 10, 'l-kernel', d.kernel.split(' · ')[0], d.kernel.split(' · ').slice(1).join(' · '));
  box(x, base - 3 * layerH - 18, colW, layerH, 'l-rt', d.runtime);
  for (let k = 0; k < 3; k++) {
    const cw = (colW - 8) / 3;
    box(x + k * (cw + 4), 30, cw, base - 3 * layerH - 24 - 30, 'l-ctr', d.app);
  }
  // col 4: sandboxed runtime
  x = cols[3];
  box(x, base - layerH, colW, layerH, 'l-hw', d.hardware);
  box(x, base - 2 * layerH - 14, colW, layerH + 10, 'l-kernel', d.kernel.split(' · ')[0], d.kernel.split(' · ').slice(1).join(' · '));
  box(x, base - 3 * layerH - 18, colW, layerH, 'l-rt', d.runtime);
  const cw = (colW - 4) / 2;
  const top = 30;
  const bottom = base - 3 * layerH - 24;
  // gVisor pod: the Sentry (a user-space kernel) serves its system calls
  out.push(`<rect class="l-vm" x="${x}" y="${top}" width="${cw}" height="${bottom - top}" rx="5"></rect>`);
  box(x + 5, bottom - 40, cw - 10, 34, 'l-sbx', d.sentry.split(' / ')[0]);
  box(x + 5, top + 8, cw - 10, bottom - top - 56, 'l-ctr', d.app);
  // Kata pod: a lightweight VM with its own guest kernel, run by a VMM on KVM
  const kx = x + cw + 4;
  const vmmH = 22;
  box(kx, bottom - vmmH, cw, vmmH, 'l-hyp', d.vmm);
  out.push(`<rect class="l-vm" x="${kx}" y="${top}" width="${cw}" height="${bottom - vmmH - 4 - top}" rx="5"></rect>`);
  box(kx + 5, bottom - vmmH - 4 - 40, cw - 10, 34, 'l-guest', d.sentry.split(' / ')[1] ?? d.guestKernel);
  box(kx + 5, top + 8, cw - 10, bottom - vmmH - 4 - top - 56, 'l-ctr', d.app);
  // this project's workloads per column
  const counts = [0, 0, facts.sharedKernel, facts.sandboxed.length];
  counts.forEach((n, i) => {
    if (i < 2) return;
    out.push(`<text class="dg-count" x="${cols[i] + colW / 2}" y="${H - 10}" text-anchor="middle">${esc(s.workloads)}: ${n}</text>`);
  });
  out.push('</svg></figure>');
  return out.join('');
}
