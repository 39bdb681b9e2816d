import {
  getAuthors,
  getEssays,
  getSelfTests,
  getTopics,
  oncePerLocale,
  type Author,
  type Essay,
  type SelfTest,
  type Topic,
} from './content';
import { essaysByAuthor, essaysWithTopic } from '../lib/essays';
import { paginate, type Page } from '../lib/pagination';

// Each list is asked for by two routes (page 1 and the pages after it): computed once per build and language.

/** The pages of the list of all essays. */
export const essayListPages = oncePerLocale(async (locale): Promise<Page<Essay>[]> =>
  paginate(await getEssays(locale)),
);

/** The pages of the list of self-tests. */
export const selfTestListPages = oncePerLocale(async (locale): Promise<Page<SelfTest>[]> =>
  paginate(await getSelfTests(locale)),
);

/** Every page of every topic: the topic and its essays, a page at a time. */
export const topicPages = oncePerLocale(async (locale): Promise<{ topic: Topic; page: Page<Essay> }[]> => {
  const [topics, essays] = await Promise.all([getTopics(locale), getEssays(locale)]);
  return topics.flatMap((topic) =>
    paginate(essaysWithTopic(essays, topic.key, locale)).map((page) => ({ topic, page })),
  );
});

/** Every page of every author: the author and the essays drawn from their texts. */
export const authorPages = oncePerLocale(async (locale): Promise<{ author: Author; page: Page<Essay> }[]> => {
  const [authors, essays] = await Promise.all([getAuthors(locale), getEssays(locale)]);
  return authors.flatMap((author) =>
    paginate(essaysByAuthor(essays, author.key, locale)).map((page) => ({ author, page })),
  );
});
