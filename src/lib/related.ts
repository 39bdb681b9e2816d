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

export function relatedEssays(current: RelatedInput, all: readonly RelatedInput[], limit = 3): Related[] {
  return all
    .filter((other) => other.id !== current.id)
    .map((other) => {
      const sharedTopics = current.topics.filter((topic) => other.topics.includes(topic));
      const sharedTerms = current.terms.filter((term) => other.terms.includes(term));
      return {
        id: other.id,
        score: sharedTopics.length * TOPIC_WEIGHT + sharedTerms.length * TERM_WEIGHT,
        sharedTopics,
        sharedTerms,
      };
    })
    .filter((related) => related.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}
