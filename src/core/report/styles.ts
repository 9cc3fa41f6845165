/**
 * The report's stylesheet, shared by the webview (VS Code theme variables) and the standalone HTML file (the fallbacks,
 * light or dark from prefers-color-scheme). High contrast: VS Code's contrast border / forced-colors in browsers.
 */
export const REPORT_CSS = `
:root {
  --fb-bg: #ffffff; --fb-fg: #1f2328; --fb-muted: #59636e; --fb-border: #d1d9e0; --fb-card: #f6f8fa;
  --fb-link: #0969da; --fb-focus: #0969da; --fb-ok: #1a7f37; --fb-warn: #9a6700; --fb-bad: #cf222e; --fb-info: #0969da;
  --fb-code: rgba(175,184,193,0.2);
}
@media (prefers-color-scheme: dark) {
  :root {
    --fb-bg: #0d1117; --fb-fg: #e6edf3; --fb-muted: #9198a1; --fb-border: #3d444d; --fb-card: #151b23;
    --fb-link: #4493f8; --fb-focus: #4493f8; --fb-ok: #3fb950; --fb-warn: #d29922; --fb-bad: #f85149; --fb-info: #4493f8;
    --fb-code: rgba(101,108,118,0.3);
  }
}
:root {
  --c-bg: var(--vscode-editor-background, var(--fb-bg));
  --c-fg: var(--vscode-foreground, var(--fb-fg));
  --c-muted: var(--vscode-descriptionForeground, var(--fb-muted));
  --c-border: var(--vscode-contrastBorder, var(--vscode-panel-border, var(--vscode-widget-border, var(--fb-border))));
  --c-card: var(--vscode-editorWidget-background, var(--fb-card));
  --c-link: var(--vscode-textLink-foreground, var(--fb-link));
  --c-focus: var(--vscode-focusBorder, var(--fb-focus));
  --c-ok: var(--vscode-charts-green, var(--fb-ok));
  --c-warn: var(--vscode-charts-yellow, var(--fb-warn));
  --c-bad: var(--vscode-charts-red, var(--fb-bad));
  --c-info: var(--vscode-charts-blue, var(--fb-info));
  --c-code: var(--vscode-textCodeBlock-background, var(--fb-code));
  --c-font: var(--vscode-font-family, -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", Helvetica, Arial, sans-serif);
  --c-mono: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace);
  color-scheme: light dark;
}
* { box-sizing: border-box; }
body { margin: 0; padding: 0 24px 32px; background: var(--c-bg); color: var(--c-fg); font-family: var(--c-font); font-size: var(--vscode-font-size, 14px); line-height: 1.5; }
body.standalone { max-width: 1120px; margin: 0 auto; }
h1 { font-size: 1.6em; margin: 0.2em 0; font-weight: 600; }
h2 { font-size: 1.3em; margin: 1.6em 0 0.6em; padding-bottom: 0.3em; border-bottom: 1px solid var(--c-border); font-weight: 600; }
h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; font-weight: 600; }
h4 { font-size: 0.95em; margin: 0.9em 0 0.3em; font-weight: 600; }
p { margin: 0.4em 0 0.7em; }
code { font-family: var(--c-mono); font-size: 0.92em; background: var(--c-code); padding: 0.05em 0.3em; border-radius: 3px; overflow-wrap: anywhere; }
a { color: var(--c-link); }
a:focus-visible, summary:focus-visible { outline: 2px solid var(--c-focus); outline-offset: 2px; border-radius: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 8px; top: 8px; background: var(--c-bg); padding: 4px 8px; z-index: 10; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { padding-top: 16px; }
.sub, .muted { color: var(--c-muted); }
.toc { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 8px 0 0; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 8px 0 16px; }
.tile { background: var(--c-card); border: 1px solid var(--c-border); border-radius: 6px; padding: 10px 14px; }
.tile-value { font-size: 1.8em; font-weight: 600; line-height: 1.2; }
.tile-label { font-weight: 600; }
.tile-detail { color: var(--c-muted); font-size: 0.88em; }
.chart, .diagram { margin: 8px 0 16px; }
.chart svg { max-width: 100%; height: auto; }
.diagram svg { width: 100%; max-width: 900px; height: auto; }
.ch-label, .ch-value, .ch-legend { fill: var(--c-fg); font-family: var(--c-font); font-size: 13px; }
.ch-legend { font-size: 12px; }
.bar-bg { fill: var(--c-code); stroke: var(--c-border); stroke-width: 1; }
.bar-ok { fill: var(--c-ok); } .bar-warn { fill: var(--c-warn); } .bar-bad { fill: var(--c-bad); }
.table-wrap { overflow-x: auto; }
table.grid { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 0.93em; }
table.grid caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.grid th, table.grid td { border: 1px solid var(--c-border); padding: 5px 8px; text-align: left; vertical-align: top; }
table.grid thead th { background: var(--c-card); }
table.grid tbody th { font-weight: 600; white-space: nowrap; }
.card { border: 1px solid var(--c-border); border-left-width: 5px; border-radius: 6px; padding: 10px 16px 12px; margin: 14px 0; background: var(--c-bg); }
.card-container { border-left-color: var(--c-ok); } .card-harden { border-left-color: var(--c-warn); } .card-host-agent { border-left-color: var(--c-info); }
.card-sandbox, .card-vm { border-left-color: var(--c-bad); }
.card-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; cursor: pointer; }
.card-head h4 { margin: 0.2em 0; font-size: 1.05em; }
details.card-d > summary { list-style-position: outside; }
.where { margin: 2px 0 4px; }
.tag { font-size: 0.8em; border: 1px solid var(--c-border); border-radius: 8px; padding: 0 6px; color: var(--c-muted); }
.count { color: var(--c-muted); font-weight: 400; }
.decisions { padding-left: 22px; }
.decisions > li { margin: 8px 0; }
.decisions .targets { list-style: none; padding: 0; margin: 2px 0; }
.decisions .targets li { display: inline-block; margin: 0 14px 2px 0; }
input.vf { position: absolute; opacity: 0; width: 1px; height: 1px; }
.vf-bar { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; margin: 6px 0 10px; }
.vf-label { cursor: pointer; border: 1px solid var(--c-border); border-radius: 12px; padding: 1px 10px; }
#vf-all:checked ~ .vf-bar .vf-label-all, #vf-vm:checked ~ .vf-bar .vf-label-vm, #vf-sandbox:checked ~ .vf-bar .vf-label-sandbox,
#vf-host-agent:checked ~ .vf-bar .vf-label-host-agent, #vf-harden:checked ~ .vf-bar .vf-label-harden,
#vf-container:checked ~ .vf-bar .vf-label-container { border-color: var(--c-focus); background: var(--c-card); font-weight: 600; }
input.vf:focus-visible ~ .vf-bar { outline: 2px solid var(--c-focus); outline-offset: 2px; }
#vf-vm:checked ~ .groups .group:not(.group-vm), #vf-sandbox:checked ~ .groups .group:not(.group-sandbox),
#vf-host-agent:checked ~ .groups .group:not(.group-host-agent), #vf-harden:checked ~ .groups .group:not(.group-harden),
#vf-container:checked ~ .groups .group:not(.group-container) { display: none; }
table.images { table-layout: fixed; }
table.images col.c-image { width: 30%; } table.images col.c-os { width: 9%; } table.images col.c-size { width: 14%; }
table.images col.c-eol { width: 19%; } table.images col.c-user { width: 10%; } table.images col.c-where { width: 18%; }
table.images th, table.images td { overflow: hidden; }
.cut { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cut code { white-space: nowrap; overflow-wrap: normal; }
table.images td .loc code { white-space: nowrap; word-break: normal; }
table.images .eol span { white-space: normal; }
table.fitm { table-layout: fixed; }
table.fitm col.c-rt { width: 20%; } table.fitm col.c-fit { width: 50%; } table.fitm col.c-start { width: 13%; } table.fitm col.c-over { width: 17%; }
.fit { font-weight: 600; } .fit-yes { color: var(--c-ok); } .fit-caveat { color: var(--c-warn); } .fit-no { color: var(--c-bad); }
.fit-reasons { margin: 2px 0 0; padding-left: 16px; font-size: 0.92em; }
.small { font-size: 0.85em; }
.kind { color: var(--c-muted); font-size: 0.9em; }
.verdict { display: inline-block; font-weight: 600; padding: 1px 10px; border-radius: 12px; border: 1px solid currentColor; }
.verdict-container { color: var(--c-ok); } .verdict-harden { color: var(--c-warn); } .verdict-host-agent { color: var(--c-info); }
.verdict-sandbox, .verdict-vm { color: var(--c-bad); }
.verdict-line { margin: 4px 0 8px; }
.reasons, .steps .targets { list-style: none; padding-left: 0; margin: 4px 0; }
.reason { display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; padding: 2px 0; }
.wt { display: inline-flex; align-self: center; margin-right: 2px; }
.ic { vertical-align: -2px; flex: none; }
.verdict .ic { margin-right: 2px; }
.reason-sandbox .wt, .step-sandbox .wt, .reason-vm .wt, .step-vm .wt { color: var(--c-bad); } .reason-host-agent .wt, .step-host-agent .wt { color: var(--c-info); } .reason-harden .wt, .step-harden .wt { color: var(--c-warn); }
.reason-good .wt { color: var(--c-ok); } .reason-info .wt, .step-info .wt { color: var(--c-info); }
.rtext { flex: 1 1 380px; }
.loc code { white-space: nowrap; }
a.loc { text-decoration: none; } a.loc:hover code { text-decoration: underline; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 20px; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } }
.state { font-weight: 600; white-space: nowrap; }
.state-isolated { color: var(--c-ok); } .state-shared { color: var(--c-bad); } .state-partial { color: var(--c-warn); }
.state-isolated::before { content: "● "; } .state-shared::before { content: "▲ "; } .state-partial::before { content: "◆ "; }
.missing { color: var(--c-bad); }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; font-size: 0.93em; }
dl.kv dt { color: var(--c-muted); }
dl.kv dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
dl.kv .loc code, td .loc code { white-space: normal; word-break: break-all; }
.pss { font-weight: 600; } .pss-restricted { color: var(--c-ok); } .pss-baseline { color: var(--c-warn); } .pss-privileged { color: var(--c-bad); }
details.findings { margin-top: 6px; }
details.findings summary { cursor: pointer; color: var(--c-muted); }
details.findings ul { margin: 4px 0; padding-left: 18px; font-size: 0.92em; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 0.75em; }
.sev-error { color: var(--c-bad); } .sev-warning { color: var(--c-warn); } .sev-info, .sev-hint { color: var(--c-info); }
.facts-list { padding-left: 20px; }
.ns-explain { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; }
.ns-explain dt { font-weight: 600; } .ns-explain dd { margin: 0; }
.dg-head { fill: var(--c-fg); font-family: var(--c-font); font-size: 13px; font-weight: 600; }
.dg-text { fill: var(--c-fg); font-family: var(--c-font); font-size: 11.5px; }
.dg-sub { fill: var(--c-muted); font-family: var(--c-font); font-size: 10px; }
.dg-count { fill: var(--c-muted); font-family: var(--c-font); font-size: 12px; font-weight: 600; }
.l-hw { fill: var(--c-card); stroke: var(--c-border); }
.l-hyp { fill: color-mix(in srgb, var(--c-info) 22%, var(--c-bg)); stroke: var(--c-info); }
.l-os, .l-kernel { fill: color-mix(in srgb, var(--c-warn) 18%, var(--c-bg)); stroke: var(--c-warn); }
.l-guest { fill: color-mix(in srgb, var(--c-info) 12%, var(--c-bg)); stroke: var(--c-info); }
.l-vm { fill: none; stroke: var(--c-info); stroke-dasharray: 4 3; }
.l-app, .l-ctr { fill: color-mix(in srgb, var(--c-ok) 16%, var(--c-bg)); stroke: var(--c-ok); }
.l-rt { fill: var(--c-card); stroke: var(--c-muted); }
.l-sbx { fill: color-mix(in srgb, var(--c-bad) 12%, var(--c-bg)); stroke: var(--c-bad); }
.steps { padding-left: 22px; }
.steps > li { margin: 10px 0; }
.steps > li > p { margin: 2px 0; }
.affects { margin-left: 20px; }
.steps .targets { display: inline; }
.steps .targets li { display: inline-block; margin: 0 14px 2px 0; }
.eol-past { color: var(--c-bad); font-weight: 600; }
td.nw, .eol span { white-space: nowrap; }
.empty { color: var(--c-muted); font-style: italic; }
.foot { margin-top: 28px; color: var(--c-muted); font-size: 0.85em; border-top: 1px solid var(--c-border); padding-top: 8px; }
body.vscode-high-contrast .card, body.vscode-high-contrast .tile { border-color: var(--vscode-contrastBorder, currentColor); }
body.vscode-high-contrast a:focus-visible { outline-color: var(--vscode-contrastActiveBorder, var(--c-focus)); }
@media (forced-colors: active) {
  .bar-ok, .bar-warn, .bar-bad { fill: Highlight; } .bar-bg { fill: Canvas; stroke: CanvasText; }
  .ch-label, .ch-value, .ch-legend, .dg-head, .dg-text, .dg-sub, .dg-count { fill: CanvasText; }
  rect { stroke: CanvasText; }
}
`;
