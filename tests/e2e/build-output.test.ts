import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { chunkContaining, moduleGraphSize, offlineRegistrationChunk, pageScripts } from '../support/bundles';
import { headersFor, parseHeaders } from '../support/headers';
import { DIST, ESSAY_SLUGS, SELF_TEST_IDS, SITE_URL, sitemapPaths } from '../support/site';

// Checks on the built files themselves: what crawlers, feed readers and hosts read.
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const htmlOf = (pagePath: string) => read(join(pagePath, 'index.html'));

describe('sitemap, feed and robots', () => {
  test('the sitemap index points to a sitemap that lists every essay, topic and author page', () => {
    expect(read('sitemap-index.xml')).toContain(`${SITE_URL}/sitemap-0.xml`);
    const paths = sitemapPaths();
    for (const slug of ESSAY_SLUGS) expect(paths).toContain(`/articoli/${slug}/`);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/articoli/',
        '/temi/',
        '/autori/',
        '/temi/fiducia/',
        '/autori/rudy-bandiera/',
      ]),
    );
    expect(paths.some((path) => path.includes('404'))).toBe(false);
  });

  test('every sitemap URL is a built page', () => {
    for (const path of sitemapPaths()) expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
  });

  test('the RSS feed has one item per essay, each linking to its page', () => {
    const rss = read('rss.xml');
    expect(rss).toContain('<language>it-it</language>');
    const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(links.sort()).toEqual(ESSAY_SLUGS.map((slug) => `${SITE_URL}/articoli/${slug}/`).sort());
  });

  test('robots.txt allows crawling and names the sitemap', () => {
    expect(read('robots.txt')).toMatch(
      /^User-agent: \*\nAllow: \/\n\nSitemap: https?:\/\/\S+\/sitemap-index\.xml\n$/,
    );
  });
});

describe('pages', () => {
  const pages = sitemapPaths();
  const meta = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

  // A translation may share its original's title ("Mario Sala"): titles are unique within a language.
  const languageOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'it');

  test('every page has its own title and description in its language', () => {
    const titles = new Map<string, string>();
    for (const path of pages) {
      const html = htmlOf(path);
      const title = meta(html, /<title>([^<]+)<\/title>/);
      expect(title, path).toBeTruthy();
      const key = `${languageOf(path)}:${title!}`;
      expect(titles.get(key), `${path} repeats the title of ${titles.get(key)}`).toBeUndefined();
      titles.set(key, path);
      const description = meta(html, /<meta name="description" content="([^"]+)"/);
      expect(description?.length, path).toBeGreaterThan(40);
      expect(description!.length, path).toBeLessThanOrEqual(160);
    }
  });

  test('every page declares its language, a canonical URL and Open Graph basics', () => {
    for (const path of pages) {
      const html = htmlOf(path);
      const lang = languageOf(path);
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(meta(html, /<link rel="canonical" href="([^"]+)"/), path).toBe(`${SITE_URL}${path}`);
      expect(meta(html, /<meta property="og:url" content="([^"]+)"/), path).toBe(`${SITE_URL}${path}`);
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, path).toMatch(/<meta property="og:description" content="[^"]+"/);
      expect(html, path).toContain(
        `<meta property="og:locale" content="${lang === 'en' ? 'en_GB' : 'it_IT'}"`,
      );
    }
  });

  test('the 404 page is built and kept out of search engines', () => {
    const html = read('404.html');
    expect(html).toContain('Pagina non trovata');
    expect(html).toContain('<meta name="robots" content="noindex"');
  });

  test('no page glues words together around inline elements', () => {
    // Astro 7's default whitespace handling can turn "di <a>Mario</a>" into "di<a>Mario</a>".
    for (const path of pages) {
      const text = htmlOf(path).replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
      expect(text, path).not.toMatch(/[a-zà-ù,.;:]<(a|cite|strong|em|time)\b/i);
    }
  });
});

