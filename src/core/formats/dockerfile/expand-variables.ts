/**
 * Expands $VAR / ${VAR} / ${VAR:-default} / ${VAR-default} / ${VAR:+alt} / ${VAR+alt} the way the Dockerfile
 * frontend does for FROM. Unknown variables stay unexpanded and are reported back, so callers can tell
 * "untagged" from "tag comes from a build argument we cannot see".
 */
export interface Expansion {
  value: string;
  unresolved: string[];
}

export function expandVariables(input: string, lookup: (name: string) => string | undefined, escapeChar = '\\'): Expansion {
  let out = '';
  const unresolved: string[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === escapeChar && input[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    if (input[i + 1] === '{') {
      const close = input.indexOf('}', i + 2);
      if (close === -1) {
        out += input.slice(i);
        break;
      }
      const body = input.slice(i + 2, close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
      if (!m) {
        out += input.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      const [, name, op, word = ''] = m;
      const value = lookup(name);
      const set = value !== undefined && (op === undefined || !op.startsWith(':') || value !== '');
      if (op === ':-' || op === '-') out += set ? value : expandVariables(word, lookup, escapeChar).value;
      else if (op === ':+' || op === '+') out += set ? expandVariables(word, lookup, escapeChar).value : '';
      else if (value !== undefined) out += value;
      else {
        unresolved.push(name);
        out += input.slice(i, close + 1);
      }
      i = close + 1;
      continue;
    }
    let j = i + 1;
    while (j < input.length && /[A-Za-z0-9_]/.test(input[j])) j++;
    if (j === i + 1) {
      out += '$';
      i++;
      continue;
    }
    const name = input.slice(i + 1, j);
    const value = lookup(name);
    if (value !== undefined) out += value;
    else {
      unresolved.push(name);
      out += input.slice(i, j);
    }
    i = j;
  }
  return { value: out, unresolved };
}

/**
 * Expands a FROM image word as BuildKit's shell lexer does: variables are expanded outside quotes and inside double
 * quotes, single-quoted text is literal, and the quotes themselves are removed (`alpine:"${TAG}"` is `alpine:3.20`).
 */
export function expandWord(input: string, lookup: (name: string) => string | undefined, escapeChar = '\\'): Expansion {
  if (!/["']/.test(input)) return expandVariables(input, lookup, escapeChar);
  let value = '';
  const unresolved: string[] = [];
  const expandPart = (part: string) => {
    const expansion = expandVariables(part, lookup, escapeChar);
    value += expansion.value;
    unresolved.push(...expansion.unresolved);
  };
  let plain = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === escapeChar && i + 1 < input.length) {
      plain += ch + input[++i];
      continue;
    }
    if (ch !== '"' && ch !== "'") {
      plain += ch;
      continue;
    }
    const close = input.indexOf(ch, i + 1);
    if (close === -1) {
      plain += input.slice(i);
      break;
    }
    expandPart(plain);
    plain = '';
    if (ch === "'") value += input.slice(i + 1, close);
    else expandPart(input.slice(i + 1, close));
    i = close;
  }
  expandPart(plain);
  return { value, unresolved };
}
