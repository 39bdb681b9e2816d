/**
 * schema.org JSON-LD objects, built from plain values so they can be tested without a page.
 * URLs are absolute; dates are calendar days (YYYY-MM-DD).
 */
type Thing = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  url: string;
  image?: string;
  datePublished: string;
  dateModified?: string;
  inLanguage: string;
  author: { name: string; kind: 'person' | 'organisation' | 'unknown'; url?: string };
  publisher: { name: string; url: string };
  basedOn: { name?: string; publisher?: string; url?: string };
  keywords: string[];
}

/** An essay: our article, based on (isBasedOn) the original, credited to the original's author. */
export function article(input: ArticleInput): Thing {
  const author =
    input.author.kind === 'unknown'
      ? undefined
      : {
          '@type': input.author.kind === 'organisation' ? 'Organization' : 'Person',
          name: input.author.name,
          ...(input.author.url ? { url: input.author.url } : {}),
        };
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    ...(input.image ? { image: input.image } : {}),
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    inLanguage: input.inLanguage,
    ...(author ? { author } : {}),
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    isBasedOn: {
      '@type': 'CreativeWork',
      ...(input.basedOn.name ? { name: input.basedOn.name } : {}),
      ...(input.basedOn.url ? { url: input.basedOn.url } : {}),
      ...(author ? { author } : {}),
      ...(input.basedOn.publisher
        ? { publisher: { '@type': 'Organization', name: input.basedOn.publisher } }
        : {}),
    },
    keywords: input.keywords.join(', '),
  };
}

export interface TermInput {
  id: string;
  name: string;
  description: string;
  url: string;
}

/** A term as schema.org describes it, on its own page and inside the set alike. */
const termThing = (term: TermInput) => ({
  '@type': 'DefinedTerm',
  '@id': term.url,
  name: term.name,
  description: term.description,
  url: term.url,
  termCode: term.id,
});

export function definedTerm(term: TermInput, set: { name: string; url: string }): Thing {
  return {
    '@context': CONTEXT,
    ...termThing(term),
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: set.name, url: set.url },
  };
}

export function definedTermSet(
  set: { name: string; description: string; url: string },
  terms: readonly TermInput[],
): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    name: set.name,
    description: set.description,
    url: set.url,
    hasDefinedTerm: terms.map(termThing),
  };
}

export function website(input: {
  name: string;
  description: string;
  url: string;
  searchUrl: string;
  inLanguage: string;
}): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdText(data: Thing): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
