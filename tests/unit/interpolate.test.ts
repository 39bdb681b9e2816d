import { describe, expect, test } from 'vitest';
import { interpolate, listSeparator, templateParts, trimSlotHtml } from '../../src/lib/interpolate';

describe('interpolate', () => {
  test.each([
    ['no params', 'Ciao', undefined, 'Ciao'],
    ['one param', 'Pubblicato il {date}', { date: '22 novembre 2026' }, 'Pubblicato il 22 novembre 2026'],
    ['numbers', '{minutes} min di lettura', { minutes: 3 }, '3 min di lettura'],
    ['repeated', '{a} e {a}', { a: 'x' }, 'x e x'],
    ['missing param stays visible', 'di {author}', { title: 'x' }, 'di {author}'],
    ['inherited keys are not params', '{toString}', {}, '{toString}'],
  ])('%s', (_name, template, params, expected) => {
    expect(interpolate(template, params)).toBe(expected);
  });
});

describe('templateParts', () => {
  test.each([
    ['plain text', 'Fonte', [{ text: 'Fonte' }]],
    [
      'slot in the middle',
      'di {title}, di {author}.',
      [{ text: 'di ' }, { slot: 'title' }, { text: ', di ' }, { slot: 'author' }, { text: '.' }],
    ],
    ['slot at both ends', '{a}{b}', [{ slot: 'a' }, { slot: 'b' }]],
    ['empty', '', []],
  ])('%s', (_name, template, expected) => {
    expect(templateParts(template)).toEqual(expected);
  });
});

describe('listSeparator', () => {
  const names = (items: string[]) =>
    items.map((item, i) => item + listSeparator(i, items.length, ', ', ' e ')).join('');
  test.each([
    [['Jutta'], 'Jutta'],
    [['Jutta', 'Mario'], 'Jutta e Mario'],
    [['Jutta', 'Mario', 'Rudy'], 'Jutta, Mario e Rudy'],
    [[], ''],
  ])('joins %j as "%s"', (items, expected) => {
    expect(names(items)).toBe(expected);
  });
});

describe('trimSlotHtml', () => {
  test.each([
    ['a formatted link', '<a href="/x/">\n  Rudy Bandiera\n</a>', '<a href="/x/">Rudy Bandiera</a>'],
    ['nested inline elements', ' <cite><em> Titolo </em></cite>\n', '<cite><em>Titolo</em></cite>'],
    ['plain text', '  Cliente al centro ', 'Cliente al centro'],
    ['spaces between words inside', '<a> due  parole </a>', '<a>due  parole</a>'],
  ])('trims %s', (_name, html, expected) => {
    expect(trimSlotHtml(html)).toBe(expected);
  });
});
