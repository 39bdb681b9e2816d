import { z } from 'astro/zod';
import Slugger from 'github-slugger';
import { load } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesWithId } from '../build/content-files';
import { TRANSLATED_LOCALES } from '../i18n/locales';
import { selfTestFields, selfTestFieldsSchema } from '../lib/self-test/schema';
import { translationProblems } from '../lib/self-test/translation';
import type { TestShape } from '../lib/self-test/types';
import { definitionProblems, type Problem } from '../lib/self-test/validate';
import { CONTENT_DIR } from './loaders';
import { existing } from './references';

/** Problems found by the self-test engine, reported on the file's fields. */
const report = (problems: Problem[], ctx: z.RefinementCtx) => {
  for (const problem of problems)
    ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
};

/**
 * The heading ids of an MDX file, as Astro gives them: github-slugger over each heading's plain
 * text, in document order (a repeated heading gets "-1"), code fences skipped.
 */
export function headingIds(mdx: string): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  let fenced = false;
  for (const line of mdx.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^\s*#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading?.[1]) continue;
    const text = heading[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[*_`]/g, '');
    ids.push(slugger.slug(text));
  }
  return ids;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** Heading ids of an essay file by id, or undefined when there is none (the reference check says so). */
function essayHeadings(folder: string, id: string): string[] | undefined {
  const [file] = filesWithId(folder, id);
  const text = file && read(join(folder, file));
  return text === undefined ? undefined : headingIds(text);
}

/**
 * The heading ids of the essays a translated test's sections may point to: in each language with
 * a translation of this test, the essay that translates the original's essay.
 */
function translatedEssayHeadings(testId: string, essayId: string): string[] | undefined {
  const found: string[][] = [];
  const translates = (text: string | undefined, id: string) =>
    text !== undefined && new RegExp(`^translationOf:\\s*['"]?${id}['"]?\\s*$`, 'm').test(text);
  for (const locale of TRANSLATED_LOCALES) {
    const list = (folder: string) => {
      try {
        return readdirSync(folder).map((file) => join(folder, file));
      } catch {
        return [];
      }
    };
    if (!list(join(CONTENT_DIR, locale, 'self-tests')).some((file) => translates(read(file), testId)))
      continue;
    for (const file of list(join(CONTENT_DIR, locale, 'essays'))) {
      const text = read(file);
      if (translates(text, essayId)) found.push(headingIds(text ?? ''));
    }
  }
  return found.length ? found.flat() : undefined;
}

/** Each dimension's section must be a heading of the essay: the result links to it. */
function sectionProblems(test: TestShape, headings: string[] | undefined, essay: string): Problem[] {
  if (!headings) return [];
  return test.dimensions.flatMap((dimension, d) =>
    headings.includes(dimension.section)
      ? []
      : [
          {
            path: ['dimensions', d, 'section'],
            message: `dimension "${dimension.id}": section "${dimension.section}" is not a heading id of the essay ${essay}. Use one of: ${[...new Set(headings)].join(', ')}.`,
          },
        ],
  );
}

export const selfTestSchema = z
  .object({
    ...selfTestFields,
    /** The essay the test belongs to, as an id in content/essays/. */
    essay: existing('essays'),
  })
  .superRefine((test, ctx) => {
    report(definitionProblems(test), ctx);
    const folder = join(CONTENT_DIR, 'essays');
    report(sectionProblems(test, essayHeadings(folder, test.essay.id), `"${test.essay.id}"`), ctx);
  });

/** The original of a self-test translation, parsed with the same defaults (and its essay id), or undefined if it does not parse (its own error says why). */
function originalSelfTest(id: string): (TestShape & { essay: string }) | undefined {
  const dir = join(CONTENT_DIR, 'self-tests');
  const [file] = filesWithId(dir, id);
  if (!file) return undefined;
  const raw = load(readFileSync(join(dir, file), 'utf8')) as { essay?: unknown } | null;
  const parsed = selfTestFieldsSchema.safeParse(raw);
  return parsed.success ? { ...parsed.data, essay: String(raw?.essay) } : undefined;
}

/**
 * A self-test in another language (content/<locale>/self-tests/): the whole test with its texts
 * translated. The questions and scoring must be the original's, so that results (and shared
 * result links) mean the same in both languages; the build names what differs.
 */
export const selfTestTranslationSchema = z
  .object({
    /** The Italian self-test this translates, as an id in content/self-tests/. */
    translationOf: existing('self-tests'),
    ...selfTestFields,
  })
  .superRefine((test, ctx) => {
    report(definitionProblems(test), ctx);
    const original = originalSelfTest(test.translationOf.id);
    if (!original) return;
    report(translationProblems(original, test), ctx);
    const headings = translatedEssayHeadings(test.translationOf.id, original.essay);
    report(sectionProblems(test, headings, `translating "${original.essay}"`), ctx);
  });
