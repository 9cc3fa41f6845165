/**
 * Default users of Chainguard images (cgr.dev/chainguard/*), from the "Default User" row of each image's variants page
 * in Chainguard's reference docs (snapshot of 2024-07). The development (`-dev`) variant of an image runs as the same
 * user as the standard one. Chainguard's image checklist asks for the `nonroot` user (uid 65532) unless an image
 * documents an exception: the images below are those exceptions. Keys have no `-fips` suffix (FIPS variants share the
 * user of the image).
 */

/** Images whose configured user is root (build tools, node agents, CNI/CSI plugins …). */
export const CHAINGUARD_ROOT_IMAGES: ReadonlySet<string> = new Set([
  'apko', 'aws-efs-csi-driver', 'aws-for-fluent-bit', 'bash', 'buildkit', 'cadvisor', 'calico-cni', 'calico-csi',
  'calico-node', 'calico-pod2daemon', 'calico-pod2daemon-flexvol', 'chainguard-base', 'cilium-agent', 'clang',
  'conda', 'consul', 'datadog-agent', 'docker-selenium', 'eks-distro-kubernetes-csi-external-provisioner', 'erlang',
  'falco-no-driver', 'fluent-bit', 'fluent-bit-plugin-loki', 'fluent-bit-watcher', 'gcc-glibc', 'go', 'go-openssl',
  'gptscript', 'gpu-feature-discovery', 'gpu-operator-validator', 'grafana-mimir', 'ingress-nginx-controller',
  'ip-masq-agent', 'k3s', 'k3s-allinone', 'kiam', 'kube-bench', 'kube-fluentd-operator', 'kube-vip',
  'kubernetes-csi-external-attacher', 'kubernetes-csi-external-provisioner', 'kubernetes-dns-node-cache', 'melange',
  'metallb-speaker', 'min-toolkit-debug', 'multus-cni', 'neuvector-controller', 'neuvector-enforcer',
  'neuvector-prometheus-exporter', 'neuvector-scanner', 'neuvector-updater', 'newrelic-fluent-bit-output',
  'newrelic-infrastructure-bundle', 'newrelic-infrastructure-k8s', 'node-problem-detector', 'ntpd-rs',
  'nvidia-container-toolkit', 'nvidia-device-plugin', 'nvidia-gpu-driver', 'openresty', 'postgres', 'prometheus',
  'prometheus-bitnami', 'prometheus-pushgateway', 'prometheus-pushgateway-bitnami',
  'prometheus-pushgateway-exporter', 'prometheus-pushgateway-exporter-bitnami', 'proxysql', 'pulumi',
  'pulumi-kubernetes-operator', 'qdrant', 'secrets-store-csi-driver', 'secrets-store-csi-driver-provider-gcp',
  'shadowsocks-rust-ssserver', 'smarter-device-manager', 'sonar-scanner-cli', 'spire-agent',
  'spire-oidc-discovery-provider', 'superset', 'teleport', 'vault', 'whereabouts', 'wolfi-base', 'zig',
]);

