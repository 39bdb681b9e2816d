import { getAuthors, getEssays, getTopics, type Author, type Essay, type Topic } from './content';
import { essaysByAuthor, essaysWithTopic } from '../lib/essays';
import { paginate, type Page } from '../lib/pagination';
import { getSelfTests, type SelfTest } from './self-tests';

/** The pages of the list of all essays. */
export async function essayListPages(): Promise<Page<Essay>[]> {
  return paginate(await getEssays());
}

/** The pages of the list of self-tests. */
export async function selfTestListPages(): Promise<Page<SelfTest>[]> {
  return paginate(await getSelfTests());
}

/** Every page of every topic: the topic and its essays, a page at a time. */
export async function topicPages(): Promise<{ topic: Topic; page: Page<Essay> }[]> {
  const [topics, essays] = await Promise.all([getTopics(), getEssays()]);
  return topics.flatMap((topic) =>
    paginate(essaysWithTopic(essays, topic.id)).map((page) => ({ topic, page })),
  );
}

/** Every page of every author: the author and the essays drawn from their texts. */
export async function authorPages(): Promise<{ author: Author; page: Page<Essay> }[]> {
  const [authors, essays] = await Promise.all([getAuthors(), getEssays()]);
  return authors.flatMap((author) =>
    paginate(essaysByAuthor(essays, author.id)).map((page) => ({ author, page })),
  );
}
