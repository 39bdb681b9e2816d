/**
 * Reads a _headers file (Netlify / Cloudflare Pages format) and answers which headers a path gets,
 * combining every matching rule as those hosts do. The test server uses it, so the e2e tests run
 * against the very headers the site ships.
 */
export interface HeaderRule {
  pattern: string;
  matcher: RegExp;
  headers: [string, string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
        .join('.*');
      rules.push({ pattern, matcher: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Every header a path receives, rule by rule, in file order (a repeated name appears twice). */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => rule.matcher.test(path)).flatMap((rule) => rule.headers);
}
