/**
 * English container labels for message ids per label variant (l10n/labelled-messages.ts), and the id and data of a
 * report about one container: the same words `label()` writes, so messages read as before.
 */
import type { MessageData } from '../l10n/format-message';
import { labelledMessages, labelSuffix, type LabelVariant } from '../l10n/labelled-messages';
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
  return {
    messageId: `${id}.${labelSuffix(c.type, containerNamed, workloadNamed)}`,
    data: { ...data, ...(containerNamed ? { container: c.name! } : { index: c.index + 1 }), kind: w.kind, ...(workloadNamed ? { name: w.name } : {}) },
  };
}

/** The message id and label data of a report about workload `w` (messages from `workloadLabelledMessages`). */
export function workloadReport(id: string, w: Pick<Workload, 'kind' | 'name'>, data: MessageData = {}): { messageId: string; data: MessageData } {
  return w.name ? { messageId: `${id}.named`, data: { ...data, kind: w.kind, name: w.name } } : { messageId: `${id}.unnamed`, data: { ...data, kind: w.kind } };
}
