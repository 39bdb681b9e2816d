import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Sentence from '../../src/components/ui/Sentence.astro';
import Byline from '../../src/components/essay/Byline.astro';
import KeyIdeas from '../../src/components/essay/KeyIdeas.astro';
import Pendulum from '../../src/components/mdx/Pendulum.astro';
import type { Author } from '../../src/data/content';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const author = (id: string, kind: Author['data']['kind'], name: string): Author => ({
  id,
  key: id,
  locale: 'it',
  collection: 'authors',
  data: { name, kind, bio: 'Una biografia abbastanza lunga da essere valida per lo schema.' },
});

describe('Sentence', () => {
  test('fills each placeholder with its slot, markup included', async () => {
    const html = await container.renderToString(Sentence, {
      props: { template: 'Riprende {title}, di {author}.' },
      slots: { title: '<cite>«Titolo»</cite>', author: '<a href="/autori/x/">X</a>' },
    });
    expect(html).toContain('Riprende <cite>«Titolo»</cite>, di <a href="/autori/x/">X</a>.');
  });

  test('leaves a placeholder without a slot visible', async () => {
    const html = await container.renderToString(Sentence, { props: { template: 'di {author}' } });
    expect(html).toContain('di {author}');
  });
});

describe('Byline', () => {
  test('credits a named author by name, linked to the author page', async () => {
    const html = await container.renderToString(Byline, {
      props: { author: author('mario-sala', 'person', 'Mario Sala'), locale: 'it', link: true },
    });
    expect(html).toMatch(/<a href="\/autori\/mario-sala\/"[^>]*>Dalle idee di Mario Sala<\/a>/);
  });

  test('says plainly when the original names no author', async () => {
    const html = await container.renderToString(Byline, {
      props: { author: author('autore-non-indicato', 'unknown', 'Firma non indicata'), locale: 'it' },
    });
    expect(html).toContain('Da un testo senza firma');
    expect(html).not.toContain('Dalle idee di Firma non indicata');
  });
});

describe('KeyIdeas', () => {
  test('is a labelled section with one list item per idea', async () => {
    const html = await container.renderToString(KeyIdeas, {
      props: { ideas: ['Prima idea', 'Seconda idea'], locale: 'it' },
    });
    expect(html).toMatch(/<section[^>]*aria-labelledby="in-breve"/);
    expect(html).toMatch(/<h2 id="in-breve"[^>]*>In breve<\/h2>/);
    expect(html.match(/<li[\s>]/g)).toHaveLength(2);
  });
});

describe('Pendulum', () => {
  test('is an image with a title and a description for screen readers', async () => {
    const html = await container.renderToString(Pendulum, { props: { locale: 'it' } });
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="pendulum-title pendulum-desc"/);
    expect(html).toMatch(/<desc id="pendulum-desc"[^>]*>Un pendolo/);
    expect(html).toContain('Organizzazione');
    expect(html).toContain('Cliente');
  });

  test('refuses to guess the language of a page outside every edition', async () => {
    await expect(container.renderToString(Pendulum, { props: {} })).rejects.toThrow(/not one of the site's/);
  });
});
