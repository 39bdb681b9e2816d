import { describe, expect, test } from 'vitest';
import { useSite } from '../support/pages';
import {
  CATEGORIES,
  LANGUAGES,
  MIN_QUERIES,
  formatReport,
  loadQueries,
  measureLanguage,
  queryFileProblems,
} from '../support/search-quality';
import { DIST } from '../support/site';

const site = useSite();

// Issue 17's search-quality set: the queries of tests/search-quality/, written before search
// changed. For now only what holds today is asserted (well-formed files, clean queries pass); the
// shares are printed, and `npm run bench` records them.
describe('search quality', () => {
  test.each(LANGUAGES)('the %s query file is well formed and its expected pages are built', (lang) => {
    const queries = loadQueries(lang);
    expect(queryFileProblems(lang, queries, DIST)).toEqual([]);
    expect(queries.length).toBeGreaterThanOrEqual(MIN_QUERIES);
    expect(new Set(queries.map((q) => q.category))).toEqual(new Set(CATEGORIES));
  });

  test.each(LANGUAGES)(
    '%s: every clean query has its pages in the top 3; the shares are printed',
    async (lang) => {
      const report = await measureLanguage(site.browser, site.origin, lang);
      console.log(formatReport([report]));
      expect(report.outcomes).toHaveLength(loadQueries(lang).length);
      const cleanFailures = report.outcomes
        .filter((o) => o.category === 'clean' && !o.pass)
        .map((o) => `«${o.query}» wants ${o.expect.join(' ')}, got ${o.top.join(' ') || 'nothing'}`);
      expect(cleanFailures).toEqual([]);
      expect(report.byCategory.clean.total).toBeGreaterThan(0);
    },
  );
});