describe('essays', () => {
  // The source box cites the original's full title, or says it has none.
  const sources: Record<(typeof ESSAY_SLUGS)[number], { author: string; title: string }> = {
    'person-centricity': { author: 'Jutta Heupel', title: '«Customer Centricity oppure Person Centricity»' },
    'perche-parlo-di-clienti': {
      author: 'l’originale non indica l’autore',
      title: '«Perché parlo di clienti»',
    },
    'customer-centricity-significato-reale': {
      author: 'Zucchetti',
      title: 'che non ha un titolo proprio',
    },
    'quanto-tempo-per-il-cliente': {
      author: 'Mario Sala',
      title: '«È venerdì: quanto tempo avete effettivamente dedicato ai clienti questa settimana?»',
    },
    'relazione-con-il-cliente-fiducia': {
      author: 'Rudy Bandiera',
      title: '«Relazione con il cliente: cosa conta davvero oggi?»',
    },
  };

  test.each(ESSAY_SLUGS)('%s credits the original author and title in its source box', (slug) => {
    const html = htmlOf(`/articoli/${slug}/`);
    const box = /<aside class="source[^"]*"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    expect(box).toContain(sources[slug].title);
    expect(box).toContain(sources[slug].author);
    expect(html).toContain('<meta property="og:type" content="article"');
  });

  test.each(ESSAY_SLUGS)('%s has the in-brief box, sections and questions for the reader', (slug) => {
    const html = htmlOf(`/articoli/${slug}/`);
    expect(html).toMatch(/<h2 id="in-breve"[^>]*>In breve<\/h2>/);
    expect(html.match(/<h2\b/g)?.length).toBeGreaterThanOrEqual(5);
    expect(html).toMatch(/<h2 id="domande"[^>]*>Domande per te<\/h2>\s*<p[^>]*>[^<]+<\/p>\s*<ol[^>]*>\s*<li/);
  });
});

describe('javascript budgets (gzip, deterministic)', () => {
  const assets = join(DIST, '_astro');

  test('the self-test engine, with what it imports, stays under 6 KB', () => {
    const engine = moduleGraphSize(assets, chunkContaining(assets, 'self-test-element', 'SelfTest.astro'));
    expect(
      engine.files.some((file) => readFileSync(join(assets, file), 'utf8').includes('cac:completed')),
    ).toBe(true);
    expect(engine.gzipBytes).toBeLessThan(6 * 1024);
  });

  test('an essay loads only the search trigger, its self-test and the offline registration before any interaction', () => {
    const scripts = pageScripts(htmlOf('/articoli/quanto-tempo-per-il-cliente/'));
    expect(scripts).toEqual([
      chunkContaining(assets, 'data-search-trigger', 'SearchTrigger'),
      chunkContaining(assets, 'self-test-element', 'SelfTest.astro'),
      offlineRegistrationChunk(assets),
    ]);
    const loaded = new Set(scripts.flatMap((script) => moduleGraphSize(assets, script).files));
    expect(
      [...loaded].some((file) => readFileSync(join(assets, file), 'utf8').includes('cac-search:results')),
    ).toBe(false);
  });

  test('the search trigger on every page stays under 2 KB', () => {
    expect(
      moduleGraphSize(assets, chunkContaining(assets, 'data-search-trigger', 'SearchTrigger')).gzipBytes,
    ).toBeLessThan(2 * 1024);
  });
});

describe('embed pages in search engines', () => {
  test.each(SELF_TEST_IDS)(
    'the embed page of %s names the test page as canonical, with no conflicting noindex',
    (id) => {
      const html = read(`embed/${id}/index.html`);
      expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/autovalutazioni/${id}/"`);
      expect(html).not.toContain('name="robots"');
      expect(html).toMatch(/<meta name="description" content="[^"]{50,}"/);
    },
  );
});

