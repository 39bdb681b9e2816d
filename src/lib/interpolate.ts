export type Params = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders. A placeholder without a value is left visible rather than dropped,
 * so a missing parameter shows up on the page and in tests instead of silently shortening a sentence.
 */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

export type TemplatePart = { text: string } | { slot: string };

/**
 * Splits a template into text and `{slot}` parts, so that a translated sentence can hold markup
 * (a link, a <cite>) without the dictionary containing HTML.
 */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** What follows item `index` of `count` in a running list: ", " between, " e " before the last, nothing after it. */
export function listSeparator(
  index: number,
  count: number,
  separator: string,
  lastSeparator: string,
): string {
  if (index >= count - 1) return '';
  return index === count - 2 ? lastSeparator : separator;
}

/**
 * A slot filled into a sentence is one piece of it: the spacing comes from the template. Removes
 * the whitespace a formatted template leaves just inside the piece (and around it), so that
 * "di <a>\n  Rudy Bandiera\n</a>." reads "di Rudy Bandiera." and not "di Rudy Bandiera .".
 */
export function trimSlotHtml(html: string): string {
  return html
    .trim()
    .replace(/^((?:<[a-z][^>]*>)+)\s+/i, '$1')
    .replace(/\s+((?:<\/[a-z][^>]*>)+)$/i, '$1');
}
