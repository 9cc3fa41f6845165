/**
 * The one read of a Compose file's text: the YAML documents, the services (services.ts) interpolated with the
 * project's variables (interpolate.ts), or the built-in finding that stands instead (broken YAML, an alias bomb).
 * The format (format.ts) parses the file being checked with it, the effective model (effective-model.ts) the files
 * merged with it (the override, `include:` lists, `extends: {file}`), so both read a file the same way.
 */
import type { Parsed } from '../../engine/format';
import { aliasBombReport, yamlSyntaxReport } from '../../engine/yaml-builtins';
import type { FileHost } from '../../base/host/file-host';
import { LineIndex } from '../../base/text/line-index';
import { parseYamlDocuments } from '../../base/yaml/documents';
import { detectStyle, type EditStyle } from '../../base/yaml/edit';
import { interpolateServices, projectEnvFor } from './interpolate';
import { readComposeFile, type ComposeFile } from './services';

export interface ComposeModel {
  file: ComposeFile;
  index: LineIndex;
  style: EditStyle;
}

/**
 * `envOwner`: the file whose project variables apply — the file itself, unless it is reached through `extends` from
 * another project's file. No model when the file has no services.
 */
export function parseCompose(text: string, path: string, host: FileHost, envOwner = path): Parsed<ComposeModel> {
  const documents = parseYamlDocuments(text);
  const broken = documents.find((d) => d.errors.length);
  if (broken) return { builtin: yamlSyntaxReport(broken.errors[0]) };
  for (const ydoc of documents) {
    const bomb = aliasBombReport(ydoc);
    if (bomb) return { builtin: bomb };
  }
  const file = readComposeFile(documents, path, host);
  if (!file.services.length || !file.document) return undefined;
  if (text.includes('$')) interpolateServices(file.services, projectEnvFor(envOwner, host), { path, host });
  const index = new LineIndex(text);
  return { model: { file, index, style: detectStyle(text, index.eol) } };
}
