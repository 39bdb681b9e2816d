import { defineCollection } from 'astro:content';
import { authorSchema, authorTranslationSchema } from './schemas/authors';
import { bibliographySchema } from './schemas/bibliography';
import { essaySchema, essayTranslationSchema } from './schemas/essays';
import { glossarySchema, glossaryTranslationSchema } from './schemas/glossary';
import { guideSchema, guideTranslationSchema } from './schemas/guides';
import { contentLoader, DATA_FILES } from './schemas/loaders';
import { readingPathSchema, readingPathTranslationSchema } from './schemas/reading-paths';
import { selfTestSchema, selfTestTranslationSchema } from './schemas/self-tests';
import { sourceSchema } from './schemas/sources';
import { topicSchema, topicTranslationSchema } from './schemas/topics';

// The collections: each folder of content/ (and of content/<locale>/ for translations) with its
// loader and schema; the sources (records of the originals) are read from originals/. The schemas live in src/schemas/ (the self-test fields in lib/self-test/),
// the loaders and file-id rules in src/schemas/loaders.ts.
export const collections = {
  essays: defineCollection({
    loader: contentLoader('essays', '*.{md,mdx}'),
    schema: essaySchema,
  }),
  authors: defineCollection({ loader: contentLoader('authors', DATA_FILES), schema: authorSchema }),
  topics: defineCollection({ loader: contentLoader('topics', DATA_FILES), schema: topicSchema }),
  sources: defineCollection({ loader: contentLoader('sources', DATA_FILES), schema: sourceSchema }),
  references: defineCollection({
    loader: contentLoader('references', DATA_FILES),
    schema: bibliographySchema,
  }),
  glossary: defineCollection({ loader: contentLoader('glossary', DATA_FILES), schema: glossarySchema }),
  'self-tests': defineCollection({ loader: contentLoader('self-tests', DATA_FILES), schema: selfTestSchema }),
  guides: defineCollection({ loader: contentLoader('guides', '*.{md,mdx}'), schema: guideSchema }),
  readingPaths: defineCollection({
    loader: contentLoader('reading-paths', DATA_FILES),
    schema: readingPathSchema,
  }),
  essayTranslations: defineCollection({
    loader: contentLoader('essays', '*.{md,mdx}', true),
    schema: essayTranslationSchema,
  }),
  authorTranslations: defineCollection({
    loader: contentLoader('authors', DATA_FILES, true),
    schema: authorTranslationSchema,
  }),
  topicTranslations: defineCollection({
    loader: contentLoader('topics', DATA_FILES, true),
    schema: topicTranslationSchema,
  }),
  glossaryTranslations: defineCollection({
    loader: contentLoader('glossary', DATA_FILES, true),
    schema: glossaryTranslationSchema,
  }),
  guideTranslations: defineCollection({
    loader: contentLoader('guides', '*.{md,mdx}', true),
    schema: guideTranslationSchema,
  }),
  readingPathTranslations: defineCollection({
    loader: contentLoader('reading-paths', DATA_FILES, true),
    schema: readingPathTranslationSchema,
  }),
  selfTestTranslations: defineCollection({
    loader: contentLoader('self-tests', DATA_FILES, true),
    schema: selfTestTranslationSchema,
  }),
};
