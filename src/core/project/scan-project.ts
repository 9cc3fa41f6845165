/**
 * scanProject: a folder (or several) → ProjectModel. Finds Dockerfiles, Compose files and Kubernetes manifests, runs
 * the engine on each (so the panel and the rule findings agree), reads images and workloads through the source
 * adapters, links workloads to the Dockerfiles that build them, and assesses each workload's isolation.
 * Pure core: no vscode; file access goes through a FileHost.
 */
import * as path from 'path';
import { defaultConfig, type ContainmentConfig } from '../knowledge/config/config';
import type { FileHost } from '../base/host/file-host';
import { nodeHost } from '../base/host/node-host';
import { FILE_SKIPPED } from '../engine/builtin-rules';
import type { Finding } from '../base/model/finding';
import { discoverFiles, type DiscoveredFile } from './discover-files';
import { dockerRunWorkload, WorkloadBuilder } from './build-workloads';
import { ImageCatalog } from './image-catalog';
import { IMPACT, type ContainerImageFacts } from './isolation';
import { DockerfileLinker } from './link-dockerfiles';
import type { KernelMode, Location, NextStep, ProjectModel, ProjectSummary, Reason, Workload } from './model';
import { readProjectFiles, ScanCancelled } from './read-files';
import { asksForAction, WEIGHT_ORDER } from './verdict';

export interface ScanOptions {
  host?: FileHost;
  /** Config per file (nearest .containment.yaml…); defaults to the built-in defaults. */
  configFor?: (absPath: string) => ContainmentConfig;
  /** The OS the containers are meant to run on (Windows images on a Linux host need a VM). Default linux. */
  hostOs?: 'linux' | 'windows';
  /** Files already listed by the caller (the editor's workspace search); discovered on disk otherwise. */
  files?: DiscoveredFile[];
  /** Stop early (the editor's cancellation token). */
  isCancelled?: () => boolean;
  maxFiles?: number;
}

export interface ScanResult {
  model: ProjectModel;
  /** Display path → absolute path of every scanned file (the panel only opens these). */
  paths: Map<string, string>;
}

export { ScanCancelled };

export function scanProject(roots: string | string[], options: ScanOptions = {}): ProjectModel {
  return scanProjectDetailed(roots, options).model;
}

export function scanProjectDetailed(rootsIn: string | string[], options: ScanOptions = {}): ScanResult {
  const roots = (Array.isArray(rootsIn) ? rootsIn : [rootsIn]).map((r) => path.resolve(r));
  const host = options.host ?? nodeHost();
  const sharedDefault = defaultConfig();
  const configFor = options.configFor ?? (() => sharedDefault);
  const hostOs = options.hostOs ?? 'linux';
  const rootName = path.basename(roots[0] ?? '.');
  const paths = new Map<string, string>();
  const { display, displayMerged } = displayPaths(roots, paths);
  const listed = options.files ?? roots.flatMap((r) => discoverFiles(r, { maxFiles: options.maxFiles }));
  const read = readProjectFiles(listed, { host, configFor, cancelled: options.isCancelled ?? (() => false), display, displayMerged, paths, rootName });

  const linker = new DockerfileLinker(read.dockerfiles, read.stagesOf, read.raws, host);
  const catalog = new ImageCatalog();
  for (const d of read.dockerfiles) catalog.built(d);
  const builder = new WorkloadBuilder({ configFor, hostOs, texts: read.texts, findingsByFile: read.findingsByFile });
  const usedDockerfiles = new Set<string>();
  for (const raw of read.raws) {
    const facts: ContainerImageFacts[] = [];
    const dfs: Array<string | undefined> = [];
    for (const c of raw.containers) {
      const d = linker.link(c.image, c.buildDockerfile?.value, c.buildTarget);
      if (d) usedDockerfiles.add(d.rel);
      facts.push(d ? catalog.built(d) : c.builtOnly ? builtElsewhere(c.buildDockerfile?.location) : catalog.pulled(c.image, c.imageLocation));
      dfs.push(d?.rel);
    }
    builder.add(raw, facts, dfs);
  }
  // Dockerfiles no Compose service or manifest runs: judged as `docker run` with defaults.
  for (const d of read.dockerfiles) {
    if (!usedDockerfiles.has(d.rel) && d.runnable) builder.add(dockerRunWorkload(d, rootName, hostOs), [catalog.built(d)], [d.rel]);
  }
  const workloads = builder.workloads;
  const model: ProjectModel = {
    schemaVersion: 1,
    name: roots.map((r) => path.basename(r)).join(', '),
    hostOs,
    files: read.files,
    images: [...catalog.images.values()],
    workloads,
    summary: summarize(read.files, workloads, read.findingsByFile),
    nextSteps: nextSteps(workloads),
  };
  return { model, paths };
}

