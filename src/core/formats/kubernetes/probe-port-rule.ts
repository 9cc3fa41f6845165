/**
 * The liveness, readiness and startup probe port rules (kube-linter's liveness-port, readiness-port, startup-port):
 * one per probe so each can be switched off on its own, judged alike.
 *
 * The kubelet resolves a named probe port among the container's own ports only; when none has that name the probe
 * errors on every attempt (a liveness probe then restarts the container forever). A numeric port reaches whatever
 * listens there, declared or not, so an undeclared number is only suspicious when the container declares other
 * ports (a typo, or the wrong port of several) and nothing in the pod says the port is meant (`intendedPort`); a
 * container that declares none is not judged.
 */
import type { Document } from 'yaml';
import { getEntry, seqItems, stringValue } from '../../base/yaml/nodes';
import { defineKubernetesRule, type KubernetesRule } from './context';
import { englishLabelledMessages, labelledReport } from './label-messages';
import { exposedPorts, isTemplated, portValue, type PortValue } from './ports';
import type { Workload, WorkloadContainer } from './workloads';

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

/** The probe's port value, whichever handler it uses. */
function probePort(ctx: Parameters<KubernetesRule['check']>[0], c: WorkloadContainer, probe: ProbeKind): PortValue | undefined {
  const doc = ctx.document.doc as Document;
  const node = getEntry(c.node, probe, doc)?.value;
  for (const h of HANDLERS) {
    const handler = getEntry(node, h, doc)?.value;
    if (handler) return portValue(ctx.document, handler, 'port');
  }
  return undefined;
}

/**
 * A numeric port the pod means to serve: declared by another container of the pod (they share one network namespace,
 * a sidecar may answer the probe) or named in the container's command line or env (`--health-probe-bind-address=:8081`,
 * the kubebuilder layout, keeps its health port undeclared on purpose).
 */
function intendedPort(ctx: Parameters<KubernetesRule['check']>[0], w: Workload, c: WorkloadContainer, port: number): boolean {
  if (w.containers.some((o) => o !== c && exposedPorts(ctx.document, o.node).numbers.has(port))) return true;
  const doc = ctx.document.doc as Document;
  const words = [...seqItems(getEntry(c.node, 'args', doc)?.value, doc), ...seqItems(getEntry(c.node, 'command', doc)?.value, doc)].map((n) => stringValue(n, doc) ?? '');
  for (const e of c.env) words.push(e.value ?? '');
  const mention = new RegExp(`(^|[^0-9])${port}([^0-9]|$)`);
  return words.some((word) => mention.test(word));
}

export function probePortRule(options: { id: string; alias: string; probe: ProbeKind; word: string; consequence: string }): KubernetesRule {
  return defineKubernetesRule({
    meta: {
      id: options.id,
      aliases: [options.alias],
      category: 'correctness',
      severity: 'warning',
      title: `${options.word[0].toUpperCase()}${options.word.slice(1)} probe targets a port the container does not declare`,
      why: `The kubelet looks a named probe port up among the container's own \`ports\`; when none has that name, the ${options.word} probe fails on every attempt: ${options.consequence} A numeric port is probed whether it is declared or not, so a number missing from a container that declares other ports usually means a typo or the wrong one of several ports.`,
      howToFix: 'Point the probe at a port the container declares (by its name or number), or declare the port the application serves its health check on.',
      examples: {
        bad: `ports:\n  - {name: http, containerPort: 8080}\n${options.probe}:\n  httpGet: {path: /healthz, port: metrics}`,
        good: `ports:\n  - {name: http, containerPort: 8080}\n${options.probe}:\n  httpGet: {path: /healthz, port: http}`,
      },
      messages: {
        ...englishLabelledMessages('unknownName', (l) => `${l} has a ${options.word} probe on port "{port}", but no TCP port of the container has that name: the kubelet cannot resolve it and the probe always fails.`),
        ...englishLabelledMessages('undeclaredNumber', (l) => `${l} has a ${options.word} probe on port {port}, which it does not declare (it declares {declared}): check that the probe targets the port the application listens on.`),
      },
    },
    check(ctx) {
      for (const w of ctx.workloads) {
        for (const c of w.containers) {
          if (c.type !== 'container') continue; // init containers cannot have these probes
          const port = probePort(ctx, c, options.probe);
          if (!port || (typeof port.raw === 'string' && isTemplated(port.raw))) continue;
          const exposed = exposedPorts(ctx.document, c.node);
          const text = String(port.raw);
          if (/^\d+$/.test(text)) {
            const n = Number(text);
            if (!exposed.any || exposed.numbers.has(n) || intendedPort(ctx, w, c, n)) continue;
            const declared = [...exposed.numbers].join(', ') || [...exposed.names].join(', ');
            ctx.report({ range: port.range, ...labelledReport('undeclaredNumber', w, c, { port: n, declared }) });
          } else if (!exposed.names.has(text)) {
            ctx.report({ range: port.range, severity: 'error', ...labelledReport('unknownName', w, c, { port: text }) });
          }
        }
      }
    },
  });
}
