/**
 * A workload of the project model from its facts and its containers' images: the isolation assessment, the traits,
 * the verdict and fit, and the findings in the lines it comes from.
 */
import * as path from 'path';
import type { ContainmentConfig } from '../knowledge/config/config';
import { FILE_SKIPPED } from '../engine/builtin-rules';
import { severityRank, type Finding } from '../base/model/finding';
import type { DockerfileFacts, RawWorkload } from '../base/model/workload-facts';
import { assessWorkload, type ContainerImageFacts } from './isolation';
import type { Workload, WorkloadFinding } from './model';
import { workloadTraits } from './traits';
import { agreeWithCheck, decideVerdict } from './verdict';

export interface BuilderContext {
  configFor: (absPath: string) => ContainmentConfig;
  hostOs: 'linux' | 'windows';
  texts: Map<string, string>;
  findingsByFile: Map<string, Finding[]>;
}

export class WorkloadBuilder {
  readonly workloads: Workload[] = [];
  private readonly seenIds = new Set<string>();

  constructor(private readonly ctx: BuilderContext) {}

  /** Adds a workload; `containerDockerfiles[i]` is the Dockerfile that builds container i, if any. */
  add(raw: RawWorkload, imageFacts: ContainerImageFacts[], containerDockerfiles: Array<string | undefined>): void {
    const { texts } = this.ctx;
    const a = assessWorkload(raw, imageFacts, this.ctx.configFor(raw.file));
    const wlDockerfiles = [...new Set(containerDockerfiles.filter((x): x is string => !!x))];
    const traits = workloadTraits(raw, {
      text: texts.get(raw.location.path) ?? '',
      dockerfiles: raw.platform === 'docker' ? [] : wlDockerfiles.map((d) => ({ path: d, text: texts.get(d) ?? '' })),
      textOf: (p) => texts.get(p),
    });
    const v = decideVerdict(raw, a, traits, this.ctx.hostOs);
    const findings = workloadFindings(raw, wlDockerfiles, this.ctx.findingsByFile, raw.location.path);
    agreeWithCheck(v.reasons, findings);
    this.workloads.push({
      id: this.uniqueId(raw),
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
  }

  private uniqueId(raw: RawWorkload): string {
    let id = `${raw.platform}:${raw.location.path}:${raw.kind}:${raw.namespace ? raw.namespace + '/' : ''}${raw.name}`;
    for (let n = 2; this.seenIds.has(id); n++) id = `${id.replace(/#\d+$/, '')}#${n}`;
    this.seenIds.add(id);
    return id;
  }
}

/** A Dockerfile that no Compose service or manifest runs, as `docker run` with defaults runs it. */
export function dockerRunWorkload(d: DockerfileFacts, rootName: string, hostOs: 'linux' | 'windows'): RawWorkload {
  const folder = path.posix.basename(path.posix.dirname(d.rel));
  return {
    platform: 'docker',
    kind: 'image',
    name: d.hints[0] ?? d.rel,
    file: d.abs,
    location: d.fromLocation,
    startLine: 1,
    endLine: Number.MAX_SAFE_INTEGER,
    hostMounts: [],
    otherVolumeTypes: [],
    containers: [
      {
        name: folder === '.' ? rootName : folder,
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
}

function toWorkloadFinding(f: Finding, rel: string): WorkloadFinding {
  const translatable = f.messageId ? { messageId: f.messageId, ...(f.data ? { data: f.data } : {}) } : {};
  return { rule: f.rule, severity: f.severity, category: f.category, message: f.message, ...translatable, location: { path: rel, line: f.range.start.line + 1 } };
}

/** The findings in the lines a workload comes from (and in the files merged into it), and in its Dockerfiles. */
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
