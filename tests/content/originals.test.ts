import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/fixture-project';

// originals/ holds the records of the five essays the site presents, outside content/ because a
// citation gives the full title verbatim. These checks keep that exception to the title alone,
// and keep the titles true: each is the original's, word for word. They need the source texts,
// which come with ../shared beside the project (as in CI).
const SHARED = join(PROJECT_ROOT, '../shared');
const SEEDS = join(SHARED, 'seeds');
const CHECKER = join(SHARED, 'tools/check-originality.mjs');
const ORIGINALS = join(PROJECT_ROOT, 'originals');

/** Words as the originality check compares them: lower case, no accents, no punctuation. */
const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

const records = readdirSync(ORIGINALS)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({ file, data: load(readFileSync(join(ORIGINALS, file), 'utf8')) as { title?: string } }));

describe.skipIf(!existsSync(SEEDS))('the records of the originals', () => {
  const seeds = readdirSync(SEEDS).map((file) => words(readFileSync(join(SEEDS, file), 'utf8')));

  test.for(records.filter((record) => record.data.title))('$file gives a title the original has, word for word', ({ data }) => {
    const title = words(data.title!);
    expect(seeds.some((seed) => seed.includes(title)), data.title).toBe(true);
  });

  test('share no text with the originals but their titles', () => {
    const run = spawnSync(process.execPath, [CHECKER, ORIGINALS], { encoding: 'utf8' });
    const runs = run.stdout
      .split('\n')
      .map((line) => /^(.+?): \d+ words shared with seed [^:]+: "(.*)"$/.exec(line))
      .filter((match) => match !== null);
    const titles = new Map(records.map(({ file, data }) => [join(ORIGINALS, file), words(data.title ?? '')]));
    for (const [, file, shared] of runs) expect(titles.get(file!), `${file}: "${shared}"`).toContain(shared);
  });
});
