/**
 * The models of an open document's current text, for the editor features that read the code (hover, code lens): the
 * same models the analysis read when the adapter passes its `DocumentModels`, so a version is parsed once for its
 * findings, its hovers and its lenses. Without a store, one parse for this call.
 */
import type { ComposeModel } from '../formats/compose/format';
import type { DockerfileModel } from '../formats/dockerfile/model';
import { formatFor } from '../engine/formats';
import { modelParts, ModelStore, type DocumentModels, type ModelPart } from '../engine/models';
import type { FileHost } from '../base/host/file-host';
import type { KubernetesDocument } from '../formats/kubernetes/context';
import type { FileKind } from '../base/model/finding';
import { bomAsSpace } from '../base/text/bom';

export interface OpenDocument {
  text: string;
  kind: FileKind;
  path: string;
  host: FileHost;
  /** The adapter's store of the open documents' models (the one its analysis passes to the engine). */
  models?: DocumentModels;
}

/** The store the engine should parse this document's current text into (undefined: the engine parses on its own). */
export function storeFor(doc: OpenDocument) {
  return doc.models?.versionOf(formatFor(doc.kind), doc.path, bomAsSpace(doc.text));
}

function partsOf<Model>(doc: OpenDocument): ModelPart<Model>[] {
  const text = bomAsSpace(doc.text);
  return modelParts<Model>(formatFor(doc.kind), text, doc.path, doc.host, storeFor(doc) ?? new ModelStore());
}

/** A document's models by its kind; empty where the text has none (broken YAML, no services, no manifest). */
export type DocumentModelsOf =
  | { kind: 'dockerfile'; model?: DockerfileModel }
  | { kind: 'compose'; model?: ComposeModel }
  | { kind: 'kubernetes'; parts: ModelPart<KubernetesDocument>[] };

export function documentModels(doc: OpenDocument): DocumentModelsOf {
  if (doc.kind === 'kubernetes') return { kind: 'kubernetes', parts: partsOf<KubernetesDocument>(doc) };
  if (doc.kind === 'compose') return { kind: 'compose', model: partsOf<ComposeModel>(doc)[0]?.model };
  return { kind: 'dockerfile', model: partsOf<DockerfileModel>(doc)[0]?.model };
}
