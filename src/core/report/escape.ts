/**
 * The one escaping function for the report and the panel. Safe in HTML text and in double- or single-quoted
 * attribute values (the renderer always quotes attributes). Every string that can come from a file goes through it.
 */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  // also drop characters HTML does not allow (C0 controls except tab/newline/CR, lone surrogates)
  return s.replace(/[&<>"'`]/g, (c) => MAP[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Escaping for Markdown that GitHub/GitLab render (they allow some HTML): neutralise Markdown syntax, then HTML-escape. */
export function escapeMarkdown(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return escapeHtml(s.replace(/\r?\n/g, ' ').replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1'));
}
