/** The part of an essay entry that listing and grouping need; real entries have more. */
export interface ListedEssay {
  id: string;
  data: {
    title: string;
    publishedAt: Date;
    draft: boolean;
    topics: readonly { id: string }[];
    author: { id: string };
  };
}

/** Drafts stay out of a production build; in development they are shown so authors can preview them. */
export function visibleEssays<E extends ListedEssay>(essays: readonly E[], includeDrafts: boolean): E[] {
  return essays.filter((essay) => includeDrafts || !essay.data.draft);
}

/** Newest first; essays published the same day in title order (in `language`), so the order never depends on file order. */
export function sortEssays<E extends ListedEssay>(essays: readonly E[], language: string): E[] {
  return [...essays].sort(
    (a, b) =>
      b.data.publishedAt.getTime() - a.data.publishedAt.getTime() ||
      a.data.title.localeCompare(b.data.title, language),
  );
}

/** Essays that list a topic, in listing order (in `language`). */
export function essaysWithTopic<E extends ListedEssay>(
  essays: readonly E[],
  topicId: string,
  language: string,
): E[] {
  return sortEssays(
    essays.filter((essay) => essay.data.topics.some((topic) => topic.id === topicId)),
    language,
  );
}

/** Essays by one author, in listing order (in `language`). */
export function essaysByAuthor<E extends ListedEssay>(
  essays: readonly E[],
  authorId: string,
  language: string,
): E[] {
  return sortEssays(
    essays.filter((essay) => essay.data.author.id === authorId),
    language,
  );
}
