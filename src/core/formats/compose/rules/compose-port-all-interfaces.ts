import { defineComposeRule } from '../context';
import { projectEnvFor, shown } from '../interpolate';
import { bindsAllInterfaces, publishedPorts } from '../ports';
import { fixTitle } from '../../../base/l10n/fix-titles';
import type { Fix } from '../../../base/model/finding';
import { mergeIntoMap } from '../../../base/yaml/edit';
import type { ComposeContext } from '../context';
import type { ComposeService } from '../services';
import type { PublishedPort } from '../ports';

export default defineComposeRule({
  meta: {
    id: 'compose-port-all-interfaces',
    aliases: ['no-unbound-port-interfaces'],
    category: 'isolation',
    severity: 'info',
    title: 'Compose service publishes a port on every host interface',
    why: 'A published port without an address (`"8080:80"`) binds 0.0.0.0: every network the host is on can reach it. Docker opens it with its own iptables rules, which are evaluated before host firewalls such as ufw or firewalld, so a firewall rule that looks like it blocks the port does not. That is right for a public web service and a surprise for a database, an admin UI or a development server. Info by default, since both uses are common.',
    howToFix: 'When only this machine uses the port, bind the loopback address: `"127.0.0.1:8080:80"`, or `host_ip: 127.0.0.1` in the long syntax (the quick fix does this; `--fix` leaves it to you, since it changes who can reach the service). Leave it when the service is meant to be reachable from other machines; to silence the note for such a service, set the address explicitly (`"0.0.0.0:80:80"`).',
    examples: { bad: 'ports:\n  - "5432:5432"', good: 'ports:\n  - "127.0.0.1:5432:5432"' },
    fixable: true,
    relatesToIsolation: true,
    messages: {
      allInterfaces: "Service '{service}' publishes {port} on every host interface (0.0.0.0): Docker's iptables rules let it through host firewalls such as ufw. Bind 127.0.0.1 if only this machine uses it.",
    },
  },
  check(ctx) {
    let env: Map<string, string> | undefined;
    for (const service of ctx.services) {
      const hasPorts = service.node.items.some((p) => (p.key as { value?: unknown } | null)?.value === 'ports');
      if (!hasPorts) continue;
      env ??= projectEnvFor(ctx.path, ctx.host);
      for (const port of publishedPorts(service, env)) {
        if (!bindsAllInterfaces(port) || port.hostIp !== undefined) continue; // an explicit 0.0.0.0 is a decision
        ctx.report({
          range: port.range,
          messageId: 'allInterfaces',
          data: { service: service.name, port: port.resolved !== undefined ? shown({ written: port.text }, port.resolved) : port.text },
          fix: localhostFix(ctx, service, port),
        });
      }
    }
  },
});

/** Binds the loopback address: `127.0.0.1:` before a short-syntax port, `host_ip: 127.0.0.1` in a long-syntax one. */
function localhostFix(ctx: ComposeContext, service: ComposeService, port: PublishedPort): Fix | undefined {
  const title = fixTitle('publishOnLocalhost', { port: port.text });
  if (port.insertAt) {
    const containerOnly = !port.text.replace(/\/(tcp|udp|sctp)$/i, '').includes(':');
    return { ...title, edits: [{ range: port.insertAt, newText: containerOnly ? '127.0.0.1::' : '127.0.0.1:' }], manual: true };
  }
  const edits = port.map && mergeIntoMap(service.document, port.map, { host_ip: '127.0.0.1' }, ctx.style);
  return edits?.length ? { ...title, edits, manual: true } : undefined;
}
