/**
 * Fixes that edit a chart's values file: the container's `resources` or `securityContext` comes whole from a values key
 * (`toYaml .Values.resources`, `with .Values.securityContext`), so the missing settings go under that key. What is
 * missing is decided exactly as for a manifest (kubernetes/fixes.ts, on the rendered container), and the edit is the
 * same comment- and style-keeping merge, made in the values file.
 */
import type { ContainmentConfig, ResourcePolicy } from '../../knowledge/config/config';
import type { Fix } from '../../base/model/finding';
import { kubernetesFixes, type ContainerField } from '../kubernetes/fixes';
import { kubernetesRules } from '../kubernetes/rules.generated';
import { policyInEffect } from '../../engine/run-rules';
import type { Workload, WorkloadContainer } from '../kubernetes/workload-types';
import type { KubernetesDocument } from '../kubernetes/context';
import { kubernetesFormat } from '../kubernetes/format';
import type { ModelCache } from '../../engine/format';
import { modelParts, type ModelPart } from '../../engine/models';
import type { FileHost } from '../../base/host/file-host';
import { isMap, isScalar, parseYamlDocuments, type YamlDocument, type YAMLMap } from '../../base/yaml/documents';
import { detectStyle, mergeIntoMap, type Desired } from '../../base/yaml/edit';
import { getEntry, resolve } from '../../base/yaml/nodes';
import type { Document } from 'yaml';

export type { ContainerField };

/** The rendered workloads of one template: the models its findings were made from, read when a finding may get a fix. */
export class RenderedWorkloads {
  private parts: ModelPart<KubernetesDocument>[] | undefined;
  constructor(private readonly text: string, private readonly path: string, private readonly host: FileHost, private readonly models: ModelCache) {}

  /** The container whose anchor (name line) is on `line` of the rendered text, with its workload (positions in its document). */
  containerAt(line: number): { workload: Workload; container: WorkloadContainer; ydoc: YamlDocument } | undefined {
    this.parts ??= modelParts<KubernetesDocument>(kubernetesFormat, this.text, this.path, this.host, this.models);
    for (const { model, startLine } of this.parts) {
      for (const workload of model.workloads) {
        const container = workload.containers.find((c) => c.anchorRange.start.line + startLine === line);
        if (container) return { workload, container, ydoc: model.ydoc };
      }
    }
    return undefined;
  }
}

/**
 * The fix for a finding about `field` of the container at `line`, made under the values key `key` (a dotted path such
 * as `securityContext` or `sidecar.resources`) of the values file `valuesText`; undefined when nothing safe exists.
 */
export function valuesFieldFix(field: ContainerField, key: string, valuesText: string, rendered: RenderedWorkloads, line: number, config: ContainmentConfig): Fix | undefined {
  const found = rendered.containerAt(line);
  if (!found) return undefined;
  // the manifest fix on the rendered container says what is missing, its title and its placeholders
  const policy = policyInEffect(config, kubernetesRules);
  const base = kubernetesFixes[field].fix(found.ydoc, found.workload, found.container, config, policy);
  if (!base) return undefined;
  const desired = desiredOf(field, found.container, config, policy);
  const values = parseYamlDocuments(valuesText).find((d) => isMap(d.doc.contents));
  const target = values && parentOf(values, key);
  if (!values || !target) return undefined;
  const edits = mergeIntoMap(values, target.map, { [target.last]: desired }, detectStyle(valuesText, values.index.eol));
  if (!edits?.length) return undefined;
  return { ...base, edits };
}

function desiredOf(field: ContainerField, container: WorkloadContainer, config: ContainmentConfig, policy: ResourcePolicy): Desired {
  const all = kubernetesFixes[field].missing(container, config, policy);
  return (all[field] as Desired | undefined) ?? {};
}

/** The map holding the last segment of a dotted key path, and that segment; undefined for list items or non-maps. */
function parentOf(ydoc: YamlDocument, key: string): { map: YAMLMap; last: string } | undefined {
  if (/[[\]]/.test(key)) return undefined;
  const parts = key.split('.');
  const last = parts.pop()!;
  const doc = ydoc.doc as Document;
  let node = resolve(doc.contents, doc);
  for (const part of parts) node = getEntry(node, part, doc)?.value ?? null;
  if (!node || !isMap(node)) return undefined;
  const current = getEntry(node, last, doc);
  // the value must be a map or empty (`{}`, `~`, nothing): a scalar there is the user's, never replaced
  const value = current?.value;
  if (value && !isMap(value) && !(isScalar(value) && (value.value === null || value.value === ''))) return undefined;
  return { map: node, last };
}
