/**
 * The Compose format (engine/format.ts): the model is the file's services, read once (services.ts) and interpolated
 * from `.env`; broken YAML and alias bombs are built-in findings; suppression is the YAML pragmas
 * (`# containment [global] ignore=…`); a sandboxed `runtime:` or `isolation: hyperv` lowers kernel-sharing findings.
 */
import type { Format } from '../../engine/format';
import { LineIndex } from '../../base/text/line-index';
import { parseYamlPragmas, yamlPragmaSuppressor } from '../../base/yaml/pragmas';
import { sandboxOf, serviceMergeFix, type ComposeContext } from './context';
import { composeFacts } from './facts';
import { composeFixes } from './fixes';
import { composeRules } from './rules.generated';
import { parseCompose, type ComposeModel } from './parse';
import type { ComposeService } from './services';
import { detectCompose } from './detect';

export type { ComposeModel };

export const composeFormat: Format<ComposeModel, ComposeContext, ComposeService, typeof composeFixes> = {
  kind: 'compose',
  detect: detectCompose,
  parse: (text, path, host) => parseCompose(text, path, host),
  rules: composeRules,
  index: (model) => model.index,
  createContext({ file, style }, engine) {
    const { config } = engine;
    return {
      path: engine.path,
      config,
      host: engine.host,
      policy: engine.policy,
      file,
      services: file.services,
      style,
      report: engine.report,
      sandboxOf: (service) => sandboxOf(service, config),
      reportKernelSharing: engine.reportKernelSharing,
      mergeFix: (service, title, desired) => serviceMergeFix(file.document!, service, style, title, desired),
    };
  },
  suppressors: (text, model) => [yamlPragmaSuppressor(parseYamlPragmas(model?.index ?? new LineIndex(text)))],
  sandboxNote(service, config) {
    const sandbox = sandboxOf(service, config);
    return sandbox && { messageId: sandbox.messageId, data: { runtime: sandbox.value } };
  },
  facts: composeFacts,
  fixes: composeFixes,
};
