/**
 * The scan's first pass: each file read once, analysed by the engine (the same findings as the editor and `check`),
 * and its facts read from the model the rules parsed. Chart templates and values files go to the chart adapter.
 */
import * as path from 'path';
import type { ContainmentConfig } from '../knowledge/config/config';
import { detectKind } from '../engine/detect-kind';
import { analyzeFile } from '../engine/analyze-file';
import { FILE_SKIPPED } from '../engine/builtin-rules';
import { formatFor } from '../engine/formats';
import { factsOfText, ModelStore } from '../engine/models';
import { bomAsSpace } from '../base/text/bom';
import type { FileHost } from '../base/host/file-host';
import type { FileKind, Finding } from '../base/model/finding';
import type { DockerfileFacts, RawWorkload } from '../base/model/workload-facts';
import type { DiscoveredFile } from './discover-files';
import type { ProjectModel } from './model';
import { ChartWorkloads } from './sources/helm';

export class ScanCancelled extends Error {}

export interface ProjectFiles {
  files: ProjectModel['files'];
  /** Display path → the file's findings. */
  findingsByFile: Map<string, Finding[]>;
  /** Display path → text (traits read the files a workload comes from). */
  texts: Map<string, string>;
  dockerfiles: DockerfileFacts[];
  /** Each Dockerfile's named stages, by absolute path. */
  stagesOf: Map<string, DockerfileFacts[]>;
  raws: RawWorkload[];
}

export interface ReadOptions {
  host: FileHost;
  configFor: (absPath: string) => ContainmentConfig;
  cancelled: () => boolean;
  /** The path the project shows for a scanned file, and for another file whose values one of them takes. */
  display: (abs: string) => string;
  displayMerged: (abs: string) => string;
  /** Display path → absolute path of every file the panel may open. */
  paths: Map<string, string>;
  rootName: string;
}

export function readProjectFiles(listed: DiscoveredFile[], options: ReadOptions): ProjectFiles {
  const { host, configFor, display, paths } = options;
  const out: ProjectFiles = { files: [], findingsByFile: new Map(), texts: new Map(), dockerfiles: [], stagesOf: new Map(), raws: [] };
  const charts = new ChartWorkloads(host);
  const models = new ModelStore(); // one parse of each file for its findings and its facts
  const place = { host, rootName: options.rootName, relOf: options.displayMerged };
  for (const f of listed) {
    if (options.cancelled()) throw new ScanCancelled('scan cancelled');
    const abs = path.resolve(f.path);
    const text = host.readFile(abs);
    if (text === undefined) continue;
    // one content detection per file: a Dockerfile is known by its name, a YAML file by what its content says
    const detected = f.kind === 'dockerfile' ? undefined : detectKind(abs, text);
    const kind: FileKind | undefined = f.kind ?? detected ?? charts.valuesKind(abs);
    const contentKind = kind === undefined || kind === 'dockerfile' ? kind : detected ?? kind;
    if (!contentKind) continue;
    const rel = display(abs);
    paths.set(rel, abs);
    out.texts.set(rel, text);
    out.files.push({ path: rel, kind: contentKind });
    let findings: Finding[] = [];
    try {
      findings = analyzeFile({ path: abs, text, kind: contentKind }, configFor(abs), host, models).findings;
    } catch {
      /* the engine guards its rules; a parse crash here must not stop the scan */
    }
    out.findingsByFile.set(rel, findings);
    if (findings.some((x) => x.rule === FILE_SKIPPED) || charts.claims(abs, contentKind)) continue;
    const format = formatFor(contentKind);
    const facts = factsOfText(format, bomAsSpace(text), models, { ...place, abs, rel });
    if (facts.dockerfile) out.dockerfiles.push(facts.dockerfile);
    if (facts.stages) out.stagesOf.set(abs, facts.stages);
    if (facts.workloads) out.raws.push(...facts.workloads);
    models.forget(format, abs);
  }
  out.raws.push(...charts.workloads(configFor, (abs) => options.displayMerged(path.resolve(abs))));
  return out;
}
