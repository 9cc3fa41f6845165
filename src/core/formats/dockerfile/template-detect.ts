/**
 * Dockerfile templates: files that become a Dockerfile only after a template engine renders them (Jinja/Ansible,
 * Go templates, Helm-style `{{ }}`, Cottle as used by the .NET image generator, envsubst `*.template`). Checking them as
 * Dockerfiles yields one syntax error per template line, so the analyser skips them with a single note instead.
 *
 * A file is a template when its name says so, or when a template marker stands where an instruction or the base image
 * must be: at the start of a top-level line, or in a FROM. Markers inside RUN arguments (`docker inspect --format
 * '{{.Id}}'`), heredoc bodies and continuation lines are ordinary Dockerfile text and do not count.
 */

/** Suffixes that name a template source rather than the Dockerfile itself. */
const TEMPLATE_SUFFIXES = ['.template', '.tmpl', '.tpl', '.j2', '.jinja', '.jinja2', '.gotmpl'];

/** `{{`, `{%` or `{#` (Jinja comment) opening a line; the first two also after a FROM keyword. */
const LINE_START_MARKER = /^[ \t]*\{[{%#]/;
const FROM_WITH_MARKER = /^[ \t]*from[ \t]+(?:--\S+[ \t]+)*[^\s]*\{[{%]/i;
const HEREDOC_START = /<<(-?)["']?([A-Za-z_][\w.-]*)["']?/;

export function isTemplateFileName(path: string): boolean {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  return TEMPLATE_SUFFIXES.some((suffix) => base.endsWith(suffix) && base.length > suffix.length);
}

/** The 0-based line of the first template marker in an instruction position, or -1. */
export function templateMarkerLine(text: string): number {
  if (!text.includes('{{') && !text.includes('{%') && !text.includes('{#')) return -1;
  const lines = text.split(/\r?\n/);
  let continued = false;
  let heredocEnd: { word: string; stripTabs: boolean } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (heredocEnd) {
      const candidate = heredocEnd.stripTabs ? line.replace(/^\t+/, '') : line;
      if (candidate === heredocEnd.word) heredocEnd = undefined;
      continue;
    }
    const trimmed = line.trimStart();
    const isComment = !continued && trimmed.startsWith('#');
    if (!continued && (LINE_START_MARKER.test(line) || FROM_WITH_MARKER.test(line))) return i;
    if (isComment || (continued && (trimmed === '' || trimmed.startsWith('#')))) continue;
    const heredoc = HEREDOC_START.exec(line);
    if (heredoc) heredocEnd = { word: heredoc[2], stripTabs: heredoc[1] === '-' };
    // `\` (or the `# escape=` character, rarely changed) at the end continues the instruction on the next line
    continued = /[\\`][ \t]*$/.test(line);
  }
  return -1;
}

export function isDockerfileTemplate(text: string, path: string): boolean {
  return isTemplateFileName(path) || templateMarkerLine(text) !== -1;
}
