import type { Locale } from '../i18n/locales';

/**
 * The route table: every kind of page the site builds, and what each is called in each language.
 * Paths (lib/paths), internal-link checking (lib/internal-links), hreflang alternates
 * (data/alternates), the sitemap filter and the _headers file (lib/headers) are all derived from
 * it; data/pages.ts says where each kind's entries come from and which component draws it, and
 * src/pages/[...<kind>].astro builds each. A new page kind is one entry here and one there.
 */

/** The content collections whose entries have pages, in every language. */
export type EntryCollection = 'essays' | 'topics' | 'authors' | 'self-tests' | 'glossary';

/** The top-level folders of an edition. Pages of one section share its URL segment and its headers. */
export type Section =
  | 'essays'
  | 'topics'
  | 'authors'
  | 'selfTests'
  | 'search'
  | 'embed'
  | 'embedGuide'
  | 'glossary'
  | 'compare'
  | 'readingPaths'
  | 'book'
  | 'offline'
  | 'oembed';

/**
 * Pages that hang below an entry's own page, one per item of the entry, at
 * <entry path><subpage segment>/<item id>/: a self-test's result pages, one per band
 * (/autovalutazioni/pendolo/risultato/<band id>/).
 */
export type Subpage = 'result';

interface PageKindSpec {
  /** The folder the page lives in; null for an edition's home page, at its root. */
  section: Exclude<Section, 'oembed'> | null;
  /** One page per entry of this collection, its slug the entry's id in that language; absent: one page per language. */
  entries?: EntryCollection;
  /** A long list shown a page at a time: page 1 is the page itself, page n is <path>/<page segment>/n/. */
  paged?: boolean;
  /** Any site may frame and fetch it (the embeds); every other page is framed only by the site itself. */
  embeddable?: boolean;
  /** One page per item of each entry, below the entry's page (needs `entries`): the slug is { entry, item }. */
  subpage?: Subpage;
  /** Left out of the sitemap (embed pages: their content lives on the test's own page). */
  unlisted?: boolean;
}

export const PAGE_KINDS = {
  home: { section: null },
  essays: { section: 'essays', paged: true },
  essay: { section: 'essays', entries: 'essays' },
  topics: { section: 'topics' },
  topic: { section: 'topics', entries: 'topics', paged: true },
  authors: { section: 'authors' },
  author: { section: 'authors', entries: 'authors', paged: true },
  selfTests: { section: 'selfTests', paged: true },
  selfTest: { section: 'selfTests', entries: 'self-tests' },
  // A band's page, the target of shared results: the same for everyone, so out of the sitemap.
  selfTestResult: { section: 'selfTests', entries: 'self-tests', subpage: 'result', unlisted: true },
  embed: { section: 'embed', entries: 'self-tests', embeddable: true, unlisted: true },
  search: { section: 'search' },
  embedGuide: { section: 'embedGuide' },
  glossary: { section: 'glossary' },
  term: { section: 'glossary', entries: 'glossary' },
  compare: { section: 'compare' },
  readingPaths: { section: 'readingPaths' },
  // The whole edition as one printable page; its EPUB is written beside it (integrations/book).
  book: { section: 'book' },
  // What this browser keeps for reading offline, and the page shown for an address it does not have.
  offline: { section: 'offline' },
} as const satisfies Record<string, PageKindSpec>;

export type PageKind = keyof typeof PAGE_KINDS;

/** The kinds with pages below an entry's page (slug { entry, item }). */
export type SubpageKind = {
  [K in PageKind]: (typeof PAGE_KINDS)[K] extends { subpage: string } ? K : never;
}[PageKind];
/** The kinds with one page per entry (slug: the entry's id), and the kinds with one page per language. */
export type EntryKind = Exclude<
  {
    [K in PageKind]: (typeof PAGE_KINDS)[K] extends { entries: string } ? K : never;
  }[PageKind],
  SubpageKind
>;
export type SingleKind = Exclude<PageKind, EntryKind | SubpageKind>;
/** The kinds shown a page at a time. */
export type PagedKind = {
  [K in PageKind]: (typeof PAGE_KINDS)[K] extends { paged: true } ? K : never;
}[PageKind];

interface LocaleRoutes {
  /** Where the edition lives under the site root: "" for the default language, "en/" for English. */
  prefix: string;
  /** The segment before a page number in a long list: /articoli/pagina/2/. */
  page: string;
  /** Each section's folder name in this language. */
  sections: Record<Section, string>;
  /** The segment of each kind of subpage, below its entry's page: /autovalutazioni/pendolo/risultato/<band>/. */
  subpages: Record<Subpage, string>;
}

/** The URL segments of each language. A language missing here is a type error. */
export const LOCALE_ROUTES = {
  it: {
    prefix: '',
    page: 'pagina',
    sections: {
      essays: 'articoli',
      topics: 'temi',
      authors: 'autori',
      selfTests: 'autovalutazioni',
      search: 'cerca',
      embed: 'embed',
      embedGuide: 'incorpora',
      glossary: 'glossario',
      compare: 'confronto',
      readingPaths: 'percorsi',
      book: 'libro',
      offline: 'offline',
      oembed: 'oembed',
    },
    subpages: { result: 'risultato' },
  },
  en: {
    prefix: 'en/',
    page: 'page',
    sections: {
      essays: 'essays',
      topics: 'topics',
      authors: 'authors',
      selfTests: 'self-assessments',
      search: 'search',
      embed: 'embed',
      embedGuide: 'embedding',
      glossary: 'glossary',
      compare: 'compare',
      readingPaths: 'reading-paths',
      book: 'book',
      offline: 'offline',
      oembed: 'oembed',
    },
    subpages: { result: 'result' },
  },
} as const satisfies Record<Locale, LocaleRoutes>;

/** The spec of a kind, widened so that optional flags can be read. */
export const specOf = (kind: PageKind): Readonly<PageKindSpec> => PAGE_KINDS[kind];

/** The kinds of the table, in its order. */
export const pageKinds = (): PageKind[] => Object.keys(PAGE_KINDS) as PageKind[];

/** The collection a kind's pages come from, or undefined for a page that exists once per language. */
export const entriesOf = (kind: PageKind): EntryCollection | undefined => specOf(kind).entries;

/** The collections the table builds pages from, each once. */
export const entryCollections = (): EntryCollection[] => [
  ...new Set(pageKinds().flatMap((kind) => entriesOf(kind) ?? [])),
];

/** The kind of subpage a kind's pages are, or undefined for a page of its own. */
export const subpageOf = (kind: PageKind): Subpage | undefined => specOf(kind).subpage;

/** True for a kind shown a page at a time. */
export const isPaged = (kind: PageKind): kind is PagedKind => specOf(kind).paged === true;

/** The sections whose kinds pass `predicate`, in the table's order of first use (the order of _headers). */
export function sectionsOf(predicate: (spec: PageKindSpec) => boolean): Section[] {
  const sections = pageKinds()
    .map(specOf)
    .filter(predicate)
    .flatMap((spec) => (spec.section ? [spec.section] : []));
  return [...new Set(sections)];
}
