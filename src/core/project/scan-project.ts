/**
 * scanProject: a folder (or several) → ProjectModel. Finds Dockerfiles, Compose files and Kubernetes manifests, runs
 * the engine on each (so the panel and the rule findings agree), reads images and workloads through the source
 * adapters, links workloads to the Dockerfiles that build them, and assesses each workload's isolation.
 * Pure core: no vscode; file access goes through a FileHost.
 */
import * as path from 'path';
import { defaultConfig, type ContainmentConfig } from '../config/config';
import { detectKind } from '../detect-kind';
import { analyzeFile } from '../engine/analyze-file';
import { FILE_SKIPPED } from '../engine/builtin-rules';
import { formatFor } from '../engine/formats';
import { factsOfText, ModelStore } from '../engine/models';
import type { FileHost } from '../host/file-host';
import { nodeHost } from '../host/node-host';
import { skaffoldArtifacts } from '../kubernetes/build-tools';
import { parseImageRef } from '../model/image-ref';
import { severityRank, type FileKind, type Finding } from '../model/finding';
import { discoverFiles, type DiscoveredFile } from './discover-files';
import { assessWorkload, IMPACT, type ContainerImageFacts } from './isolation';
import { workloadTraits } from './traits';
import { agreeWithCheck, asksForAction, decideVerdict, WEIGHT_ORDER } from './verdict';
import type { DockerfileFacts, RawWorkload } from '../model/workload-facts';
import type { ImageInfo, KernelMode, RootBasis, Location, NextStep, ProjectModel, ProjectSummary, Reason, Workload, WorkloadFinding } from './model';
import { ChartWorkloads } from './sources/helm';
import { imageKnowledge } from './sources/knowledge';

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

export class ScanCancelled extends Error {}

export function scanProject(roots: string | string[], options: ScanOptions = {}): ProjectModel {
  return scanProjectDetailed(roots, options).model;
}

