/** A `.yaml`/`.yml` name: the files the YAML formats (Kubernetes, Compose) look inside. */
export function isYamlName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.yaml') || lower.endsWith('.yml');
}

/** The last segment of a path, with either separator. */
export function baseName(fileName: string): string {
  const i = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  return fileName.slice(i + 1);
}
