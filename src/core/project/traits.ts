/**
 * What a workload is *for*, as far as its files tell: the role its images and names reveal (node exporter, CNI agent,
 * CI runner, notebook, database …) and the low-level needs the source adapters do not model (GPUs, host devices,
 * node-level sysctls, eBPF, module loading, the documented isolation label). The verdict and the runtime fit matrix
 * are built on these; each trait keeps the file and line it comes from.
 * Reads only the workload's own line span (and the Dockerfiles it runs), once per workload, when a report is built.
 */
import { cacheMap } from '../base/caches';
import type { Location } from './model';
import type { Fact, RawWorkload } from '../base/model/workload-facts';

export type Role =
  | 'cni'
  | 'csi'
  | 'node-monitor'
  | 'kernel-probe'
  | 'log-shipper'
  | 'socket-manager'
  | 'ci-runner'
  | 'builder'
  | 'notebook'
  | 'converter'
  | 'plugin-host'
  | 'database'
  | 'vpn';

/** Roles that are part of a node's trusted base by design. */
export const NODE_AGENT_ROLES: ReadonlySet<Role> = new Set<Role>(['cni', 'csi', 'node-monitor', 'kernel-probe', 'log-shipper', 'socket-manager']);
/** Roles that run code or input someone else wrote. */
export const UNTRUSTED_ROLES: ReadonlySet<Role> = new Set<Role>(['ci-runner', 'builder', 'notebook', 'converter', 'plugin-host']);

/** Matched against image repositories and workload/container names (lower case). Order: first match wins. */
const ROLE_PATTERNS: Array<[Role, RegExp]> = [
  ['cni', /\b(calico|cilium|flannel|weave-(net|kube)|kube-proxy|multus|antrea|kube-router|amazon-k8s-cni|aws-node|azure-cni|kindnet|canal)\b/],
  ['csi', /(^|[/_-])csi([/_-]|$)|node-driver-registrar|longhorn-manager|rook-ceph|openebs/],
  ['kernel-probe', /\b(falco|tetragon|tracee|pixie|sysdig|parca-agent|bpftrace|kepler|beyla|inspektor-gadget)\b/],
  ['node-monitor', /node[-_]exporter|\bcadvisor\b|datadog[/-]agent|\bdd-agent\b|newrelic-infra|\bnetdata\b|dcgm-exporter|process-exporter|smartctl-exporter/],
  ['log-shipper', /fluent-?bit|\bfluentd\b|\bfilebeat\b|\bpromtail\b|timberio\/vector|\bvector-agent\b|grafana-agent|grafana\/alloy|otel(col|-collector)|\botel\/[a-z-]*collector/],
  ['socket-manager', /\b(portainer|watchtower|dozzle|yacht|docker-socket-proxy|ouroboros|diun|docker-gc)\b/],
  ['ci-runner', /gitlab-runner|actions-runner|github-runner|buildkite-agent|drone-runner|woodpecker-agent|jenkins[/-](inbound-)?agent|teamcity-agent|azure-pipelines-agent|\bci-runner\b|\bforgejo-runner\b|\bact-runner\b/],
  ['builder', /moby\/buildkit|\bbuildkitd\b|\bkaniko\b|:[^/]*dind|\bdind\b|\bbuildah\b/],
  ['notebook', /jupyter|\bzeppelin\b|\brstudio\b|code-server|\bmarimo\b/],
  ['converter', /gotenberg|libreoffice|unoconv|imagemagick|ghostscript|\bpandoc\b|tika|onlyoffice|collabora|\bthumbor\b|\bimgproxy\b|jrottenberg\/ffmpeg/],
  ['plugin-host', /plugin-?(host|runner|sandbox)|\bopenfaas\b|\bfission\b|\bfaasd\b|\bjudge0\b|\bpiston\b/],
  ['database', /\b(postgres|postgresql|postgis|mysql|mariadb|mongo|mongodb|redis|valkey|elasticsearch|opensearch|cassandra|scylla|clickhouse|kafka|etcd|cockroach|timescaledb|influxdb|neo4j|rabbitmq|minio)\b/],
  ['vpn', /wireguard|wg-easy|openvpn|\bstrongswan\b|\blibreswan\b/],
];

export interface WorkloadTraits {
  role?: { role: Role; what: string; location: Location };
  gpu?: Fact<string>;
  devices: Array<Fact<string>>;
  /** Non-namespaced sysctls (vm.*, most kernel.*, fs.* outside mqueue): node configuration. */
  nodeSysctls: Array<Fact<string>>;
  ebpf?: Fact<string>;
  /** Loading kernel modules: CAP_SYS_MODULE, /lib/modules, modprobe/insmod. */
  kernelModules?: Fact<string>;
  /** `containment.dev/isolation: vm|sandbox` — documented opt-in for separation the files cannot show. */
  isolationLabel?: Fact<'vm' | 'sandbox'>;
}

export interface TraitSource {
  /** Text of the workload's file (the Dockerfile for a plain `docker run` image). */
  text: string;
  /** Texts of the Dockerfiles its containers are built from (display path → text). */
  dockerfiles: Array<{ path: string; text: string }>;
  /** Text of another scanned file (display path), for definitions merged into the workload (`raw.mergedSpans`). */
  textOf?: (path: string) => string | undefined;
}