export function scanProjectDetailed(rootsIn: string | string[], options: ScanOptions = {}): ScanResult {
  const roots = (Array.isArray(rootsIn) ? rootsIn : [rootsIn]).map((r) => path.resolve(r));
  const host = options.host ?? nodeHost();
  const configFor = options.configFor ?? (() => sharedDefault);
  const sharedDefault = defaultConfig();
  const hostOs = options.hostOs ?? 'linux';
  const cancelled = options.isCancelled ?? (() => false);

  const display = (abs: string): string => {
    const root = roots.find((r) => abs === r || abs.startsWith(r + path.sep)) ?? path.dirname(abs);
    const rel = path.relative(root, abs) || path.basename(abs);
    const shown = roots.length > 1 ? path.join(path.basename(root), rel) : rel;
    return shown.split(path.sep).join('/');
  };
  const listed = options.files ?? roots.flatMap((r) => discoverFiles(r, { maxFiles: options.maxFiles }));
  const paths = new Map<string, string>();
  // a file merged into a scanned one (`extends: {file: ../shared/x.yaml}`, a chart's values overlay) may lie outside
  // every root or be no scanned kind; its values are evidence, so the panel may open it too
  const displayMerged = (abs: string): string => {
    const shown = roots.some((r) => abs === r || abs.startsWith(r + path.sep)) || !roots.length ? display(abs) : path.relative(roots[0], abs).split(path.sep).join('/');
    if (!paths.has(shown)) paths.set(shown, abs);
    return shown;
  };
  const files: ProjectModel['files'] = [];
  const findingsByFile = new Map<string, Finding[]>();
  const dockerfiles: DockerfileFacts[] = [];
  const raws: RawWorkload[] = [];
  const texts = new Map<string, string>();
  const rootName = path.basename(roots[0] ?? '.');
  const charts = new ChartWorkloads(host);
  const models = new ModelStore(); // one parse of each file for its findings and its facts
  const stagesOf = new Map<string, DockerfileFacts[]>();
  const place = { host, rootName, relOf: displayMerged };

  for (const f of listed) {
    if (cancelled()) throw new ScanCancelled('scan cancelled');
    const abs = path.resolve(f.path);
    const text = host.readFile(abs);
    if (text === undefined) continue;
    const kind: FileKind | undefined = f.kind ?? detectKind(abs, text) ?? charts.valuesKind(abs);
    const contentKind = kind === undefined || kind === 'dockerfile' ? kind : detectKind(abs, text) ?? kind;
    if (!contentKind) continue;
    const rel = display(abs);
    paths.set(rel, abs);
    texts.set(rel, text);
    files.push({ path: rel, kind: contentKind });
    let findings: Finding[] = [];
    try {
      findings = analyzeFile({ path: abs, text, kind: contentKind }, configFor(abs), host, models).findings;
    } catch {
      /* the engine guards its rules; a parse crash here must not stop the scan */
    }
    findingsByFile.set(rel, findings);
    if (findings.some((x) => x.rule === FILE_SKIPPED) || charts.claims(abs, contentKind)) continue;
    const format = formatFor(contentKind);
    const facts = factsOfText(format, text, models, { ...place, abs, rel });
    if (facts.dockerfile) dockerfiles.push(facts.dockerfile);
    if (facts.stages) stagesOf.set(abs, facts.stages);
    if (facts.workloads) raws.push(...facts.workloads);
    models.forget(format, abs);
  }
  raws.push(...charts.workloads(configFor, (abs) => displayMerged(path.resolve(abs))));
  const byAbs = new Map(dockerfiles.map((d) => [path.resolve(d.abs), d]));
  // image names Compose builds (service `image:` + `build:`) → Dockerfile; a name built from several Dockerfiles
  // (one repository, a tag per service) or still holding a variable names none of them
  const builtNames = new Map<string, DockerfileFacts | null>();
  for (const w of raws) {
    for (const c of w.containers) {
      const d = c.buildDockerfile && byAbs.get(path.resolve(c.buildDockerfile.value));
      if (!d || !c.image || c.image.includes('$')) continue;
      for (const name of [repoOf(c.image), refOf(c.image)]) builtNames.set(name, builtNames.has(name) && builtNames.get(name) !== d ? null : d);
    }
  }
  // image names Skaffold builds for the manifests it deploys (build.artifacts: image, context, docker.dockerfile)
  for (const file of new Set(raws.filter((w) => w.platform === 'kubernetes').map((w) => w.file))) {
    for (const artifact of skaffoldArtifacts(file, host)) {
      const d = byAbs.get(path.resolve(artifact.context, artifact.dockerfile));
      if (d && !builtNames.has(repoOf(artifact.image))) builtNames.set(repoOf(artifact.image), d);
    }
  }
  /** The facts of the stage a Compose `build.target` runs (the final stage's when there is no target or it is the last). */
  const stageOf = (d: DockerfileFacts, target: string | undefined): DockerfileFacts => {
    if (!target) return d;
    const t = stagesOf.get(d.abs)?.find((s) => s.target!.toLowerCase() === target.toLowerCase());
    // a target that builds on the same base as the same user is the same image as far as the panel can tell
    const same = t && t.base.raw === d.base.raw && t.user?.name === d.user?.name && t.user?.location.line === d.user?.location.line && t.isWindows === d.isWindows;
    return t?.target && !same ? t : d;
  };
  const linkDockerfile = (w: RawWorkload, image: string, buildPath?: string, target?: string): DockerfileFacts | undefined => {
    if (buildPath) {
      const d = byAbs.get(path.resolve(buildPath));
      return d && stageOf(d, target);
    }
    if (!image || image.includes('$')) return undefined;
    const exact = builtNames.get(refOf(image)) ?? builtNames.get(repoOf(image));
    if (exact !== undefined) return exact ?? undefined;
    const name = parseImageRef(image).name.toLowerCase();
    const matches = dockerfiles.filter((d) => d.hints.includes(name));
    return matches.length === 1 ? matches[0] : undefined;
  };

  const images = new Map<string, ImageInfo>();
  const dockerImage = (d: DockerfileFacts): { info: ImageInfo; facts: ContainerImageFacts } => {
    const k = imageKnowledge(d.base);
    const osFamily = d.isWindows ? 'windows' : k.osFamily === 'unknown' && !d.base.isScratch ? 'unknown' : k.osFamily === 'unknown' ? 'linux' : k.osFamily;
    const user = d.user?.name ?? k.defaultUser;
    const rootUser = (u: string) => /^(root|0|0:0|root:root|containeradministrator)$/i.test(u.trim());
    const root = d.user ? (rootUser(d.user.name) ? 'yes' : /^\$/.test(d.user.name) ? 'unknown' : 'no') : k.defaultRoot;
    const basis: RootBasis = d.user
      ? { code: 'dockerfile-user', params: { user: d.user.name, file: d.rel } }
      : d.dropTool && k.defaultRoot !== 'no'
        ? { code: 'dockerfile-drops-privileges', params: { file: d.rel, tool: d.dropTool } }
        : k.defaultUser
        ? { code: 'dockerfile-image-default', params: { file: d.rel, image: k.image, user: k.defaultUser } }
        : { code: 'dockerfile-image-unknown', params: { file: d.rel, image: d.base.raw || '?' } };
    const location = d.user?.location ?? d.fromLocation;
    const past = k.releases.find((r) => r.pastEol);
    const info: ImageInfo = {
      ref: d.base.raw,
      image: k.image,
      osFamily,
      sizeClass: k.sizeClass,
      approxSizeMb: k.approxSizeMb,
      releases: k.releases,
      finalUser: user,
      runsAsRoot: root === 'unknown' && !d.user && k.defaultRoot === 'unknown' ? 'unknown' : root,
      windowsVariant: k.windowsVariant,
      dockerfile: d.rel,
      location: d.fromLocation,
      userLocation: d.user?.location,
      built: true,
    };
    images.set(`dockerfile:${d.rel}${d.target ? `#${d.target}` : ''}`, info);
    return {
      info,
      facts: {
        osFamily,
        root: info.runsAsRoot,
        rootBasis: basis,
        rootLocation: location,
        pastEol: past ? { label: past.label, location: d.fromLocation } : undefined,
        dockerfile: d.rel,
      },
    };
  };
  const pulledImage = (ref: string, location: Location): ContainerImageFacts => {
    const k = imageKnowledge(ref);
    const key = `image:${ref}`;
    if (!images.has(key)) {
      images.set(key, {
        ref,
        image: k.image,
        osFamily: k.osFamily,
        sizeClass: k.sizeClass,
        approxSizeMb: k.approxSizeMb,
        releases: k.releases,
        finalUser: k.defaultUser,
        runsAsRoot: k.defaultRoot,
        windowsVariant: k.windowsVariant,
        location,
        built: false,
      });
    }
    const past = k.releases.find((r) => r.pastEol);
    return {
      osFamily: k.osFamily,
      root: k.defaultRoot,
      rootBasis: k.defaultUser ? { code: 'image-default', params: { image: k.image, user: k.defaultUser } } : { code: 'image-unknown', params: { image: ref || '?' } },
      rootLocation: location,
      pastEol: past ? { label: past.label, location } : undefined,
    };
  };
  for (const d of dockerfiles) dockerImage(d);

  const usedDockerfiles = new Set<string>();
  const workloads: Workload[] = [];
  const seenIds = new Set<string>();
  const addWorkload = (raw: RawWorkload, imageFacts: ContainerImageFacts[], containerDockerfiles: Array<string | undefined>) => {
    const config = configFor(raw.file);
    const a = assessWorkload(raw, imageFacts, config);
    const wlDockerfiles = [...new Set(containerDockerfiles.filter((x): x is string => !!x))];
    const traits = workloadTraits(raw, {
      text: texts.get(raw.location.path) ?? '',
      dockerfiles: raw.platform === 'docker' ? [] : wlDockerfiles.map((d) => ({ path: d, text: texts.get(d) ?? '' })),
      textOf: (p) => texts.get(p),
    });
    const v = decideVerdict(raw, a, traits, hostOs);
    const findings = workloadFindings(raw, wlDockerfiles, findingsByFile, raw.location.path);
    agreeWithCheck(v.reasons, findings);
    let id = `${raw.platform}:${raw.location.path}:${raw.kind}:${raw.namespace ? raw.namespace + '/' : ''}${raw.name}`;
    for (let n = 2; seenIds.has(id); n++) id = `${id.replace(/#\d+$/, '')}#${n}`;
    seenIds.add(id);
    workloads.push({
      id,
      name: raw.name,
      platform: raw.platform,
      kind: raw.kind,
      namespace: raw.namespace,
      location: raw.location,
      containers: raw.containers.map((c, i) => ({ name: c.name, image: c.image, init: c.init, location: c.imageLocation, dockerfile: containerDockerfiles[i] })),
      dockerfiles: wlDockerfiles,
      osFamily: a.osFamily,
      isolation: a.isolation,
      verdict: v.verdict,
      reasons: v.reasons,
      fit: v.fit,
      findings,
      ...(raw.chart ? { chart: raw.chart } : {}),
    });
  };

  for (const raw of raws) {
    const facts: ContainerImageFacts[] = [];
    const dfs: Array<string | undefined> = [];
    for (const c of raw.containers) {
      const d = linkDockerfile(raw, c.image, c.buildDockerfile?.value, c.buildTarget);
      if (d) {
        usedDockerfiles.add(d.rel);
        facts.push(dockerImage(d).facts);
        dfs.push(d.rel);
      } else {
        facts.push(c.builtOnly ? { osFamily: 'unknown', root: 'unknown', rootBasis: { code: 'no-dockerfile', params: {} }, rootLocation: c.buildDockerfile?.location } : pulledImage(c.image, c.imageLocation));
        dfs.push(undefined);
      }
    }
    addWorkload(raw, facts, dfs);
  }
  // Dockerfiles no Compose service or manifest runs: judged as `docker run` with defaults.
  for (const d of dockerfiles) {
    if (usedDockerfiles.has(d.rel) || !d.runnable) continue;
    const { facts } = dockerImage(d);
    const name = d.hints[0] ?? d.rel;
    const raw: RawWorkload = {
      platform: 'docker',
      kind: 'image',
      name,
      file: d.abs,
      location: d.fromLocation,
      startLine: 1,
      endLine: Number.MAX_SAFE_INTEGER,
      hostMounts: [],
      otherVolumeTypes: [],
      containers: [
        {
          name: path.posix.basename(path.posix.dirname(d.rel)) === '.' ? rootName : path.posix.basename(path.posix.dirname(d.rel)),
          image: d.base.raw,
          init: false,
          location: d.fromLocation,
          imageLocation: d.fromLocation,
          capsAdd: [],
          dropAll: false,
          readOnlyRootFilesystem: false,
          hostPorts: [],
        },
      ],
      pod: {},
      targetsWindows: hostOs === 'windows' ? { value: true, location: d.fromLocation } : undefined,
    };
    addWorkload(raw, [facts], [d.rel]);
  }

  const model: ProjectModel = {
    schemaVersion: 1,
    name: roots.map((r) => path.basename(r)).join(', '),
    hostOs,
    files,
    images: [...images.values()],
    workloads,
    summary: summarize(files, workloads, findingsByFile),
    nextSteps: nextSteps(workloads),
  };
  return { model, paths };
}

function repoOf(image: string): string {
  const ref = parseImageRef(image.trim());
  return `${ref.effectiveRegistry}/${ref.repository}`.toLowerCase();
}

/** Repository and tag (`latest` when none): one repository may name a different build per tag. */
function refOf(image: string): string {
  return `${repoOf(image)}:${parseImageRef(image.trim()).tag ?? 'latest'}`;
}

function toWorkloadFinding(f: Finding, rel: string): WorkloadFinding {
  const translatable = f.messageId ? { messageId: f.messageId, ...(f.data ? { data: f.data } : {}) } : {};
  return { rule: f.rule, severity: f.severity, category: f.category, message: f.message, ...translatable, location: { path: rel, line: f.range.start.line + 1 } };
}

function workloadFindings(raw: RawWorkload, dockerfiles: string[], byFile: Map<string, Finding[]>, rel: string): WorkloadFinding[] {
  const out: WorkloadFinding[] = [];
  if (raw.platform !== 'docker') {
    for (const span of [{ path: rel, startLine: raw.startLine, endLine: raw.endLine }, ...(raw.mergedSpans ?? [])]) {
      for (const f of byFile.get(span.path) ?? []) {
        const line = f.range.start.line + 1;
        if (line >= span.startLine && line <= span.endLine) out.push(toWorkloadFinding(f, span.path));
      }
    }
  }
  for (const d of dockerfiles) for (const f of byFile.get(d) ?? []) out.push(toWorkloadFinding(f, d));
  return out
    .filter((f) => f.rule !== FILE_SKIPPED)
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : a.location.line - b.location.line));
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
