/**
 * Korean for the knowledge table's prose: each product's own upgrade advice (`moveTo` / `fallbackMoveTo` in
 * knowledge/lifecycle-data.ts, by product id) and each unmaintained image repository (knowledge/base-images.ts
 * DEPRECATED_REPOSITORIES, by code, with the same `{name}` placeholders).
 */
export const KO_SUCCESSOR_ADVICE: Readonly<Record<string, string>> = {
  debian: '현재 Debian 안정(stable) 릴리스',
  ubuntu: '현재 Ubuntu LTS',
  centos: '관리되는 RHEL 호환 베이스(Rocky Linux, AlmaLinux, Red Hat UBI 9)나 Debian/Alpine 베이스',
  alpine: '지원되는 Alpine 브랜치(alpinelinux.org/releases)',
  amazonlinux: 'Amazon Linux 2023 또는 그 후속 버전',
  python: '현재 지원되는 Python 릴리스 중 하나(python.org/downloads)',
  node: '현재 Node.js LTS 라인(nodejs.org)',
  golang: '가장 최신 Go 릴리스 두 개 중 하나(go.dev/dl)',
  java: '현재 Java LTS',
  ruby: '지원되는 Ruby 브랜치(ruby-lang.org)',
  php: '지원되는 PHP 브랜치(php.net/supported-versions.php)',
  dotnet: '현재 .NET LTS 릴리스',
  temurin: '현재 Temurin LTS 릴리스',
  corretto: '현재 Corretto LTS 릴리스',
  rhel: '현재 RHEL / UBI 메이저 릴리스',
  rockylinux: '현재 Rocky Linux 메이저 릴리스',
  almalinux: '현재 AlmaLinux 메이저 릴리스',
  postgres: '지원되는 PostgreSQL 메이저 버전(postgresql.org/support/versioning)',
  mysql: '현재 MySQL LTS 릴리스',
  mariadb: '현재 MariaDB LTS 릴리스',
  mongodb: '지원되는 MongoDB 메이저 릴리스',
  redis: '지원되는 Redis 릴리스',
  elasticsearch: '지원되는 Elasticsearch 릴리스(elastic.co/support/eol)',
  nginx: '현재 nginx stable 또는 mainline 브랜치',
  httpd: 'Apache HTTP Server 2.4',
};

export const KO_DEPRECATED_REPOSITORIES: Readonly<Record<string, { note: string; replacement: string }>> = {
  java: { note: 'Docker Hub의 `java` 이미지는 몇 년 전에 폐기되어 업데이트가 없습니다', replacement: 'eclipse-temurin' },
  centos: { note: 'Docker Hub의 `centos` 이미지는 더 이상 업데이트되지 않습니다', replacement: 'rockylinux, almalinux 또는 registry.access.redhat.com/ubi9' },
  openjdk: { note: 'Docker Hub의 `openjdk` 이미지는 지원 중단(deprecated)되었습니다. 릴리스 태그는 2022년부터 업데이트를 받지 못합니다', replacement: '{temurin}, amazoncorretto 또는 관리되는 다른 OpenJDK 빌드' },
  windowsHub: { note: 'Windows 베이스 이미지는 Docker Hub에서 mcr.microsoft.com으로 옮겨졌습니다', replacement: '{image}' },
};
