/**
 * The isolation summary above each Kubernetes container and Compose service (`PSS baseline · memory limit ✓ · CPU
 * request ✗ · root`), editor-neutral: ranges and titles read from the document's models (the ones its analysis read);
 * the adapters add the command that opens the trade-off panel. Texts: src/core/features/docs/isolation-summary.ts.
 */
import { containerSummary, serviceSummary } from './docs/isolation-summary';
import { english, type Translate } from './docs/translate';
import { podSecurityLevel } from '../formats/kubernetes/pod-security';
import type { Range } from '../base/model/finding';
import { shiftRange } from '../base/text/line-index';
import { documentModels, type OpenDocument } from './document-parts';

export interface IsolationLens {
  range: Range;
  title: string;
}

/** The lenses of a manifest or Compose file; none for a Dockerfile, a file without workloads or one that breaks a reader. */
export function isolationLenses(doc: OpenDocument, sandboxRuntimes: string[], t: Translate = english): IsolationLens[] {
  if (doc.kind === 'dockerfile') return [];
  try {
    return lensesOf(doc, sandboxRuntimes, t);
  } catch {
    return []; // a lens must never throw at the user
  }
}

function lensesOf(doc: OpenDocument, sandboxRuntimes: string[], t: Translate): IsolationLens[] {
  const read = documentModels(doc);
  const lenses: IsolationLens[] = [];
  if (read.kind === 'kubernetes') {
    for (const { model, startLine } of read.parts) {
      for (const workload of model.workloads) {
        const level = podSecurityLevel(workload).level;
        for (const c of workload.containers) {
          if (c.type === 'ephemeralContainer') continue; // debugging containers come and go; no summary to keep
          lenses.push({ range: shiftRange(c.anchorRange, startLine), title: containerSummary(workload, c, { sandboxRuntimes, level }, t) });
        }
      }
    }
  } else if (read.kind === 'compose' && read.model) {
    for (const s of read.model.file.services) lenses.push({ range: s.nameRange, title: serviceSummary(s, { sandboxRuntimes }, t) });
  }
  return lenses;
}
