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
// changed (then 70.0 % in Italian, 59.3 % in English). What a reader gets must find the expected
// pages in the top 3 for at least 95 % of the queries of each language, and every clean query;
// the shares are printed, and `npm run bench` records them.
const MIN_SHARE = 0.95;
describe('search quality', () => {
  test.each(LANGUAGES)('the %s query file is well formed and its expected pages are built', (lang) => {
    const queries = loadQueries(lang);
    expect(queryFileProblems(lang, queries, DIST)).toEqual([]);
    expect(queries.length).toBeGreaterThanOrEqual(MIN_QUERIES);
    expect(new Set(queries.map((q) => q.category))).toEqual(new Set(CATEGORIES));
  });

  test.each(LANGUAGES)(
    '%s: at least 95 %% of the queries, and every clean one, have their pages in the top 3',
    async (lang) => {
      const report = await measureLanguage(site.browser, site.origin, lang);
      console.log(formatReport([report]));
      expect(report.outcomes).toHaveLength(loadQueries(lang).length);
      const cleanFailures = report.outcomes
        .filter((o) => o.category === 'clean' && !o.pass)
        .map((o) => `«${o.query}» wants ${o.expect.join(' ')}, got ${o.top.join(' ') || 'nothing'}`);
      expect(cleanFailures).toEqual([]);
      expect(report.byCategory.clean.total).toBeGreaterThan(0);
      expect(report.overall.share, formatReport([report])).toBeGreaterThanOrEqual(MIN_SHARE);
    },
  );
});
