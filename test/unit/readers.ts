import { readComposeFile, type ComposeService } from '../../src/core/formats/compose/services';
import type { FileHost } from '../../src/core/base/host/file-host';
import { workloadsOf, type Workload } from '../../src/core/formats/kubernetes/workloads';
import { parseYamlDocuments } from '../../src/core/base/yaml/documents';

/** The services a Compose text declares, as the reader reads them (no `.env` interpolation); [] for broken YAML. */
export function composeServices(text: string, filePath: string, host: FileHost): ComposeService[] {
  const documents = parseYamlDocuments(text);
  return documents.some((d) => d.errors.length) ? [] : readComposeFile(documents, filePath, host).services;
}

/** Every workload of a manifest text, ranges in file positions. */
export function kubernetesWorkloads(text: string): Workload[] {
  return parseYamlDocuments(text).flatMap((d) => workloadsOf(d));
}
