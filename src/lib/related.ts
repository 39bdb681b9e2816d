/**
 * Related reading: the essays that share the most with this one. A shared topic weighs more
 * than a shared glossary term (topics are chosen by editors, terms follow from the text).
 */
export interface RelatedInput {
  id: string;
  topics: readonly string[];
  terms: readonly string[];
}

export interface Related {
  id: string;
  score: number;
  sharedTopics: string[];
  sharedTerms: string[];
}

const TOPIC_WEIGHT = 3;
const TERM_WEIGHT = 1;

/** Essay ids by topic (or term): who to compare with, instead of every essay with every other. */
function postings(all: readonly RelatedInput[], key: 'topics' | 'terms'): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const essay of all) {
    for (const value of essay[key]) {
      const ids = index.get(value);
      if (ids) ids.push(essay.id);
      else index.set(value, [essay.id]);
    }
  }
  return index;
}

/**
 * Related reading for every essay at once. Each essay is compared only with the essays that share
 * one of its topics or terms (from an index built once), not with every other essay on every page.
 */
export function allRelated(all: readonly RelatedInput[], limit = 3): Map<string, Related[]> {
  const byTopic = postings(all, 'topics');
  const byTerm = postings(all, 'terms');
  const result = new Map<string, Related[]>();
  for (const current of all) {
    const shared = new Map<string, Related>();
    const entry = (id: string) => {
      let related = shared.get(id);
      if (!related) shared.set(id, (related = { id, score: 0, sharedTopics: [], sharedTerms: [] }));
      return related;
    };
    for (const topic of new Set(current.topics)) {
      for (const id of byTopic.get(topic) ?? []) {
        if (id === current.id) continue;
        const related = entry(id);
        related.sharedTopics.push(topic);
        related.score += TOPIC_WEIGHT;
      }
    }
    for (const term of new Set(current.terms)) {
      for (const id of byTerm.get(term) ?? []) {
        if (id === current.id) continue;
        const related = entry(id);
        related.sharedTerms.push(term);
        related.score += TERM_WEIGHT;
      }
    }
    result.set(
      current.id,
      [...shared.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit),
    );
  }
  return result;
}