describe('oEmbed', () => {
  test.each(SELF_TEST_IDS)('%s has a valid oEmbed file, discoverable from its page', (id) => {
    const json = JSON.parse(read(`oembed/${id}.json`)) as Record<string, unknown>;
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Cliente al centro',
      provider_url: `${SITE_URL}/`,
    });
    for (const field of ['title', 'html']) expect(typeof json[field], field).toBe('string');
    for (const field of ['width', 'height', 'cache_age'])
      expect(Number.isInteger(json[field]), field).toBe(true);
    const html = json['html'] as string;
    // The shape WordPress keeps from an untrusted provider: a blockquote with one link, then one iframe.
    const shape = /^<blockquote><a href="([^"]+)">[^<]+<\/a><\/blockquote><iframe ([^>]+)><\/iframe>$/.exec(
      html,
    );
    expect(shape, html).not.toBeNull();
    expect(shape![1]).toBe(`${SITE_URL}/autovalutazioni/${id}/`);
    const attributes = [...shape![2]!.matchAll(/([\w-]+)="[^"]*"/g)].map((match) => match[1]);
    expect(
      attributes.every((name) =>
        [
          'src',
          'width',
          'height',
          'frameborder',
          'marginwidth',
          'marginheight',
          'scrolling',
          'title',
        ].includes(name!),
      ),
    ).toBe(true);
    expect(shape![2]).toContain(`src="${SITE_URL}/embed/${id}/?paged=1"`);
    expect(shape![2]).not.toContain('scrolling');
    expect(shape![2]).toContain(`height="${String(json['height'])}"`);
    expect(shape![2]).toContain('width="100%"');
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
    const page = htmlOf(`/autovalutazioni/${id}/`);
    expect(page).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${SITE_URL}/oembed/${id}.json"`,
    );
  });
});

describe('framing policy (_headers)', () => {
  const rules = parseHeaders(read('_headers'));
  const htmlPages = (dir: string, prefix = '/'): string[] =>
    readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory()) return htmlPages(join(dir, entry.name), `${prefix}${entry.name}/`);
      if (entry.name === 'index.html') return [prefix];
      return entry.name.endsWith('.html') ? [`${prefix}${entry.name}`] : [];
    });

  test('every built page gets exactly one framing policy: any site for embeds, the site itself for the rest', () => {
    const pages = htmlPages('.');
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const policies = headersFor(rules, page)
        .filter(([name]) => name === 'Content-Security-Policy')
        .map(([, value]) => value);
      expect(policies, page).toEqual([
        /^\/(en\/)?embed\//.test(page) ? 'frame-ancestors *' : "frame-ancestors 'self'",
      ]);
    }
  });

  test('what other sites load is served with CORS open', () => {
    for (const path of ['/embed/pendolo/', '/embed.js', '/widgets/self-test.js', '/oembed/pendolo.json']) {
      expect(headersFor(rules, path), path).toContainEqual(['Access-Control-Allow-Origin', '*']);
    }
    expect(
      headersFor(rules, '/articoli/person-centricity/').some(
        ([name]) => name === 'Access-Control-Allow-Origin',
      ),
    ).toBe(false);
  });

  test('every page gets the security headers and one cache policy: short for HTML, a year for hashed assets', () => {
    for (const page of htmlPages('.')) {
      const headers = headersFor(rules, page);
      const get = (name: string) => headers.filter(([header]) => header === name).map(([, value]) => value);
      expect(get('X-Content-Type-Options'), page).toEqual(['nosniff']);
      expect(get('Referrer-Policy'), page).toEqual(['strict-origin-when-cross-origin']);
      expect(get('Permissions-Policy')[0], page).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      expect(get('Cache-Control'), page).toEqual(['public, max-age=0, must-revalidate']);
    }
    const assets = readdirSync(join(DIST, '_astro'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(
        headersFor(rules, `/_astro/${asset}`).filter(([name]) => name === 'Cache-Control'),
        asset,
      ).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
    }
  });
});
