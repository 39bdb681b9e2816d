import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../support/site';

/**
 * The files of the build, as a list: every public URL the site serves is in it, so a refactor that
 * loses a page, moves one or adds one shows up here. Hashed names (assets, search index pieces)
 * change with every edit of what is behind them: they count by kind. After adding content or a
 * page kind on purpose, update the list with `npx vitest run --project e2e -u tests/e2e/dist-files.test.ts`
 * and read its diff.
 */
function builtFiles(): string[] {
  const counts = new Map<string, number>();
  for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = relative(DIST, join(entry.parentPath, entry.name)).split('\\').join('/');
    const kind = file
      .replace(/^_astro\/.+(\.\w+)$/, '_astro/*$1')
      .replace(/^pagefind\/(fragment|index)\/.+$/, 'pagefind/$1/*');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([file, count]) => (file.includes('*') ? `${file} (${count})` : file)).sort();
}

test('the build lists the same files as before', async () => {
  await expect(`${builtFiles().join('\n')}\n`).toMatchFileSnapshot('snapshots/dist-files.txt');
});
