/**
 * The Compose format's facts (`Format.facts`): the file's effective services (services.ts read through
 * effective-model.ts, the same objects and merge the Compose rules read) as RawWorkloads, one per service, with
 * `build:` resolved to the Dockerfile (and stage) it uses. Values are the merged, interpolated ones: `.env` (or an
 * include's env files), the default override file, sibling fragments (as deployed with `-f`), `extends` chains,
 * `include:` path lists; a value set in another file points at that file. The model is the one the rules read, so the panel and the findings cannot disagree.
 */
import type { FactsPlace, FileFacts } from '../../engine/format';
import type { FileHost } from '../../base/host/file-host';
import type { Range } from '../../base/model/finding';
import { TRUE_TEXT, UNTRUSTED_KEY, type Fact, type Location, type RawContainer, type RawWorkload } from '../../base/model/workload-facts';
import { deployedDefinitionsOf, deployedIntoAnother, deployedMergedOver, fileOfService, type EffectiveContext } from './effective-model';
import { cpuLimitOf, memoryLimitOf, noNewPrivilegesOf, pidsLimitOf, type ComposeField, type ComposeFile, type ComposeService, type ComposeVolume } from './services';

const SHARED_WITH = /^(service|container):/;

/** Facts of the Compose format's model (format.ts `ComposeModel`, of which only the services are read). */
export function composeFacts(model: { file: ComposeFile }, place: FactsPlace): FileFacts {
  const { abs } = place;
  const ctx: EffectiveContext = { path: abs, host: readOnce(place.host), services: model.file.services };
  const rel = (file: string): string => (file === abs ? place.rel : place.relOf(file));
  const workloads = model.file.services
    .filter((s) => !deployedIntoAnother(ctx, s))
    .map((s) => {
      const w = toRawWorkload(s, effectiveView(ctx, s, rel), place.rel, abs);
      const merged = deployedMergedOver(ctx, s).map((over) => ({ path: rel(fileOfService(over) ?? abs), ...lineSpan(over) }));
      if (merged.length) w.mergedSpans = merged;
      return w;
    });
  return { workloads };
}

/**
 * The host with each file read at most once for this file's workloads: the merge lookups ask for the same override,
 * base and include files once per service and value.
 */
function readOnce(host: FileHost): FileHost {
  const texts = new Map<string, string | undefined>();
  return {
    roots: host.roots,
    listDir: (path) => host.listDir(path),
    readFile(path) {
      if (!texts.has(path)) texts.set(path, host.readFile(path));
      return texts.get(path);
    },
  };
}

/** 1-based lines of a service's definition, from its name to its last value. */
function lineSpan(svc: ComposeService): { startLine: number; endLine: number } {
  const r = svc.range;
  return { startLine: svc.nameRange.start.line + 1, endLine: r.end.character === 0 && r.end.line > r.start.line ? r.end.line : r.end.line + 1 };
}

/** A value of the effective service with the location of the file that sets it. */
type Located = <T>(f: ComposeField<T> | undefined, owner: ComposeService) => Fact<T> | undefined;

interface EffectiveView {
  /** The most specific definition that sets a value, with the value. */
  first<T>(pick: (s: ComposeService) => T | undefined): { value: T; owner: ComposeService } | undefined;
  /** Items of every definition, most specific first, the first of each key kept. */
  union<T>(pick: (s: ComposeService) => T[], key: (item: T) => string | undefined): Array<{ value: T; owner: ComposeService }>;
  at(range: Range, owner: ComposeService): Location;
  fact: Located;
}

function effectiveView(ctx: EffectiveContext, service: ComposeService, rel: (file: string) => string): EffectiveView {
  const definitions = deployedDefinitionsOf(ctx, service).filter((d): d is ComposeService => d !== 'unknown');
  const at = (range: Range, owner: ComposeService): Location => ({ path: rel(fileOfService(owner) ?? ctx.path), line: range.start.line + 1 });
  return {
    first(pick) {
      for (const owner of definitions) {
        const value = pick(owner);
        if (value !== undefined) return { value, owner };
      }
      return undefined;
    },
    union(pick, key) {
      const seen = new Set<string>();
      const out: Array<{ value: ReturnType<typeof pick>[number]; owner: ComposeService }> = [];
      for (const owner of definitions) {
        for (const value of pick(owner)) {
          const k = key(value);
          if (k !== undefined && seen.has(k)) continue;
          if (k !== undefined) seen.add(k);
          out.push({ value, owner });
        }
      }
      return out;
    },
    at,
    fact: (f, owner) => (f ? { value: f.value, location: at(f.keyRange, owner) } : undefined),
  };
}

function firstFact<T>(view: EffectiveView, pick: (s: ComposeService) => ComposeField<T> | undefined): Fact<T> | undefined {
  const hit = view.first(pick);
  return hit && view.fact(hit.value, hit.owner);
}