const GPU = /\b((nvidia|amd|intel)\.com\/(gpu|mig-[\w.-]+)|gpu\.intel\.com\/\w+)\b|\bdriver:\s*["']?nvidia\b|\bgpus:\s*\S|--gpus\b|\bruntime:\s*["']?nvidia\b/i;
const DEVICE = /(?:^|[\s"'\-,[])(\/dev\/(?!null\b|zero\b|u?random\b|shm\b|pts\b|stdin\b|stdout\b|stderr\b|termination-log\b|tcp\/|udp\/)[\w./-]+)/;
const SYSCTL_NAME = /\b((?:vm|kernel|fs|net)\.[a-z0-9_.]+)\b/g;
/** Namespaced sysctls: the ones a container may set for itself. */
const NAMESPACED_SYSCTL = /^(kernel\.(shm\w*|msg\w*|sem|ns_last_pid)|fs\.mqueue\..+|net\..+)$/;
const SYSCTL_CONTEXT = /sysctl|max_map_count/;
const EBPF = /\b(CAP_)?(BPF|PERFMON)\b(?=["'\],\s]|$)|\/sys\/(kernel\/(debug|tracing|btf)|fs\/bpf)\b/;
const MODULES = /\b(modprobe|insmod)\b|\bSYS_MODULE\b|(^|[\s"':])\/(usr\/)?lib\/modules\b/;
const ISOLATION_LABEL = /containment\.dev\/isolation["']?\s*[:=]\s*["']?(vm|sandbox)\b/i;

export function workloadTraits(raw: RawWorkload, source: TraitSource): WorkloadTraits {
  const traits: WorkloadTraits = { devices: [], nodeSysctls: [] };
  traits.role = roleOf(raw);
  const spans = [{ path: raw.location.path, text: source.text, startLine: raw.startLine, endLine: raw.endLine }];
  for (const span of raw.mergedSpans ?? []) spans.push({ ...span, text: source.textOf?.(span.path) ?? '' });
  for (const span of spans) {
    const lines = linesOf(span.text);
    const last = Math.min(lines.length, span.endLine);
    for (let n = Math.max(1, span.startLine); n <= last; n++) readLine(traits, lines[n - 1], { path: span.path, line: n });
  }
  for (const d of source.dockerfiles) {
    d.text.split(/\r?\n/).forEach((line, i) => {
      if (!traits.kernelModules && /\b(modprobe|insmod)\s+\w/.test(line)) traits.kernelModules = { value: /\b(modprobe|insmod)\b/.exec(line)![1], location: { path: d.path, line: i + 1 } };
    });
  }
  return traits;
}

/** Lines of a file's text, split once for all the workloads defined in it. */
const splitTexts = cacheMap<string, string[]>('project/traits splitTexts');
function linesOf(text: string): string[] {
  let lines = splitTexts.get(text);
  if (!lines) {
    if (splitTexts.size > 16) splitTexts.clear();
    splitTexts.set(text, (lines = text.split(/\r?\n/)));
  }
  return lines;
}

function readLine(traits: WorkloadTraits, line: string, location: Location): void {
  const code = line.replace(/(^|\s)#.*$/, '');
  if (!code.trim()) return;
  let m: RegExpExecArray | null;
  if (!traits.gpu && (m = GPU.exec(code))) traits.gpu = { value: m[0].replace(/["']/g, '').trim(), location };
  if ((m = DEVICE.exec(code)) && !traits.devices.some((d) => d.value === m![1])) traits.devices.push({ value: m[1], location });
  if (SYSCTL_CONTEXT.test(code) || /^\s*-?\s*(name:\s*)?["']?(vm|kernel|fs)\.[a-z_]+/.test(code)) {
    for (const s of code.matchAll(SYSCTL_NAME)) {
      if (!NAMESPACED_SYSCTL.test(s[1]) && !traits.nodeSysctls.some((x) => x.value === s[1])) traits.nodeSysctls.push({ value: s[1], location });
    }
  }
  if (!traits.ebpf && (m = EBPF.exec(code))) traits.ebpf = { value: m[0], location };
  if (!traits.kernelModules && (m = MODULES.exec(code))) traits.kernelModules = { value: m[0].replace(/^[\s"':]+/, ''), location };
  if (!traits.isolationLabel && (m = ISOLATION_LABEL.exec(code))) traits.isolationLabel = { value: m[1].toLowerCase() as 'vm' | 'sandbox', location };
}

function roleOf(raw: RawWorkload): WorkloadTraits['role'] {
  for (const c of raw.containers) {
    const image = c.image.toLowerCase().replace(/@sha256:[0-9a-f]+$/, '');
    for (const [role, re] of ROLE_PATTERNS) if (re.test(image)) return { role, what: c.image, location: c.imageLocation };
  }
  const name = raw.name.toLowerCase();
  for (const [role, re] of ROLE_PATTERNS) if (re.test(name)) return { role, what: raw.name, location: raw.location };
  return undefined;
}
