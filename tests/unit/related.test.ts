import { describe, expect, test } from 'vitest';
import { allRelated } from '../../src/lib/related';

const essays = [
  { id: 'fiducia', topics: ['fiducia', 'persone'], terms: ['consulenza', 'seo'] },
  { id: 'persone', topics: ['persone', 'centralita'], terms: ['b2b', 'h2h'] },
  { id: 'clienti', topics: ['persone', 'centralita'], terms: ['b2b', 'b2c'] },
  { id: 'pendolo', topics: ['organizzazione'], terms: ['cliente-interno'] },
  { id: 'amazon', topics: ['centralita'], terms: ['seo'] },
];

/** Related reading of one essay, from the site-wide computation the pages use. */
const relatedTo = (id: string, limit?: number) => allRelated(essays, limit).get(id);

describe('related reading', () => {
  test('ranks by shared topics first, then shared terms, and says what is shared', () => {
    expect(relatedTo('persone')).toEqual([
      { id: 'clienti', score: 7, sharedTopics: ['persone', 'centralita'], sharedTerms: ['b2b'] },
      { id: 'amazon', score: 3, sharedTopics: ['centralita'], sharedTerms: [] },
      { id: 'fiducia', score: 3, sharedTopics: ['persone'], sharedTerms: [] },
    ]);
  });

  test('a shared term alone is enough', () => {
    expect(relatedTo('fiducia')!.map((r) => r.id)).toEqual(['clienti', 'persone', 'amazon']);
  });

  test('never lists the essay itself or essays sharing nothing', () => {
    expect(relatedTo('pendolo')).toEqual([]);
  });

  test('respects the limit', () => {
    expect(relatedTo('persone', 1)).toHaveLength(1);
  });
});

describe('allRelated', () => {
  test('has an entry for every essay, empty when nothing is shared', () => {
    expect([...allRelated(essays).keys()]).toEqual(essays.map((essay) => essay.id));
  });

  test('on a large site, ranks among the essays that share a topic, ties by id', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, topics: [`t${i % 30}`], terms: [] }));
    const all = allRelated(many);
    expect(all.size).toBe(3000);
    expect(all.get('e0')?.map((related) => related.id)).toEqual(['e1020', 'e1050', 'e1080']);
  });
});
