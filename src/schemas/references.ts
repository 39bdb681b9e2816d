import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { listEntryIds } from '../build/content-files';
import { collectionDir } from './loaders';

type LinkedCollection =
  | 'authors'
  | 'topics'
  | 'sources'
  | 'references'
  | 'essays'
  | 'glossary'
  | 'self-tests'
  | 'guides'
  | 'readingPaths';

/**
 * A reference that must point to an existing file. Astro's reference() accepts any id; an unknown
 * one would only surface as an empty author or topic on a built page, so it is checked here, where
 * Astro's error names the entry file and the field.
 */
export const existing = <C extends LinkedCollection>(collection: C) =>
  z
    .string()
    .superRefine((id, ctx) => {
      const dir = collectionDir(collection);
      const known = listEntryIds(dir);
      if (!known.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown ${collection} id "${id}": there is no ${dir}/${id}.yaml. Use one of: ${known.join(', ') || '(none)'}, or add that file.`,
        });
      }
    })
    .pipe(reference(collection));
