import type { Document, Node } from 'yaml';
import { getEntry, seqItems, stringValue } from '../../../base/yaml/nodes';
import { workloadLabelledMessages } from '../../../base/l10n/labelled-messages';
import { defineKubernetesRule } from '../context';
import { englishLabelledMessages, labelledReport, workloadReport } from '../label-messages';
import { isPortNumber, isTemplated, portNameProblem, portValue } from '../ports';

export default defineKubernetesRule({
  meta: {
    id: 'k8s-invalid-target-port',
    aliases: ['invalid-target-ports'],
    category: 'correctness',
    severity: 'error',
    title: 'Service targetPort or container port name the API server rejects',
    why: 'A Service `targetPort` is a port number from 1 to 65535 or the name of a container port, and port names must be IANA service names: at most 15 characters, lower-case letters, digits and single hyphens inside, at least one letter. The API server rejects anything else (a quoted number such as "8080" is a name with no letter), so the apply fails.',
    howToFix: 'Write a number as a number (`targetPort: 8080`, unquoted) or use a valid port name, and rename container ports to lower-case names of at most 15 characters (`http-metrics`, not `HTTP_Metrics`).',
    examples: { bad: 'ports:\n  - port: 80\n    targetPort: "8080"', good: 'ports:\n  - port: 80\n    targetPort: 8080' },
    messages: {
      ...workloadLabelledMessages('targetNumber', (l) => `${l} has targetPort {port}, outside 1–65535: the API server rejects the Service.`),
      ...workloadLabelledMessages('targetName', (l) => `${l} has targetPort "{port}", which is not a valid port name ({problem}): the API server rejects the Service.`),
      ...englishLabelledMessages('portName', (l) => `${l} names a port "{port}", which is not a valid port name ({problem}): the API server rejects the pod.`),
      tooLong: 'at most 15 characters',
      badCharacters: 'only lower-case letters, digits and hyphens',
      noLetter: 'it needs at least one letter; write a number unquoted',
      hyphens: 'no hyphen at either end and no two in a row',
    },
  },
  check(ctx) {
    const doc = ctx.document.doc as Document;
    for (const obj of ctx.objects) {
      if (obj.kind !== 'Service' || obj.apiVersion !== 'v1') continue;
      for (const item of seqItems(getEntry(getEntry(obj.node, 'spec', doc)?.value, 'ports', doc)?.value, doc)) {
        const target = portValue(ctx.document, item, 'targetPort');
        // a `port` that is no number marks the whole entry as a placeholder to substitute (`port: PORT`)
        const port = portValue(ctx.document, item, 'port');
        if (!target || (port && typeof port.raw !== 'number')) continue;
        if (typeof target.raw === 'number') {
          // 0 is how a client says "same as port": the API server defaults it
          if (target.raw !== 0 && !isPortNumber(target.raw)) ctx.report({ range: target.range, ...workloadReport('targetNumber', obj, { port: target.raw }) });
          continue;
        }
        const problem = isTemplated(target.raw) ? undefined : portNameProblem(target.raw);
        if (problem) ctx.report({ range: target.range, ...workloadReport('targetName', obj, { port: target.raw, problem: { id: problem } }) });
      }
    }
    for (const w of ctx.workloads) {
      for (const c of w.containers) {
        for (const item of seqItems(getEntry(c.node, 'ports', doc)?.value, doc)) {
          const e = getEntry(item, 'name', doc);
          const containerPort = portValue(ctx.document, item, 'containerPort');
          if (containerPort && typeof containerPort.raw !== 'number') continue; // a placeholder entry (`containerPort: PORT`)
          const name = stringValue(e?.value, doc) ?? '';
          const problem = name && !isTemplated(name) ? portNameProblem(name) : undefined;
          if (problem) ctx.report({ range: ctx.document.range(e!.value as Node), ...labelledReport('portName', w, c, { port: name, problem: { id: problem } }) });
        }
      }
    }
  },
});
