/** The webview's view type (package.json `onWebviewPanel:` activation event and the serializer use it). */
export const VIEW_TYPE = 'containment.tradeoffs';
