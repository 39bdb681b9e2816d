import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesWithId } from '../build/content-files';
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

export const selfTestSchema = z
  .object({
    ...selfTestFields,
    /** The essay the test belongs to, as an id in content/essays/. */
    essay: existing('essays'),
  })
  .superRefine((test, ctx) => {
    report(definitionProblems(test), ctx);
  });

/** The original of a self-test translation, parsed with the same defaults, or undefined if it does not parse (its own error says why). */
function originalSelfTest(id: string): TestShape | undefined {
  const dir = join(CONTENT_DIR, 'self-tests');
  const [file] = filesWithId(dir, id);
  if (!file) return undefined;
  const parsed = selfTestFieldsSchema.safeParse(load(readFileSync(join(dir, file), 'utf8')));
  return parsed.success ? parsed.data : undefined;
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
  });
