import { getAuthors, getEssays, getTopics, once, type Author, type Essay, type Topic } from './content';
import { essaysByAuthor, essaysWithTopic } from '../lib/essays';
import { paginate, type Page } from '../lib/pagination';
import { getSelfTests, type SelfTest } from './self-tests';

// Each list is asked for by two routes (page 1 and the pages after it): computed once per build.

/** The pages of the list of all essays. */
export const essayListPages = once(async (): Promise<Page<Essay>[]> => paginate(await getEssays()));

/** The pages of the list of self-tests. */
export const selfTestListPages = once(async (): Promise<Page<SelfTest>[]> => paginate(await getSelfTests()));

/** Every page of every topic: the topic and its essays, a page at a time. */
export const topicPages = once(async (): Promise<{ topic: Topic; page: Page<Essay> }[]> => {
  const [topics, essays] = await Promise.all([getTopics(), getEssays()]);
  return topics.flatMap((topic) =>
    paginate(essaysWithTopic(essays, topic.id)).map((page) => ({ topic, page })),
  );
});

/** Every page of every author: the author and the essays drawn from their texts. */
export const authorPages = once(async (): Promise<{ author: Author; page: Page<Essay> }[]> => {
  const [authors, essays] = await Promise.all([getAuthors(), getEssays()]);
  return authors.flatMap((author) =>
    paginate(essaysByAuthor(essays, author.id)).map((page) => ({ author, page })),
  );
});
