import { probePortRule } from '../probe-port-rule';

export default probePortRule({
  id: 'k8s-readiness-probe-port',
  alias: 'readiness-port',
  probe: 'readinessProbe',
  word: 'readiness',
  consequence: 'the pod never becomes ready and gets no Service traffic.',
});
