import { probePortRule } from '../probe-port-rule';

export default probePortRule({
  id: 'k8s-startup-probe-port',
  alias: 'startup-port',
  probe: 'startupProbe',
  word: 'startup',
  consequence: 'the container is killed once the failure threshold is reached, and never gets to run.',
});
