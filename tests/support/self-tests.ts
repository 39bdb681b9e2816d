import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { useTranslations } from '../../src/i18n';
import type { ReportMessages } from '../../src/lib/self-test/report';
import { PROJECT_ROOT } from './fixture-project';

/** The parts of a self-test file the browser tests read: what a reader sees in the result. */
export interface SelfTestFile {
  id: string;
  locale: 'it' | 'en';
  title: string;
  /** The Italian essay it belongs to (Italian tests only). */
  essay?: string;
  /** The Italian test it translates (translations only). */
  translationOf?: string;
  dimensions: {
    id: string;
    label: string;
    about?: 'self' | 'organisation';
    section: string;
    feedback?: Record<'low' | 'middle' | 'high', { reading: string; step: string }>;
  }[];
  scales?: Record<string, ({ label: string; value: number } | { label: string; dontKnow: true })[]>;
  groups: { title: string; questions: { id: string; kind: string; text: string; scale?: string }[] }[];
  bands: {
    id: string;
    min?: number;
    max?: number;
    majority?: string;
    title: string;
    text: string;
    share: string;
  }[];
}

const LOCALE_FOLDERS = { it: 'self-tests', en: 'en/self-tests' } as const;

/** Every self-test of a content folder (the real content/ unless told), Italian first, as written. */
export function selfTestFiles(contentDir = join(PROJECT_ROOT, 'content')): SelfTestFile[] {
  return (['it', 'en'] as const).flatMap((locale) => {
    const dir = join(contentDir, LOCALE_FOLDERS[locale]);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .sort()
      .map((file) => ({
        ...(load(readFileSync(join(dir, file), 'utf8')) as Omit<SelfTestFile, 'id' | 'locale'>),
        id: file.replace(/\.yaml$/, ''),
        locale,
      }));
  });
}

/** One self-test of a content folder, by language and id. */
export function selfTestFile(locale: 'it' | 'en', id: string, contentDir?: string): SelfTestFile {
  const found = selfTestFiles(contentDir).find((test) => test.locale === locale && test.id === id);
  if (!found) throw new Error(`No ${locale} self-test "${id}"`);
  return found;
}

/** The address of a self-test's own page. */
export const selfTestPage = ({ locale, id }: Pick<SelfTestFile, 'locale' | 'id'>): string =>
  locale === 'it' ? `/autovalutazioni/${id}/` : `/${locale}/self-assessments/${id}/`;

/** Every essay of a content folder that embeds a self-test (`<SelfTest id="…" />`), with its address. */
export function essaysWithSelfTests(
  contentDir = join(PROJECT_ROOT, 'content'),
): { locale: 'it' | 'en'; path: string; test: string }[] {
  const folders = { it: ['essays', '/articoli/'], en: ['en/essays', '/en/essays/'] } as const;
  return (['it', 'en'] as const).flatMap((locale) => {
    const [folder, prefix] = folders[locale];
    const dir = join(contentDir, folder);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .flatMap((file) =>
        [...readFileSync(join(dir, file), 'utf8').matchAll(/<SelfTest id="([^"]+)"/g)].map((match) => ({
          locale,
          path: `${prefix}${file.replace(/\.mdx$/, '')}/`,
          test: match[1]!,
        })),
      );
  });
}

/**
 * Answers every question of a self-test (a `cac-self-test` locator) with the same option: on each
 * scale (each statement, each matrix row) the first or the last; in each week of hours, `hours`
 * to the first kind of work. Does not ask for the result.
 */
export async function answerEveryQuestion(
  test: Locator,
  { option = 'first', hours = 10 }: { option?: 'first' | 'last'; hours?: number } = {},
): Promise<void> {
  const names = await test
    .locator('input[type="radio"]')
    .evaluateAll((radios) => [...new Set(radios.map((radio) => (radio as HTMLInputElement).name))]);
  for (const name of names) {
    // "Non so" (value -1) is never the first or the last of the points.
    const options = test.locator(`input[type="radio"][name="${name}"]:not([value="-1"])`);
    await (option === 'first' ? options.first() : options.last()).check();
  }
  const weeks = test.locator('fieldset.allocation');
  for (let i = 0; i < (await weeks.count()); i++)
    await weeks.nth(i).locator('li.hours input').first().fill(String(hours));
}

/** The result a self-test shows: band title, band text and the overall score. */
export async function shownResult(test: Locator): Promise<{ band: string; text: string; overall: string }> {
  const result = test.locator('[data-result]:not([hidden])');
  return {
    band: (await result.locator('.band').textContent()) ?? '',
    text: (await result.locator('.band-text').textContent()) ?? '',
    overall: (await result.locator('.overall').count())
      ? ((await result.locator('.overall').textContent()) ?? '')
      : '',
  };
}

/**
 * Expects the result a self-test shows to be the one its file defines: for a mean test, the band
 * whose range holds the overall score shown (in the test's language); for an hours test, the band
 * shown is one of the file's, with its own text. Returns the score (NaN for hours tests).
 */
export async function expectResultFromFile(test: Locator, file: SelfTestFile): Promise<number> {
  const shown = await shownResult(test);
  if (!shown.overall) {
    const band = file.bands.find((candidate) => candidate.title === shown.band);
    expect(band, `${shown.band} is a band of ${file.id}`).toBeDefined();
    expect(shown.text).toBe(band!.text);
    return NaN;
  }
  const score = Number(/\d+/.exec(shown.overall)?.[0]);
  expect(shown.overall).toBe(useTranslations(file.locale)('selfTest.overall', { score }));
  const band = bandOf(file, score);
  expect({ band: shown.band, text: shown.text }).toEqual({ band: band.title, text: band.text });
  return score;
}

/** The band a file gives a score. */
export function bandOf(file: SelfTestFile, score: number): SelfTestFile['bands'][number] {
  const band = file.bands.find(
    (candidate) => (candidate.min ?? 101) <= score && score <= (candidate.max ?? -1),
  );
  if (!band) throw new Error(`${file.locale}/${file.id} has no band for ${score}`);
  return band;
}

const REPORT_KEYS = [
  'basis',
  'basisDontKnow',
  'hoursBasis',
  'hoursBasisAll',
  'overall',
  'score',
  'hours',
  'onlyDontKnow',
  'stepLine',
  'pendulum',
  'organisation',
  'withheldDontKnow',
  'withheldOver',
  'withheldFew',
] as const;

/** The report's templates in a language, as SelfTestForm.astro hands them to the element. */
export function reportMessages(locale: 'it' | 'en'): ReportMessages {
  const t = useTranslations(locale);
  return Object.fromEntries(
    REPORT_KEYS.map((key) => [key, t(`selfTest.${key}`)]),
  ) as unknown as ReportMessages;
}

/** Numbers as the element writes them in a language. */
export const formatIn = (locale: 'it' | 'en') => (value: number) =>
  value.toLocaleString(locale, { maximumFractionDigits: 1 });
