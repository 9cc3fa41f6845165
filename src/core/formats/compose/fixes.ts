/**
 * Fixes shared by several Compose rules. The memory and CPU rules attach the *same* resources fix, so that
 * `containment check --fix` (which de-duplicates identical edits) never inserts two `deploy:` blocks.
 */
import type { Fix } from '../../base/model/finding';
import type { Desired } from '../../base/yaml/edit';
import type { ComposeContext } from './context';
import { cpuLimitOf, memoryLimitOf, pidsLimitOf, type ComposeService } from './services';
import { fixTitle } from '../../base/l10n/fix-titles';
import type { MessageRef } from '../../base/l10n/format-message';

const BINARY: Record<string, number> = { ki: 2 ** 10, mi: 2 ** 20, gi: 2 ** 30, ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12 };
const COMPOSE_UNITS: Record<string, number> = { b: 1, k: 2 ** 10, kb: 2 ** 10, m: 2 ** 20, mb: 2 ** 20, g: 2 ** 30, gb: 2 ** 30, t: 2 ** 40, tb: 2 ** 40 };

/**
 * Bytes of a memory quantity in either notation: Kubernetes (`128Mi`, `1G`, `500M`) or Compose/Docker (`256m`, `1gb`).
 * Compose's single-letter units are binary (Docker reads `256m` as 256 MiB). Undefined when it cannot be read.
 */
export function memoryBytes(value: string, notation: 'kubernetes' | 'compose'): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2];
  if (!unit) return n;
  const lower = unit.toLowerCase();
  if (notation === 'kubernetes') {
    if (BINARY[lower] && /i$/.test(unit)) return n * BINARY[lower];
    if (DECIMAL[lower] && unit.length === 1 && unit !== 'm') return n * DECIMAL[lower];
    if (unit === 'M') return n * 1e6;
  }
  if (COMPOSE_UNITS[lower] !== undefined) return n * COMPOSE_UNITS[lower];
  if (BINARY[lower]) return n * BINARY[lower];
  return undefined;
}

/** A Kubernetes-style memory quantity (`256Mi`) written the way Compose reads it (`256M`). */
export function composeMemory(quantity: string): string {
  const q = quantity.trim();
  const binary = /^(\d+)(Ki|Mi|Gi|Ti)$/.exec(q);
  if (binary) return `${binary[1]}${binary[2][0].toUpperCase()}`;
  if (/^\d+(\.\d+)?[bkmgt]b?$/i.test(q) && !/^\d+(\.\d+)?[KMGT]$/.test(q)) return q; // already Compose notation (256m, 1gb)
  const bytes = memoryBytes(q, 'kubernetes');
  if (bytes === undefined) return q;
  return bytesToCompose(bytes);
}

function bytesToCompose(bytes: number): string {
  for (const [unit, size] of [['G', 2 ** 30], ['M', 2 ** 20], ['K', 2 ** 10]] as const) {
    if (bytes >= size && Number.isInteger(bytes / size)) return `${bytes / size}${unit}`;
  }
  return bytes >= 2 ** 20 ? `${Math.max(1, Math.round(bytes / 2 ** 20))}M` : `${Math.ceil(bytes)}b`;
}

/** A Kubernetes CPU quantity (`500m`, `1`, `1.5`) as Compose `cpus` (`0.5`, `1`, `1.5`). */
export function composeCpus(quantity: string): string {
  const q = quantity.trim();
  const milli = /^(\d+)m$/.exec(q);
  const n = milli ? Number(milli[1]) / 1000 : Number(q);
  if (!Number.isFinite(n) || n <= 0) return '0.5';
  return String(Math.round(n * 1000) / 1000);
}

/** Whether the service uses the legacy service-level resource keys (mem_limit, cpus…) rather than `deploy`. */
function usesLegacyKeys(service: ComposeService): boolean {
  const r = service.resources;
  return !!(r.memLimit || r.memReservation || r.cpus || r.cpuQuota || r.memswapLimit) && !r.limits.memory && !r.limits.cpus && !r.reservations.memory;
}

