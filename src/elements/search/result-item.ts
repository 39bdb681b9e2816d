import type { PagefindResultData } from '../pagefind-api';

/** The texts a result needs: the labels of the page types and of a page's sections. */
export interface ResultTexts {
  subResults: string;
  types: Record<string, string>;
}

/** How many sections of a page a result lists under its title. */
const MAX_SECTIONS = 3;

/** One search result: the page's title as a link, its type, the excerpt and up to three sections. */
export function resultItem(result: PagefindResultData, texts: ResultTexts): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const article = document.createElement('article');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  heading.append(link);
  const type = result.filters['tipo']?.[0];
  const label = type ? (texts.types[type] ?? type) : undefined;
  if (label) {
    const badge = document.createElement('p');
    badge.className = 'type';
    badge.textContent = label;
    article.append(heading, badge);
  } else {
    article.append(heading);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind's excerpt is our own page text, escaped, with <mark> around the matches.
  excerpt.innerHTML = result.excerpt;
  article.append(excerpt);
  const sections = result.sub_results
    .filter((sub) => sub.url !== result.url && sub.url.includes('#'))
    .slice(0, MAX_SECTIONS);
  if (sections.length) {
    const list = document.createElement('ul');
    list.className = 'sub-results';
    list.setAttribute('aria-label', texts.subResults);
    for (const sub of sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      const text = document.createElement('span');
      text.className = 'excerpt';
      text.innerHTML = sub.excerpt;
      li.append(a, text);
      list.append(li);
    }
    article.append(list);
  }
  item.append(article);
  return item;
}
