/**
 * Compose source adapter: maps the checker's service model (`compose/services.ts`, the same objects the Compose rules
 * and hovers read) into RawWorkloads, one per service, with `build:` resolved to the Dockerfile (and stage) it uses.
 * No YAML is read here, so the panel and the findings cannot disagree about what a Compose file says.
 */
import { composeServices as readServices, cpuLimitOf, memoryLimitOf, noNewPrivilegesOf, pidsLimitOf, type ComposeField, type ComposeService, type ComposeVolume } from '../../compose/services';
import type { FileHost } from '../../host/file-host';
import type { Range } from '../../model/finding';
import type { Location } from '../model';
import { UNTRUSTED_KEY } from './kubernetes';
import type { Fact, RawContainer, RawWorkload } from './types';

const TRUE_TEXT = /^(true|yes|on)$/i;
const SHARED_WITH = /^(service|container):/;

export function composeRawWorkloads(text: string, relPath: string, absPath: string, host: FileHost): RawWorkload[] {
  let services: ComposeService[];
  try {
    services = readServices(text, absPath, host);
  } catch {
    return [];
  }
  return services.map((s) => toRawWorkload(s, relPath, absPath));
}

function toRawWorkload(svc: ComposeService, relPath: string, absPath: string): RawWorkload {
  const at = (range: Range): Location => ({ path: relPath, line: range.start.line + 1 });
  const fact = <T>(f: ComposeField<T> | undefined): Fact<T> | undefined => (f ? { value: f.value, location: at(f.keyRange) } : undefined);
  const r = svc.range;
  const w: RawWorkload = {
    platform: 'compose',
    kind: 'service',
    name: svc.name,
    file: absPath,
    location: at(svc.nameRange),
    startLine: svc.nameRange.start.line + 1,
    endLine: r.end.character === 0 && r.end.line > r.start.line ? r.end.line : r.end.line + 1,
    hostMounts: [],
    otherVolumeTypes: [],
    containers: [toRawContainer(svc, at, fact)],
    pod: {},
  };
  const net = fact(svc.networkMode);
  if (net?.value === 'host') w.hostNetwork = { value: true, location: net.location };
  else if (net?.value === 'none') w.networkNone = { value: true, location: net.location };
  else if (net && SHARED_WITH.test(net.value)) w.networkSharedWith = net;
  const pid = fact(svc.pid);
  if (pid?.value === 'host') w.hostPID = { value: true, location: pid.location };
  else if (pid && SHARED_WITH.test(pid.value)) w.shareProcessNamespace = { value: true, location: pid.location };
  if (svc.ipc?.value === 'host') w.hostIPC = { value: true, location: at(svc.ipc.keyRange) };
  if (svc.uts?.value === 'host') w.hostUTS = { value: true, location: at(svc.uts.keyRange) };
  if (svc.usernsMode) w.userNamespace = { value: svc.usernsMode.value === 'host' ? 'host' : 'private', location: at(svc.usernsMode.keyRange) };
  w.runtime = fact(svc.runtime);
  w.windowsIsolation = fact(svc.isolation);
  if (svc.platform && /^windows/i.test(svc.platform.value)) w.targetsWindows = { value: true, location: at(svc.platform.keyRange) };
  const marker = svc.labels.find((l) => UNTRUSTED_KEY.test(l.key) && TRUE_TEXT.test(l.value ?? ''));
  if (marker) w.untrusted = { value: marker.key, location: at(marker.range) };
  for (const v of svc.volumes) if (v.source && (v.type === 'bind' || mayBeHostPath(v))) w.hostMounts.push({ value: v.source, location: at(v.range) });
  return w;
}

/**
 * A short-syntax source that is a variable (`${DATA_DIR}:/data`) is usually a host path. The rules stay silent on it
 * (a false finding costs more), but the isolation picture counts it as a bind mount, the cautious reading.
 */
function mayBeHostPath(v: ComposeVolume): boolean {
  return v.syntax === 'short' && v.type === 'volume' && !!v.source?.startsWith('$');
}

function toRawContainer(svc: ComposeService, at: (r: Range) => Location, fact: <T>(f: ComposeField<T> | undefined) => Fact<T> | undefined): RawContainer {
  const res = svc.resources;
  let seccomp: Fact<string> | undefined;
  for (const opt of svc.securityOpt) {
    const m = /^seccomp[:=](.*)$/.exec(opt.value);
    if (m) seccomp = { value: m[1] === 'unconfined' ? 'Unconfined' : 'Localhost', location: at(opt.range) };
  }
  const noNewPrivileges = noNewPrivilegesOf(svc);
  const user = fact(svc.user);
  const container: RawContainer = {
    name: svc.name,
    image: svc.image?.value ?? '',
    init: false,
    location: at(svc.nameRange),
    imageLocation: at(svc.image?.range ?? svc.nameRange),
    privileged: fact(svc.privileged),
    allowPrivilegeEscalation: noNewPrivileges ? { value: !noNewPrivileges.enabled, location: at(noNewPrivileges.field.range) } : undefined,
    capsAdd: svc.capAdd.map((c) => ({ value: c.value, location: at(c.range) })),
    dropAll: svc.capDrop.some((c) => c.value === 'ALL'),
    runAsUser: user ? { value: user.value.split(':')[0], location: user.location } : undefined,
    seccomp,
    readOnlyRootFilesystem: svc.readOnly?.value === true,
    memoryLimit: fact(memoryLimitOf(svc)),
    memoryRequest: fact(res.memReservation ?? res.reservations.memory),
    cpuRequest: fact(res.reservations.cpus ?? res.cpuShares),
    cpuLimit: fact(cpuLimitOf(svc)),
    pidsLimit: fact(pidsLimitOf(svc)),
    hostPorts: [],
  };
  const build = svc.build;
  if (build?.dockerfilePath) {
    container.buildDockerfile = { value: build.dockerfilePath, location: at(build.keyRange) };
    container.buildTarget = build.target;
    if (!svc.image) container.builtOnly = true;
  }
  return container;
}