/**
 * The resources a service is missing under the current policy, as one merge into the service: memory limit (and a
 * memory reservation) under `deploy.resources`, and — when the CPU policy asks — a `cpus` limit. A service already
 * written with legacy keys (`mem_limit`, `cpus`) gets legacy keys, so the two styles are never mixed.
 */
export function resourcesFix(ctx: ComposeContext, service: ComposeService): Fix | undefined {
  const config = ctx.config;
  const defaults = config.resourceDefaults;
  const r = service.resources;
  const legacy = usesLegacyKeys(service);
  const needMemory = ctx.policy.memoryLimits && !memoryLimitOf(service);
  const needCpu = ctx.policy.cpuLimits && !cpuLimitOf(service);
  if (!needMemory && !needCpu) return undefined;

  let memory = composeMemory(defaults.memoryLimit);
  // a limit below an existing reservation is rejected by Docker: never propose one
  const reservation = r.reservations.memory?.value ?? r.memReservation?.value;
  const reservedBytes = reservation ? memoryBytes(reservation, 'compose') : undefined;
  const limitBytes = memoryBytes(memory, 'compose');
  if (reservation && reservedBytes !== undefined && limitBytes !== undefined && reservedBytes > limitBytes) memory = reservation;
  let cpus = composeCpus(defaults.cpuLimit);
  const reservedCpus = Number(r.reservations.cpus?.value);
  if (Number.isFinite(reservedCpus) && reservedCpus > Number(cpus)) cpus = String(reservedCpus);

  const parts: MessageRef[] = [];
  let desired: Desired;
  if (legacy) {
    desired = {};
    if (needMemory) {
      desired.mem_limit = memory;
      parts.push({ id: 'composeLimit.memLimit', data: { value: memory } });
    }
    if (needCpu) {
      desired.cpus = cpus;
      parts.push({ id: 'composeLimit.cpus', data: { value: cpus } });
    }
  } else {
    const limits: Desired = {};
    const reservations: Desired = {};
    if (needMemory) {
      limits.memory = memory;
      parts.push({ id: 'composeLimit.memoryLimit', data: { value: memory } });
      if (ctx.policy.memoryRequests && !r.reservations.memory && !r.memReservation) {
        const request = composeMemory(defaults.memoryRequest);
        const requestBytes = memoryBytes(request, 'compose');
        const finalLimit = memoryBytes(memory, 'compose');
        if (requestBytes !== undefined && finalLimit !== undefined && requestBytes <= finalLimit) {
          reservations.memory = request;
          parts.push({ id: 'composeLimit.reservation', data: { value: request } });
        }
      }
    }
    if (needCpu) {
      limits.cpus = cpus;
      parts.push({ id: 'composeLimit.cpus', data: { value: cpus } });
    }
    const resources: Desired = { limits };
    if (Object.keys(reservations).length) resources.reservations = reservations;
    desired = { deploy: { resources } };
  }
  const fix = changingBehaviour(ctx.mergeFix(service, fixTitle('addComposeLimits', { service: service.name, limits: { items: parts, separator: ', ' } }), desired));
  return fix && { ...fix, placeholders: leafValues(desired) };
}

/** `pids_limit` from resourceDefaults.pidsLimit. */
export function pidsFix(ctx: ComposeContext, service: ComposeService): Fix | undefined {
  if (pidsLimitOf(service)) return undefined;
  const n = ctx.config.resourceDefaults.pidsLimit;
  const fix = changingBehaviour(ctx.mergeFix(service, fixTitle('addPidsLimit', { limit: n, service: service.name }), { pids_limit: n }));
  return fix && { ...fix, placeholders: [String(n)] };
}

function leafValues(desired: Desired): string[] {
  return Object.values(desired).flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? leafValues(v as Desired) : [String(v)]));
}

/** Limits can get a service killed or throttled (memory, pids, CPU) and security options change what it may do. */
export function changingBehaviour(fix: Fix | undefined): Fix | undefined {
  return fix && { ...fix, changesBehaviour: true };
}

/**
 * The Compose format's fix builders (`Format.fixes`): each adds what its rules find missing, deciding it with the same
 * readers (`memoryLimitOf`, `cpuLimitOf`, `pidsLimitOf`). The memory and CPU rules share `resources`.
 */
export const composeFixes = { resources: resourcesFix, pids: pidsFix };
