import yaml from 'js-yaml';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_LOCALE, LOCALES, htmlLang, type Locale } from '../i18n/locales';
import { stopWordsOf } from '../lib/search/stop-words';
import { checkSynonyms } from '../lib/search/synonyms';
import { fold, words } from '../lib/search/text';
import { buildVocabulary, pageCounts, type TermAnswer } from '../lib/search/vocabulary';
import { synonymsSchema } from '../schemas/synonyms';

/**
 * Writes pagefind/vocabulary.<lang>.json for each edition, after Pagefind has indexed the site:
 * the words of exactly what Pagefind indexed (its fragments), the glossary entries (their pages'
 * "definition" and "aliases" metadata) and the edition's synonyms file, checked against those
 * words. Returns the files' sizes; throws, naming file, entry and fix, on a synonym that leads
 * nowhere.
 */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

const FRAGMENT_PREFIX = 'pagefind_dcd';

function readFragments(pagefindDir: string): Map<string, Fragment[]> {
  const byLanguage = new Map<string, Fragment[]>();
  const dir = join(pagefindDir, 'fragment');
  for (const name of readdirSync(dir).sort()) {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(
      raw.startsWith(FRAGMENT_PREFIX) ? raw.slice(FRAGMENT_PREFIX.length) : raw,
    ) as Fragment;
    const language = name.split('_')[0]!;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), fragment]);
  }
  return byLanguage;
}

/** The synonyms file of an edition: content/search/synonyms.yaml, content/<locale>/search/synonyms.yaml. */
export const synonymsFile = (contentDir: string, locale: Locale) =>
  join(contentDir, ...(locale === DEFAULT_LOCALE ? [] : [locale]), 'search', 'synonyms.yaml');

function readSynonyms(file: string) {
  if (!existsSync(file)) return { same: [], leads: [], originals: [] };
  const parsed = synonymsSchema.safeParse(yaml.load(readFileSync(file, 'utf8')) ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`${file}: ${issues.join('; ')}`);
  }
  return parsed.data;
}

const glossaryOf = (fragments: Fragment[]): TermAnswer[] =>
  fragments
    .filter((f) => f.filters['tipo']?.includes('glossario') && f.meta['definition'] && f.meta['title'])
    .map((f) => ({
      term: f.meta['title']!,
      aliases: (f.meta['aliases'] ?? '').split('|').filter(Boolean),
      url: f.url,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));

export function writeSearchVocabularies(site: string, contentDir: string): Record<string, number> {
  const pagefindDir = join(site, 'pagefind');
  const fragments = readFragments(pagefindDir);
  const texts = (list: Fragment[]) => list.map((f) => `${f.meta['title'] ?? ''} ${f.content}`);
  const counts = new Map(LOCALES.map((l) => [l, pageCounts(texts(fragments.get(htmlLang(l)) ?? []))]));
  const essays = new Set(readdirSync(join(contentDir, 'essays')).map((name) => name.replace(/\.mdx?$/, '')));
  const sizes: Record<string, number> = {};
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const language = htmlLang(locale);
    const other = LOCALES.find((l) => l !== locale) ?? locale;
    const here = counts.get(locale)!;
    const onPage = new Set([...here.keys()].map(fold));
    const terms = glossaryOf(fragments.get(language) ?? []);
    const file = synonymsFile(contentDir, locale);
    const synonyms = checkSynonyms(
      file,
      readSynonyms(file),
      (word) => words(word).every((w) => onPage.has(fold(w))),
      (id) => essays.has(id),
    );
    problems.push(...synonyms.problems);
    const vocabulary = buildVocabulary({
      language,
      counts: here,
      otherCounts: counts.get(other)!,
      stop: stopWordsOf(locale),
      otherStop: other === locale ? [] : stopWordsOf(other),
      same: synonyms.same,
      leads: synonyms.leads,
      terms,
    });
    const json = JSON.stringify(vocabulary);
    writeFileSync(join(pagefindDir, `vocabulary.${language}.json`), json);
    sizes[language] = Buffer.byteLength(json);
  }
  if (problems.length) throw new Error(`the search synonyms lead nowhere:\n${problems.join('\n')}`);
  return sizes;
}
