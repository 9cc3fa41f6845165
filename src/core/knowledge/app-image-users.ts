/**
 * Application images whose own Dockerfile ends with a non-root USER, so a container (or a Dockerfile built FROM them)
 * runs as that user unless something switches back. Each entry was read from the image's published Dockerfile.
 * Keyed by `<registry>/<repository>`.
 */
export interface AppImageUser {
  user: string;
  uid: number;
  note: string;
}

const K6: AppImageUser = { user: 'k6', uid: 12345, note: 'runs as the k6 user (uid 12345)' };
const OTEL_COLLECTOR: AppImageUser = { user: '10001', uid: 10001, note: 'runs as uid 10001 (a scratch image with the collector binary)' };
const PROMETHEUS: AppImageUser = { user: 'nobody', uid: 65534, note: 'runs as nobody (uid 65534)' };

export const APP_IMAGE_USERS: Readonly<Record<string, AppImageUser>> = {
  'docker.io/grafana/k6': K6,
  'docker.io/loadimpact/k6': K6,
  'docker.io/grafana/grafana': { user: 'grafana', uid: 472, note: 'runs as the grafana user (uid 472)' },
  'docker.io/otel/opentelemetry-collector': OTEL_COLLECTOR,
  'docker.io/otel/opentelemetry-collector-contrib': OTEL_COLLECTOR,
  'docker.io/prom/prometheus': PROMETHEUS,
  'quay.io/prometheus/prometheus': PROMETHEUS,
  'docker.io/prom/alertmanager': PROMETHEUS,
  'quay.io/prometheus/alertmanager': PROMETHEUS,
  'docker.io/prom/node-exporter': PROMETHEUS,
  'quay.io/prometheus/node-exporter': PROMETHEUS,
};
