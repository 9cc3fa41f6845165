/** The options every manifest and Compose document is parsed with (lenient: a duplicate key is no parse error). */
export const YAML_PARSE_OPTIONS = { uniqueKeys: false, strict: false, prettyErrors: false, keepSourceTokens: false } as const;
