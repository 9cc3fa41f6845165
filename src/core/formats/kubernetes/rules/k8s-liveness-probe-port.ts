import { probePortRule } from '../probe-port-rule';

export default probePortRule({
  id: 'k8s-liveness-probe-port',
  alias: 'liveness-port',
  probe: 'livenessProbe',
  word: 'liveness',
  consequence: 'the container is restarted over and over although the application may be healthy.',
});
