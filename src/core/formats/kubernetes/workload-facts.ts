/** Facts derived from a workload: quantities in base units, the QoS class, sandbox runtimes, labels for messages. */
import type { KubernetesObject, Workload, WorkloadContainer } from './workload-types';


const SUFFIX: Record<string, number> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};
const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/** A Kubernetes quantity (`100m`, `0.5`, `128Mi`, `1e3`) in base units; undefined when it is not one. */
export function parseQuantity(raw: string): number | undefined {
  const m = QUANTITY.exec(raw.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2]) return n * Math.pow(10, Number(m[2].slice(1)));
  return n * SUFFIX[m[3] ?? ''];
}

export type QosClass = 'BestEffort' | 'Burstable' | 'Guaranteed';

function sameQuantity(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}

/**
 * The pod's QoS class, computed the way the kubelet does after defaulting: a container's missing request defaults to
 * its limit; Guaranteed needs CPU and memory limits on every (init) container and requests equal to limits;
 * BestEffort has no CPU/memory request or limit anywhere. Ephemeral containers do not count.
 */
export function qosClass(workload: Pick<Workload, 'containers'>): QosClass {
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  let any = false;
  for (const c of workload.containers) {
    if (c.type === 'ephemeralContainer') continue;
    const found = new Set<string>();
    for (const name of ['cpu', 'memory'] as const) {
      const limit = c.resources.limits[name];
      const request = c.resources.requests[name] ?? limit; // API defaulting
      const limitValue = limit ? limit.value ?? NaN : undefined;
      const requestValue = request ? request.value ?? NaN : undefined;
      if (requestValue !== undefined && requestValue !== 0) {
        any = true;
        requests.set(name, (requests.get(name) ?? 0) + requestValue);
      }
      if (limitValue !== undefined && limitValue !== 0) {
        any = true;
        found.add(name);
        limits.set(name, (limits.get(name) ?? 0) + limitValue);
        // an unparseable request equal in text to its limit still counts as equal
        if (Number.isNaN(requestValue ?? 0) && request?.raw !== limit?.raw) guaranteed = false;
      }
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (!any) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (lim === undefined || (!Number.isNaN(req) && !Number.isNaN(lim) && !sameQuantity(req, lim))) guaranteed = false;
    }
    if (guaranteed && requests.size === limits.size) return 'Guaranteed';
  }
  return 'Burstable';
}

/** True when a runtimeClassName names a sandbox with its own kernel (gVisor, Kata…). */
export function sandboxRuntime(workload: Pick<Workload, 'runtimeClassName'>, patterns: string[]): string | undefined {
  const rc = workload.runtimeClassName?.value;
  if (!rc) return undefined;
  const v = rc.toLowerCase();
  return patterns.some((p) => (p.endsWith('*') ? v.startsWith(p.slice(0, -1).toLowerCase()) : v === p.toLowerCase())) ? rc : undefined;
}

/** A short label for a container in messages: `container "web"`, `init container "setup"`. */
export function containerLabel(c: WorkloadContainer): string {
  const what = c.type === 'container' ? 'container' : c.type === 'initContainer' ? 'init container' : 'ephemeral container';
  return c.name !== undefined ? `${what} "${c.name}"` : `${what} #${c.index + 1}`;
}

/** `Deployment "web"`. */
export function workloadLabel(w: Pick<KubernetesObject, 'kind' | 'name'>): string {
  return w.name ? `${w.kind} "${w.name}"` : w.kind;
}
