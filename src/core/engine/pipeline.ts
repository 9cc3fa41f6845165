/**
 * The one pipeline every format runs through (the contract: format.ts). For a text of one format:
 *   template skip → parse → built-in finding (yaml-syntax, yaml-alias-limit) or the model → the rules, in
 *   run-rules.ts, with the config's severities, rules switched off and policies in effect → suppression by every
 *   syntax the format honours → sandbox down-grading (`reportKernelSharing`) → the format's last word (`adjust`).
 * Built-in findings obey the config (off, severity) and the file's suppression comments like any rule's.
 */
import type { ContainmentConfig } from '../knowledge/config/config';
import type { FileHost } from '../base/host/file-host';
import type { Finding } from '../base/model/finding';
import type { Suppressor } from '../base/model/rule';
import type { Analysis, AnyFormat, BuiltinReport, EngineContext, ModelCache, PartFinding } from './format';
import { configuredSetting, isRuleEnabled, isSuppressed, messageOf, policyInEffect, runRules } from './run-rules';

/** A built-in finding under the config (undefined when its rule is off or a suppression comment silences it). */
export function builtinFinding(report: BuiltinReport, config: ContainmentConfig, suppressors: readonly Suppressor[] = []): Finding | undefined {
  const { meta } = report;
  if (!isRuleEnabled(meta, config)) return undefined;
  if (suppressors.length && isSuppressed(suppressors, config, meta, report.range)) return undefined;
  const setting = configuredSetting(meta, config);
  return {
    rule: meta.id,
    aliases: meta.aliases,
    category: meta.category,
    severity: setting && setting !== 'off' ? setting : meta.severity,
    message: report.message,
    ...(report.messageId ? { messageId: report.messageId } : {}),
    ...(report.data ? { data: report.data } : {}),
    range: report.range,
  };
}

/** One file of one format, start to end. */
export function analyzeWithFormat(format: AnyFormat, text: string, path: string, config: ContainmentConfig, host: FileHost, models?: ModelCache): Analysis {
  const skipped = format.skip?.(text, path);
  if (skipped) {
    const finding = builtinFinding(skipped, config);
    return { findings: finding ? [finding] : [], ruleErrors: [] };
  }
  if (format.analyzeFile) return format.analyzeFile(text, path, config, host, models);
  return analyzePart(format, text, path, config, host, [], models);
}

/**
 * One text through the pipeline: a whole file, or one part of it for a format that drives its parts (`fileSuppressors`
 * then holds the syntaxes that reach over the whole file, such as a YAML `global ignore`). The model comes back for
 * the format's file-level stage. With a store (a project scan) the model is the store's, shared with the scan's facts.
 */
export function analyzePart<Model>(
  format: AnyFormat,
  text: string,
  path: string,
  config: ContainmentConfig,
  host: FileHost,
  fileSuppressors: readonly Suppressor[] = [],
  models?: ModelCache,
): Analysis<PartFinding> & { model?: Model } {
  const parsed = models ? models.parse<Model>(format, text, path, host) : format.parse(text, path, host);
  if (!parsed) return { findings: [], ruleErrors: [] };
  if (parsed.builtin) {
    const finding = builtinFinding(parsed.builtin, config, [...format.suppressors(text, undefined), ...fileSuppressors]);
    return { findings: finding ? [finding] : [], ruleErrors: [] };
  }
  const model = parsed.model as Model;
  const suppressors = format.suppressors(text, model);
  if (fileSuppressors.length) suppressors.push(...fileSuppressors);
  const policy = policyInEffect(config, format.rules);
  const adjust = format.adjust;
  const result = runRules({
    rules: format.rules,
    config,
    policy,
    index: format.index(model),
    suppressors,
    createContext: (report, running) => {
      const engine: EngineContext<unknown> = {
        path,
        config,
        host,
        policy,
        report,
        reportKernelSharing: (subject, r, inSandbox) => {
          const note = format.sandboxNote?.(subject, config);
          if (!note) return report(r);
          // the rule's own message is nested in the engine's note, so both read in one language
          const own = inSandbox?.messageId ? inSandbox : r;
          const finding = own.messageId ? { id: own.messageId, data: own.data } : messageOf(running(), r);
          report({ ...r, severity: 'info', messageId: note.messageId, data: { ...note.data, finding } });
        },
      };
      return format.createContext(model, engine);
    },
    adjust: adjust && ((meta, finding) => adjust(model, meta, finding)),
  });
  return { findings: result.findings, ruleErrors: result.ruleErrors, model };
}
