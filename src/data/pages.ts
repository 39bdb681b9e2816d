import { getEssays, getGlossary, getGuide, getSelfTests, oncePerLocale } from './content';
import { readingPathsIn } from './reading-paths';
import { authorPages, essayListPages, selfTestListPages, topicPages } from './listings';
import { LOCALES, type Locale } from '../i18n/locales';
import { anyPagedRoutePath, type RouteSlug } from '../lib/paths';
import { entriesOf as entriesOfKind, type PageKind, type SingleKind } from '../lib/routes';

/**
 * The other half of the route table (lib/routes): where each page kind's pages come from in a
 * language (their slug, their number in a long list, the props of their component).
 * `satisfies Record<PageKind, …>`: a kind added to the table without a source here is a type
 * error. The component that draws a kind is its route file, src/pages/[...<kind>].astro (see
 * README, "Routes": one file per kind, not one catch-all, so each page ships only its own CSS).
 */

/** One page of a kind: its slug (kinds with one page per entry), its number (long lists) and its props. */
interface KindPage {
  slug?: RouteSlug;
  n?: number;
  props: Record<string, unknown>;
}

type PageSource = (locale: Locale) => Promise<KindPage[]> | KindPage[];

/** A page that exists once in every language. */
const single: PageSource = (locale) => [{ props: { locale } }];

/** A long list's pages, numbered. */
const listPages =
  (pages: (locale: Locale) => Promise<readonly { number: number }[]>): PageSource =>
  async (locale) =>
    (await pages(locale)).map((page) => ({ n: page.number, props: { page, locale } }));

/** One page per self-test: its own page and its embed page draw the same entry. */
const selfTestPages: PageSource = async (locale) =>
  (await getSelfTests(locale)).map((test) => ({ slug: test.id, props: { test } }));

const SOURCES = {
  home: single,
  essays: listPages(essayListPages),
  essay: async (locale) => (await getEssays(locale)).map((essay) => ({ slug: essay.id, props: { essay } })),
  topics: single,
  topic: async (locale) =>
    (await topicPages(locale)).map(({ topic, page }) => ({
      slug: topic.id,
      n: page.number,
      props: { topic, page, locale },
    })),
  authors: single,
  author: async (locale) =>
    (await authorPages(locale)).map(({ author, page }) => ({
      slug: author.id,
      n: page.number,
      props: { author, page, locale },
    })),
  selfTests: listPages(selfTestListPages),
  selfTest: selfTestPages,
  // One page per band of each test: /autovalutazioni/<test>/risultato/<band>/.
  selfTestResult: async (locale) =>
    (await getSelfTests(locale)).flatMap((test) =>
      test.data.bands.map((band, index) => ({
        slug: { entry: test.id, item: band.id },
        props: { test, index },
      })),
    ),
  embed: selfTestPages,
  search: single,
  embedGuide: single,
  glossary: single,
  term: async (locale) =>
    (await getGlossary(locale)).map((term) => ({ slug: term.id, props: { term, locale } })),
  // Built in the languages its text is written in.
  compare: async (locale) => {
    const guide = await getGuide(locale, 'compare');
    return guide ? [{ props: { guide } }] : [];
  },
  readingPaths: async (locale) => ((await readingPathsIn(locale)).length ? single(locale) : []),
  // A book in every language that has essays to bind.
  book: async (locale) => ((await getEssays(locale)).length ? single(locale) : []),
  offline: single,
} satisfies Record<PageKind, PageSource>;

/**
 * getStaticPaths of a kind's route file: every page of that kind in every language, at the path
 * the route table gives it (the route files are rest parameters: the path is the whole URL).
 */
export async function pathsOf(kind: PageKind) {
  const source: PageSource = SOURCES[kind];
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) =>
      (await source(locale)).map(({ slug, n = 1, props }) => {
        const path = anyPagedRoutePath(kind, slug, n, locale).replace(/\/$/, '');
        return { params: { [kind]: path || undefined }, props };
      }),
    ),
  );
  return perLocale.flat();
}

/** The kinds with one page per language whose page this language has: the comparison and the reading paths exist only where their texts are written. */
const builtSingles = oncePerLocale(async (locale): Promise<ReadonlySet<SingleKind>> => {
  const kinds = (Object.keys(SOURCES) as PageKind[]).filter(
    (kind): kind is SingleKind => !entriesOfKind(kind),
  );
  const built = await Promise.all(
    kinds.map(async (kind) => ((await SOURCES[kind](locale)).length ? [kind] : [])),
  );
  return new Set(built.flat());
});

/** True when `locale` has the page of a single-page kind (navigation and hreflang link only to pages that exist). */
export const hasPage = async (kind: SingleKind, locale: Locale): Promise<boolean> =>
  (await builtSingles(locale)).has(kind);
