import type { ContainmentConfig, ResourcePolicy } from '../../knowledge/config/config';
import { matchesRuntime } from '../../knowledge/config/config';
import type { FileHost } from '../../base/host/file-host';
import type { Fix, Range } from '../../base/model/finding';
import { defineRule, type Report, type Rule, type RuleContextBase, type RuleMeta } from '../../base/model/rule';
import type { YamlDocument } from '../../base/yaml/documents';
import { mergeIntoMap, type Desired, type EditStyle } from '../../base/yaml/edit';
import type { ComposeFile, ComposeService } from './services';
import type { FixTitle } from '../../base/l10n/fix-titles';

/** Why a service does not share the host kernel directly: a sandboxed `runtime:` or Windows Hyper-V isolation. */
export interface ComposeSandbox {
  /** `runsc`, `kata-qemu`, `hyperv`. */
  value: string;
  range: Range;
  /** In words, for messages. */
  reason: string;
  /** The engine message that lowers a finding inside this sandbox (l10n/engine-messages.ts). */
  messageId: 'engine.loweredGvisor' | 'engine.loweredSandboxRuntime' | 'engine.loweredHyperv';
}

export interface ComposeContext extends RuleContextBase {
  /** Path of the Compose file (Dockerfiles of `build:` resolve against its folder). */
  path: string;
  config: ContainmentConfig;
  host: FileHost;
  /** The resource policies in effect (the config's, plus those whose rule the config switches on). */
  policy: ResourcePolicy;
  file: ComposeFile;
  services: ComposeService[];
  /** The file's indentation unit and line ending, for fixes. */
  style: EditStyle;
  /** The sandbox a service runs in, if any (config.sandboxRuntimes, `isolation: hyperv`). */
  sandboxOf(service: ComposeService): ComposeSandbox | undefined;
  /**
   * Reports a finding about sharing the host kernel: inside a sandboxed runtime it drops to `info` and says why.
   */
  reportKernelSharing(service: ComposeService, report: Report, inSandbox?: Pick<Report, 'messageId' | 'data'>): void;
  /** A fix that merges `desired` into the service map with minimal edits; undefined when no safe edit exists. */
  mergeFix(service: ComposeService, title: FixTitle, desired: Desired): Fix | undefined;
}

export type ComposeRule = Rule<ComposeContext>;

export function defineComposeRule(rule: { meta: Omit<RuleMeta, 'appliesTo'>; check(ctx: ComposeContext): void }): ComposeRule {
  return defineRule<ComposeContext>({ meta: { ...rule.meta, appliesTo: 'compose' }, check: rule.check });
}

export function sandboxOf(service: ComposeService, config: ContainmentConfig): ComposeSandbox | undefined {
  const runtime = service.runtime;
  if (runtime && matchesRuntime(config.sandboxRuntimes, runtime.value)) {
    const gvisor = /^(runsc|gvisor)/i.test(runtime.value);
    return {
      value: runtime.value,
      range: runtime.range,
      messageId: gvisor ? 'engine.loweredGvisor' : 'engine.loweredSandboxRuntime',
      reason: gvisor
        ? `runtime '${runtime.value}' is gVisor: system calls go to a user-space kernel, not straight to the host kernel`
        : `runtime '${runtime.value}' is a sandboxed runtime: the service runs on its own guest kernel, not on the host kernel`,
    };
  }
  const isolation = service.isolation;
  if (isolation && isolation.value.toLowerCase() === 'hyperv') {
    return {
      value: 'hyperv',
      range: isolation.range,
      messageId: 'engine.loweredHyperv',
      reason: "isolation 'hyperv' runs the container in its own utility VM with its own kernel",
    };
  }
  return undefined;
}

export function serviceMergeFix(doc: YamlDocument, service: ComposeService, style: EditStyle, title: FixTitle, desired: Desired): Fix | undefined {
  const edits = mergeIntoMap(doc, service.node, desired, style, undefined);
  return edits && edits.length ? { ...title, edits } : undefined;
}