function toRawWorkload(svc: ComposeService, view: EffectiveView, relPath: string, absPath: string): RawWorkload {
  const w: RawWorkload = {
    platform: 'compose',
    kind: 'service',
    name: svc.name,
    file: absPath,
    location: { path: relPath, line: svc.nameRange.start.line + 1 },
    ...lineSpan(svc),
    hostMounts: [],
    otherVolumeTypes: [],
    containers: [toRawContainer(svc, view)],
    pod: {},
  };
  const net = firstFact(view, (s) => s.networkMode);
  if (net?.value === 'host') w.hostNetwork = { value: true, location: net.location };
  else if (net?.value === 'none') w.networkNone = { value: true, location: net.location };
  else if (net && SHARED_WITH.test(net.value)) w.networkSharedWith = net;
  const pid = firstFact(view, (s) => s.pid);
  if (pid?.value === 'host') w.hostPID = { value: true, location: pid.location };
  else if (pid && SHARED_WITH.test(pid.value)) w.shareProcessNamespace = { value: true, location: pid.location };
  const ipc = firstFact(view, (s) => s.ipc);
  if (ipc?.value === 'host') w.hostIPC = { value: true, location: ipc.location };
  const uts = firstFact(view, (s) => s.uts);
  if (uts?.value === 'host') w.hostUTS = { value: true, location: uts.location };
  const userns = firstFact(view, (s) => s.usernsMode);
  if (userns) w.userNamespace = { value: userns.value === 'host' ? 'host' : 'private', location: userns.location };
  w.runtime = firstFact(view, (s) => s.runtime);
  w.windowsIsolation = firstFact(view, (s) => s.isolation);
  const platform = firstFact(view, (s) => s.platform);
  if (platform && /^windows/i.test(platform.value)) w.targetsWindows = { value: true, location: platform.location };
  const labels = view.union((s) => s.labels, (l) => l.key);
  const marker = labels.find((l) => UNTRUSTED_KEY.test(l.value.key) && TRUE_TEXT.test(l.value.value ?? ''));
  if (marker) w.untrusted = { value: marker.value.key, location: view.at(marker.value.range, marker.owner) };
  for (const { value: v, owner } of view.union((s) => s.volumes, (v) => v.target)) {
    if (v.source && (v.type === 'bind' || mayBeHostPath(v))) w.hostMounts.push({ value: v.source, location: view.at(v.range, owner) });
  }
  return w;
}
/**
 * A short-syntax source that is a variable (`${DATA_DIR}:/data`) is usually a host path. The rules stay silent on it
 * (a false finding costs more), but the isolation picture counts it as a bind mount, the cautious reading.
 */
function mayBeHostPath(v: ComposeVolume): boolean {
  return v.syntax === 'short' && v.type === 'volume' && !!v.source?.startsWith('$');
}

function toRawContainer(svc: ComposeService, view: EffectiveView): RawContainer {
  let seccomp: Fact<string> | undefined;
  for (const { value: opt, owner } of view.union((s) => s.securityOpt, (o) => /^seccomp/.test(o.value) ? 'seccomp' : o.value)) {
    const m = /^seccomp[:=](.*)$/.exec(opt.value);
    if (m) seccomp = { value: m[1] === 'unconfined' ? 'Unconfined' : 'Localhost', location: view.at(opt.range, owner) };
  }
  const nnp = view.first(noNewPrivilegesOf);
  const user = firstFact(view, (s) => s.user);
  const image = view.first((s) => s.image);
  const container: RawContainer = {
    name: svc.name,
    image: image?.value.value ?? '',
    init: false,
    location: view.at(svc.nameRange, svc),
    imageLocation: image ? view.at(image.value.range, image.owner) : view.at(svc.nameRange, svc),
    privileged: firstFact(view, (s) => s.privileged),
    allowPrivilegeEscalation: nnp ? { value: !nnp.value.enabled, location: view.at(nnp.value.field.range, nnp.owner) } : undefined,
    capsAdd: view.union((s) => s.capAdd, (c) => c.value).map(({ value: c, owner }) => ({ value: c.value, location: view.at(c.range, owner) })),
    dropAll: view.union((s) => s.capDrop, (c) => c.value).some(({ value: c }) => c.value === 'ALL'),
    runAsUser: user ? { value: user.value.split(':')[0], location: user.location } : undefined,
    seccomp,
    readOnlyRootFilesystem: view.first((s) => s.readOnly)?.value.value === true,
    memoryLimit: firstFact(view, memoryLimitOf),
    memoryRequest: firstFact(view, (s) => s.resources.memReservation ?? s.resources.reservations.memory),
    cpuRequest: firstFact(view, (s) => s.resources.reservations.cpus ?? s.resources.cpuShares),
    cpuLimit: firstFact(view, cpuLimitOf),
    pidsLimit: firstFact(view, pidsLimitOf),
    hostPorts: [],
  };
  const build = view.first((s) => s.build);
  if (build?.value.dockerfilePath) {
    container.buildDockerfile = { value: build.value.dockerfilePath, location: view.at(build.value.keyRange, build.owner) };
    container.buildTarget = build.value.target;
    if (!image) container.builtOnly = true;
  }
  return container;
}