/** A container built by a Compose `build:` whose Dockerfile the scan could not read: nothing is known of its image. */
function builtElsewhere(location: Location | undefined): ContainerImageFacts {
  return { osFamily: 'unknown', root: 'unknown', rootBasis: { code: 'no-dockerfile', params: {} }, rootLocation: location };
}

/**
 * The paths the project shows: relative to the root a file is under (prefixed with the root's name when there are
 * several). A file merged into a scanned one (`extends: {file: ../shared/x.yaml}`, a chart's values overlay) may lie
 * outside every root or be no scanned kind; its values are evidence, so the panel may open it too (`paths`).
 */
function displayPaths(roots: string[], paths: Map<string, string>): { display: (abs: string) => string; displayMerged: (abs: string) => string } {
  const display = (abs: string): string => {
    const root = roots.find((r) => abs === r || abs.startsWith(r + path.sep)) ?? path.dirname(abs);
    const rel = path.relative(root, abs) || path.basename(abs);
    const shown = roots.length > 1 ? path.join(path.basename(root), rel) : rel;
    return shown.split(path.sep).join('/');
  };
  const displayMerged = (abs: string): string => {
    const shown = roots.some((r) => abs === r || abs.startsWith(r + path.sep)) || !roots.length ? display(abs) : path.relative(roots[0], abs).split(path.sep).join('/');
    if (!paths.has(shown)) paths.set(shown, abs);
    return shown;
  };
  return { display, displayMerged };
}

function summarize(files: ProjectModel['files'], workloads: Workload[], byFile: Map<string, Finding[]>): ProjectSummary {
  const s: ProjectSummary = {
    files: { dockerfile: 0, kubernetes: 0, compose: 0 },
    workloads: workloads.length,
    verdicts: { container: 0, harden: 0, 'host-agent': 0, sandbox: 0, vm: 0 },
    withMemoryLimit: 0,
    withCpuRequest: 0,
    nonRoot: 0,
    pss: { privileged: 0, baseline: 0, restricted: 0 },
    kernels: { shared: 0, 'guest-kernel': 0, 'user-space-kernel': 0, 'windows-process': 0, 'windows-hyperv': 0 } as Record<KernelMode, number>,
    findings: { error: 0, warning: 0, info: 0, hint: 0 },
  };
  for (const f of files) s.files[f.kind]++;
  for (const w of workloads) {
    s.verdicts[w.verdict]++;
    if (w.isolation.cgroups.memoryLimit) s.withMemoryLimit++;
    if (w.isolation.cgroups.cpuRequest ?? (w.platform === 'compose' ? w.isolation.cgroups.cpuLimit : undefined)) s.withCpuRequest++;
    if (w.isolation.privileges.root === 'no') s.nonRoot++;
    if (w.isolation.pss) s.pss[w.isolation.pss]++;
    s.kernels[w.isolation.kernel.mode]++;
  }
  for (const list of byFile.values()) for (const f of list) if (f.rule !== FILE_SKIPPED) s.findings[f.severity]++;
  return s;
}

function nextSteps(workloads: Workload[]): NextStep[] {
  const byCode = new Map<string, NextStep>();
  for (const w of workloads) {
    for (const r of w.reasons as Reason[]) {
      if (!asksForAction(r)) continue;
      let step = byCode.get(r.code);
      if (!step) {
        step = { code: r.code, weight: r.weight, impact: IMPACT[r.code], workloads: [] };
        byCode.set(r.code, step);
      }
      if (!step.workloads.some((x) => x.name === w.name && x.location?.path === r.location?.path && x.location?.line === r.location?.line)) {
        step.workloads.push({ name: w.name, location: r.location });
      }
    }
  }
  return [...byCode.values()].sort((a, b) => WEIGHT_ORDER[a.weight] - WEIGHT_ORDER[b.weight] || b.impact - a.impact || b.workloads.length - a.workloads.length);
}
