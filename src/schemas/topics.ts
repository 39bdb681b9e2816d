import { z } from 'astro/zod';
import { publicText } from '../lib/schema-fields';
import { existing } from './references';

const topicText = {
  /** Name of the topic as shown to readers. */
  title: publicText().max(60),
  /** One-sentence summary: meta description and list text. */
  description: publicText().min(50).max(160),
  /** A short introduction shown at the top of the topic page. */
  intro: publicText().min(80).max(900),
};

export const topicSchema = z.object(topicText);

/** A topic in another language (content/<locale>/topics/). */
export const topicTranslationSchema = z.object({
  /** The Italian topic this text translates, as an id in content/topics/. */
  translationOf: existing('topics'),
  ...topicText,
});