/** Images that run as a named non-root user of their own instead of `nonroot`. */
export const CHAINGUARD_NAMED_USERS: Readonly<Record<string, string>> = {
  'airflow': 'airflow', 'argocd': 'argocd', 'argocd-extension-installer': 'ext-installer',
  'argocd-fips-repo-server': 'argocd', 'argocd-repo-server': 'argocd', 'argocd-server': 'argocd',
  'aws-load-balancer-controller': 'aws-load-balancer-controller', 'bank-vaults': 'bank-vaults', 'bazel': 'bazel',
  'cassandra': 'cassandra', 'cassandra-medusa': 'cassandra', 'chromium': 'chrome', 'cilium-hubble-relay': 'nobody',
  'cilium-hubble-ui': 'nginx', 'cilium-hubble-ui-backend': 'hubble-ui-backend', 'cilium-operator-generic': 'nobody',
  'clickhouse': 'clickhouse', 'cluster-autoscaler': 'cluster-autoscaler', 'deno': 'deno',
  'dependency-track': 'dtrack', 'dex-k8s-authenticator': 'dex-k8s-authenticator', 'dragonfly': 'dfly',
  'elasticsearch': 'elasticsearch', 'envoy': 'envoy', 'external-dns': 'external-dns', 'fluentd': 'fluent',
  'git': 'git', 'gitlab-container-registry': 'git', 'google-cloud-sdk': 'gcloud', 'gradle': 'gradle',
  'grafana': 'grafana', 'grafana-operator-bitnami': 'grafana-operator',
  'grafana-operator-fips-bitnami': 'grafana-operator', 'haproxy': 'haproxy', 'haproxy-ingress': 'haproxy',
  'harbor-core': 'harbor', 'harbor-db': 'postgres', 'harbor-fips-core': 'harbor', 'harbor-fips-db': 'postgres',
  'harbor-fips-jobservice': 'harbor', 'harbor-fips-portal': 'nginx', 'harbor-fips-registry': 'harbor',
  'harbor-fips-registryctl': 'harbor', 'harbor-fips-trivy-adapter': 'scanner', 'harbor-jobservice': 'harbor',
  'harbor-portal': 'nginx', 'harbor-registry': 'harbor', 'harbor-registryctl': 'harbor',
  'harbor-trivy-adapter': 'scanner', 'hubble-ui': 'nginx', 'hubble-ui-backend': 'hubble-ui-backend',
  'influxdb': 'influxdb', 'istio-install-cni': 'nobody', 'istio-operator': 'nobody', 'istio-pilot': 'nobody',
  'istio-proxy': 'nobody', 'jdk': 'java', 'jdk-lts': 'java', 'jellyfin': 'jellyfin', 'jenkins': 'jenkins',
  'jre': 'java', 'jre-lts': 'java', 'k8s-sidecar': 'k8s-sidecar',
  'k8ssandra-system-logger': 'k8ssandra-system-logger-fips', 'kafka': 'kafka', 'keycloak-operator': 'keycloak',
  'kibana': 'kibana', 'kots': 'kotsadm', 'kube-logging-operator-fluentd': 'fluent',
  'kube-oidc-proxy': 'kube-oidc-proxy', 'kube-rbac-proxy': 'kube-rbac-proxy',
  'kube-state-metrics': 'kube-state-metrics', 'laravel': 'php',
  'logstash-oss-with-opensearch-output-plugin': 'logstash', 'loki': 'loki',
  'management-api-for-apache-cassandra': 'cassandra', 'mariadb': 'mysql', 'mattermost': 'mattermost',
  'maven': 'maven', 'meilisearch': 'meilisearch', 'metacontroller': 'metacontroller', 'metallb-controller': '65534',
  'mlflow-bitnami': 'mlflow', 'mongodb-bitnami': 'mongo', 'mysql': 'mysql', 'nats': 'nats',
  'neuvector-manager': 'manager', 'newrelic-kube-events': 'nri-kube-events', 'newrelic-kubernetes': 'nri',
  'nginx': 'nginx', 'node': 'node', 'node-lts': 'node', 'oauth2-proxy': 'oauth2-proxy', 'percona-server': 'mysql',
  'php': 'php', 'postgres-bitnami': 'postgres', 'postgres-cloudnative-pg': 'postgres',
  'postgres-helm-compat': 'postgres', 'prometheus-alertmanager': 'alertmanager',
  'prometheus-config-reloader': 'prometheus-config-reloader',
  'prometheus-elasticsearch-exporter': 'elasticsearch_exporter',
  'prometheus-elasticsearch-exporter-bitnami': 'elasticsearch_exporter',
  'prometheus-mysqld-exporter': 'mysqld_exporter', 'prometheus-postgres-exporter-bitnami': 'postgres-exporter',
  'promtail': 'promtail', 'rabbitmq': 'rabbitmq', 'rabbitmq-bitnami': 'rabbitmq',
  'rabbitmq-cluster-operator': 'rabbitmq-cluster-operator',
  'rabbitmq-messaging-topology-operator': 'messaging-topology-operator', 'redis': 'redis',
  'redis-bitnami-fips-cluster-bitnami': 'redis', 'redis-bitnami-fips-sentinel-bitnami': 'redis',
  'redis-bitnami-fips-server-bitnami': 'redis', 'redis-cluster-bitnami': 'redis', 'redis-sentinel': 'redis',
  'redis-sentinel-bitnami': 'redis', 'redis-server-bitnami': 'redis', 'rqlite': 'rqlite',
  'rstudio': 'rstudio-server', 'skaffold': 'skaffold', 'solr': 'solr', 'sonarqube': 'sonarqube',
  'spark-bitnami': 'spark', 'squid-proxy': 'squid', 'temporal-admin-tools': 'temporal',
  'temporal-server': 'temporal', 'temporal-ui-server': 'ui-server', 'thanos': 'thanos',
  'tigera-operator': 'tigera-operator', 'traefik': 'traefik', 'trino': 'trino', 'valkey': 'valkey',
  'vault-k8s': 'vault', 'wavefront-proxy': 'wavefront', 'weaviate': 'weaviate', 'wordpress': 'php',
  'zookeeper': 'zookeeper', 'zookeeper-bitnami': 'zookeeper',
};
