import { describe, expect, test } from 'vitest';
import { allRelated, relatedEssays } from '../../src/lib/related';

const essays = [
  { id: 'fiducia', topics: ['fiducia', 'persone'], terms: ['consulenza', 'seo'] },
  { id: 'persone', topics: ['persone', 'centralita'], terms: ['b2b', 'h2h'] },
  { id: 'clienti', topics: ['persone', 'centralita'], terms: ['b2b', 'b2c'] },
  { id: 'pendolo', topics: ['organizzazione'], terms: ['cliente-interno'] },
  { id: 'amazon', topics: ['centralita'], terms: ['seo'] },
];

describe('relatedEssays', () => {
  test('ranks by shared topics first, then shared terms, and says what is shared', () => {
    expect(relatedEssays(essays[1]!, essays)).toEqual([
      { id: 'clienti', score: 7, sharedTopics: ['persone', 'centralita'], sharedTerms: ['b2b'] },
      { id: 'amazon', score: 3, sharedTopics: ['centralita'], sharedTerms: [] },
      { id: 'fiducia', score: 3, sharedTopics: ['persone'], sharedTerms: [] },
    ]);
  });

  test('a shared term alone is enough', () => {
    expect(relatedEssays(essays[0]!, essays).map((r) => r.id)).toEqual(['clienti', 'persone', 'amazon']);
  });

  test('never lists the essay itself or essays sharing nothing', () => {
    expect(relatedEssays(essays[3]!, essays)).toEqual([]);
  });

  test('respects the limit', () => {
    expect(relatedEssays(essays[1]!, essays, 1)).toHaveLength(1);
  });
});

describe('allRelated', () => {
  test('gives every essay the same list as relatedEssays does alone', () => {
    const all = allRelated(essays);
    for (const essay of essays) expect(all.get(essay.id), essay.id).toEqual(relatedEssays(essay, essays));
  });

  test('on a large site, ranks among the essays that share a topic, ties by id', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, topics: [`t${i % 30}`], terms: [] }));
    const all = allRelated(many);
    expect(all.size).toBe(3000);
    expect(all.get('e0')?.map((related) => related.id)).toEqual(['e1020', 'e1050', 'e1080']);
  });
});
