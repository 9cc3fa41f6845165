/**
 * English container labels for message ids per label variant (l10n/labelled-messages.ts), and the id and data of a
 * report about one container: the same words `label()` writes, so messages read as before.
 */
import type { MessageData, MessageValue } from '../../base/l10n/format-message';
import { labelledMessages, labelSuffix, type LabelVariant } from '../../base/l10n/labelled-messages';
import type { Workload, WorkloadContainer } from './workloads';

const ENGLISH_TYPE: Record<LabelVariant['type'], string> = { container: 'Container', initContainer: 'Init container', ephemeralContainer: 'Ephemeral container' };

function englishLabel(v: LabelVariant): string {
  return `${ENGLISH_TYPE[v.type]} ${v.containerNamed ? '"{container}"' : '#{index}'} of ${v.workloadNamed ? '{kind} "{name}"' : '{kind}'}`;
}

/** The English messages of every label variant of `id`. */
export function englishLabelledMessages(id: string, sentence: (label: string) => string): Record<string, string> {
  return labelledMessages(id, sentence, englishLabel);
}

/** The message id and label data of a report about container `c` of workload `w`. */
export function labelledReport(id: string, w: Workload, c: WorkloadContainer, data: MessageData = {}): { messageId: string; data: MessageData } {
  const containerNamed = c.name !== undefined;
  const workloadNamed = !!w.name;
  const labelled = copyOf(data);
  if (containerNamed) labelled.container = c.name!;
  else labelled.index = c.index + 1;
  labelled.kind = w.kind;
  if (workloadNamed) labelled.name = w.name!;
  return { messageId: `${id}.${labelSuffix(c.type, containerNamed, workloadNamed)}`, data: labelled };
}

/** The message id and label data of a report about workload `w` (messages from `workloadLabelledMessages`). */
export function workloadReport(id: string, w: { kind: string; name?: string }, data: MessageData = {}): { messageId: string; data: MessageData } {
  const labelled = copyOf(data);
  labelled.kind = w.kind;
  if (!w.name) return { messageId: `${id}.unnamed`, data: labelled };
  labelled.name = w.name;
  return { messageId: `${id}.named`, data: labelled };
}

/**
 * A copy of a rule's data to add the label's values to. Copied key by key, not with object spread: these run for
 * nearly every Kubernetes finding, with data of many shapes, and there a spread is far slower in V8 (bench/README.md).
 */
function copyOf(data: MessageData): Record<string, MessageValue> {
  const copy: Record<string, MessageValue> = {};
  for (const key in data) copy[key] = data[key];
  return copy;
}
