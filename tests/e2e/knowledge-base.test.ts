import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { expectAccessible } from '../support/axe';
import { useSite } from '../support/pages';
import { DIST, ESSAY_SLUGS, SITE_URL } from '../support/site';
import { PROJECT_ROOT } from '../support/fixture-project';

const site = useSite();
const html = (path: string) =>
  readFileSync(join(DIST, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
const GLOSSARY = join(PROJECT_ROOT, 'content/glossary');

/** Every built HTML page, as a site path. */
function pages(dir = '.', prefix = '/'): string[] {
  return readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return pages(join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name === 'index.html' ? [prefix] : [];
  });
}

describe('glossary in the built site', () => {
  test.each(ESSAY_SLUGS)('%s links at least three glossary terms, each with its definition', (slug) => {
    const page = html(`articoli/${slug}`);
    const terms = new Set(
      [...page.matchAll(/<a href="\/glossario\/([^"/]+)\/" class="term">/g)].map((match) => match[1]),
    );
    expect(terms.size).toBeGreaterThanOrEqual(3);
    for (const term of terms) expect(page).toContain(`id="definizione-${term}" popover="auto"`);
  });

  test('every term page links back to each essay that discusses it', () => {
    const files = readdirSync(GLOSSARY).filter((file) => file.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const file of files) {
      const id = file.replace(/\.yaml$/, '');
      const { essays } = load(readFileSync(join(GLOSSARY, file), 'utf8')) as { essays: string[] };
      const page = html(`glossario/${id}`);
      for (const essay of essays) expect(page, `${id} → ${essay}`).toContain(`href="/articoli/${essay}/"`);
    }
  });

  test('the glossary index lists every term under its letter', () => {
    const page = html('glossario');
    const files = readdirSync(GLOSSARY).filter((file) => file.endsWith('.yaml'));
    for (const file of files) expect(page).toContain(`href="/glossario/${file.replace(/\.yaml$/, '')}/"`);
    expect(page).toMatch(/<nav class="letters"[^>]*aria-label="Lettere"/);
  });
});

describe('related reading', () => {
  test.each(ESSAY_SLUGS)('%s suggests other essays and says why', (slug) => {
    const section = /<section class="related"[\s\S]*?<\/section>/.exec(html(`articoli/${slug}`))?.[0] ?? '';
    const links = [...section.matchAll(/href="\/articoli\/([^"/]+)\/"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThanOrEqual(1);
    expect(links).not.toContain(slug);
    expect(section).toMatch(/stesso tema: |termini in comune: /);
  });
});

describe('structured data and share images', () => {
  const required: Record<string, string[]> = {
    BreadcrumbList: ['itemListElement'],
    Article: [
      'headline',
      'description',
      'datePublished',
      'dateModified',
      'publisher',
      'isBasedOn',
      'image',
      'url',
    ],
    DefinedTerm: ['name', 'description', 'url', 'inDefinedTermSet'],
    DefinedTermSet: ['name', 'url', 'hasDefinedTerm'],
    WebSite: ['name', 'url', 'potentialAction'],
  };

  test('every JSON-LD block on every page parses and has the fields its type requires', () => {
    let blocks = 0;
    for (const path of pages()) {
      for (const match of html(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks++;
        const data = JSON.parse(match[1]!) as Record<string, unknown>;
        expect(data['@context'], path).toBe('https://schema.org');
        const type = data['@type'] as string;
        expect(Object.keys(required), `${path}: unexpected @type ${type}`).toContain(type);
        for (const field of required[type]!) expect(data[field], `${path} ${type}.${field}`).toBeTruthy();
        if (type === 'BreadcrumbList') {
          const items = data['itemListElement'] as { position: number; name: string; item: string }[];
          items.forEach((item, index) => {
            expect(item.position).toBe(index + 1);
            expect(item.item.startsWith(SITE_URL), path).toBe(true);
          });
        }
      }
    }
    expect(blocks).toBeGreaterThan(40);
  });

  test('essays carry Article data crediting the original', () => {
    const page = html('articoli/quanto-tempo-per-il-cliente');
    const article = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      .map((match) => JSON.parse(match[1]!) as Record<string, unknown>)
      .find((data) => data['@type'] === 'Article');
    expect(article).toMatchObject({
      author: { '@type': 'Person', name: 'Mario Sala' },
      isBasedOn: { '@type': 'CreativeWork' },
      inLanguage: 'it-IT',
    });
  });

  test('every page that can be shared has a share image that exists and is a 1200×630 PNG', () => {
    const checked = new Set<string>();
    for (const path of pages()) {
      const page = html(path);
      // Not shared: the 404 page, and embed pages, whose canonical (and share image) is the test's page.
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page)?.[1];
      if (page.includes('<meta name="robots" content="noindex"')) continue;
      if (canonical && new URL(canonical).pathname !== path) continue;
      const url = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
      expect(url, path).toMatch(new RegExp(`^${SITE_URL}/og/.+\\.png$`));
      expect(page, path).toContain('<meta name="twitter:card" content="summary_large_image"');
      expect(page, path).toContain(`<meta name="twitter:image" content="${url}"`);
      const file = new URL(url!).pathname;
      if (checked.has(file)) continue;
      checked.add(file);
      const png = readFileSync(join(DIST, file));
      expect(png.subarray(1, 4).toString(), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
    }
    for (const slug of ESSAY_SLUGS) expect(checked).toContain(`/og/articoli/${slug}.png`);
    expect(checked).toContain('/og/temi/fiducia.png');
    expect(checked).toContain('/og/autovalutazioni/pendolo.png');
  });
});

describe('reading an essay', () => {
  test('a glossary definition opens by keyboard and closes with Escape', async () => {
    const page = await site.open('/articoli/relazione-con-il-cliente-fiducia/');
    const button = page.locator('button.term-info').first();
    const name = await button.getAttribute('aria-label');
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((label) => document.activeElement?.getAttribute('aria-label') === label, name))
        break;
    }
    await page.keyboard.press('Enter');
    const popover = page.locator('.term-popover:popover-open');
    await popover.waitFor();
    expect(await popover.isVisible()).toBe(true);
    expect((await popover.textContent())?.length).toBeGreaterThan(30);
    await expectAccessible(page, { when: 'with the definition open' });
    await page.keyboard.press('Escape');
    expect(await page.locator('.term-popover:popover-open').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term-info'))).toBe(true);
    await page.close();
  });

  test('the table of contents marks the section in view', async () => {
    const page = await site.open('/articoli/quanto-tempo-per-il-cliente/', {
      viewport: { width: 1280, height: 800 },
    });
    const current = () =>
      page
        .locator('.toc a')
        .evaluateAll((links) =>
          links.filter((link) => link.matches(':target-current')).map((link) => link.textContent),
        );
    await page.locator('#tre-obiezioni-e-una-concessione-per-ciascuna').scrollIntoViewIfNeeded();
    await page.evaluate(() =>
      document
        .getElementById('tre-obiezioni-e-una-concessione-per-ciascuna')
        ?.scrollIntoView({ block: 'start' }),
    );
    await expect.poll(current).toEqual(['Tre obiezioni, e una concessione per ciascuna']);
    await page.evaluate(() =>
      document.getElementById('il-pendolo-e-i-suoi-due-estremi')?.scrollIntoView({ block: 'start' }),
    );
    await expect.poll(current).toEqual(['Il pendolo e i suoi due estremi']);
    expect(await page.locator('.toc').evaluate((toc) => getComputedStyle(toc).position)).toBe('sticky');
    await page.close();
  });

  test('on a phone the table of contents is collapsed until opened', async () => {
    const page = await site.open('/articoli/quanto-tempo-per-il-cliente/', {
      viewport: { width: 375, height: 800 },
    });
    const link = page.locator('.toc a').first();
    expect(await link.isVisible()).toBe(false);
    await page.locator('.toc summary').click();
    expect(await link.isVisible()).toBe(true);
    await page.close();
  });

  test.each(['/glossario/', '/glossario/cliente-interno/', '/'])(
    '%s has no accessibility violations',
    async (path) => {
      const page = await site.open(path);
      await expectAccessible(page);
      await page.close();
    },
  );
});
