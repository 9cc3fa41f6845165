/**
 * Rule kits for Compose: the shape the Kubernetes kit (`kubernetes/rule-helpers.ts` hostNamespaceRule) gives its
 * host-namespace rules, over the Compose service model, so each rule file is its declaration plus its own texts.
 */
import type { Severity } from '../../base/model/finding';
import { defineComposeRule, type ComposeRule } from './context';

/**
 * A service key that shares a host namespace when its value is `host` (`ipc: host`, `pid: host`,
 * `network_mode: host`, `userns_mode: host`). `kernelSharing: false` keeps the finding under a sandboxed runtime:
 * the host's network is passed through gVisor and Kata alike, so a sandbox does not make `network_mode: host` safe.
 */
export function hostNamespaceRule(options: {
  id: string;
  aliases: string[];
  key: 'ipc' | 'pid' | 'networkMode' | 'usernsMode';
  severity: Severity;
  title: string;
  why: string;
  howToFix: string;
  examples: { bad: string; good: string };
  /** The finding's message id and its English text, with `{service}` for the service's name. */
  messageId: string;
  message: string;
  kernelSharing: boolean;
}): ComposeRule {
  return defineComposeRule({
    meta: {
      id: options.id,
      aliases: options.aliases,
      category: 'isolation',
      severity: options.severity,
      title: options.title,
      why: options.why,
      howToFix: options.howToFix,
      examples: options.examples,
      relatesToIsolation: true,
      messages: { [options.messageId]: options.message },
    },
    check(ctx) {
      for (const service of ctx.services) {
        const field = service[options.key];
        if (!field || field.value.trim().toLowerCase() !== 'host') continue;
        const report = {
          range: field.pairRange,
          messageId: options.messageId,
          data: { service: service.name },
        };
        if (options.kernelSharing) ctx.reportKernelSharing(service, report);
        else ctx.report(report);
      }
    },
  });
}
