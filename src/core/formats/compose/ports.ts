/** Published ports of a Compose service, read from the YAML (short `"[IP:]HOST:CONTAINER[/proto]"` and long syntax). */
import { isMap, isScalar, type Document, type Node, type YAMLMap } from 'yaml';
import type { Range } from '../../base/model/finding';
import { getEntry, seqItems, scalarValue } from '../../base/yaml/nodes';
import { interpolate } from './interpolate';
import type { ComposeService } from './services';

export interface PublishedPort {
  /** As written (short syntax) or `published:target` (long syntax). */
  text: string;
  /** The host address it binds; undefined when none is written (all interfaces). */
  hostIp?: string;
  /** The item (short syntax: the port text without quotes). */
  range: Range;
  /** Short syntax: where `127.0.0.1:` would go; undefined for long syntax. */
  insertAt?: Range;
  /** A variable in it could not be resolved from `.env`. */
  unknown: boolean;
  /** The short syntax after interpolation, when it differs from `text`. */
  resolved?: string;
  /** Long syntax: the item's map, where `host_ip` would go. */
  map?: YAMLMap;
}

/** Splits `[IP:]HOST:CONTAINER`, with IPv6 in brackets; the container-only form publishes a random host port. */
function hostIpOf(spec: string): string | undefined {
  const s = spec.replace(/\/(tcp|udp|sctp)$/i, '');
  const v6 = /^\[([^\]]*)\]:/.exec(s);
  if (v6) return v6[1];
  const parts = s.split(':');
  return parts.length >= 3 ? parts.slice(0, parts.length - 2).join(':') : undefined;
}

export function publishedPorts(service: ComposeService, env: Map<string, string>): PublishedPort[] {
  const ydoc = service.document;
  const doc = ydoc.doc as Document;
  const out: PublishedPort[] = [];
  for (const item of seqItems(getEntry(service.node, 'ports', doc)?.value, doc)) {
    if (!item?.range) continue;
    const range = ydoc.range(item);
    const raw = scalarValue(item, doc);
    if (raw !== undefined && raw !== null && typeof raw !== 'object') {
      const written = String(raw);
      const resolved = interpolate(written, env);
      const start = item.range[0];
      const quoted = isScalar(item) && (ydoc.text[start] === '"' || ydoc.text[start] === "'");
      const at = start + (quoted ? 1 : 0);
      out.push({
        text: written,
        hostIp: resolved === undefined ? undefined : hostIpOf(resolved),
        range,
        insertAt: isScalar(item) ? ydoc.offsetRange(at, at) : undefined,
        unknown: resolved === undefined,
        ...(resolved !== undefined && resolved !== written ? { resolved } : {}),
      });
      continue;
    }
    const published = scalarValue(getEntry(item, 'published', doc)?.value, doc);
    if (published === undefined || published === null || published === '') continue; // not published to the host
    const hostIp = scalarValue(getEntry(item, 'host_ip', doc)?.value, doc);
    const ip = hostIp === undefined || hostIp === null ? undefined : interpolate(String(hostIp), env);
    out.push({
      text: `${published}:${scalarValue(getEntry(item, 'target', doc)?.value, doc) ?? ''}`,
      hostIp: ip ?? undefined,
      range,
      unknown: hostIp !== undefined && hostIp !== null && ip === undefined,
      ...(isMap(item) ? { map: item } : {}),
    });
  }
  return out;
}

/** Binds every interface: no address, or the wildcard address. */
export function bindsAllInterfaces(port: PublishedPort): boolean {
  if (port.unknown) return false;
  const ip = port.hostIp?.replace(/^\[|\]$/g, '');
  return ip === undefined || ip === '' || ip === '0.0.0.0' || ip === '::';
}
