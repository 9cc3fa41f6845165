// Containment trade-off panel script. Loaded with a nonce; no inline handlers anywhere in the page.
// Clicking (or pressing Enter on) a file location asks the extension to open it; the extension validates the request.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};

  function openFrom(el) {
    const path = el.getAttribute('data-path');
    const line = Number(el.getAttribute('data-line'));
    if (typeof path === 'string' && path.length > 0 && Number.isInteger(line) && line > 0) {
      vscode.postMessage({ type: 'open', path: path, line: line });
    }
  }

  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('a.loc') : null;
    if (!target) return;
    event.preventDefault();
    openFrom(target);
  });

  // keep the scroll position across re-renders and reloads (the serializer restores the panel, this restores the place)
  let timer;
  window.addEventListener('scroll', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      vscode.setState({ v: 1, scrollY: window.scrollY });
    }, 150);
  });
  if (typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  vscode.setState({ v: 1, scrollY: typeof state.scrollY === 'number' ? state.scrollY : 0 });
})();
