import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import {
  fileFor,
  fragmentTargets,
  htmlFiles,
  pageReferences,
  readBuilt,
  servedPath,
} from '../support/built-html';
import { DIST, SITE_URL } from '../support/site';

// Checks on every built HTML file, without a browser: what validators, crawlers and readers who
// follow links meet. The browser checks (axe, CSP, requests) are in every-page.test.ts.
const files = htmlFiles(DIST);

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity matters for other origins; the site loads nothing from anywhere else
    // (every-page.test.ts proves it), so it is required only where a crossorigin resource appears.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});

const describeMessage = (file: string, message: Message) =>
  `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`;

describe('valid HTML', () => {
  test('there are pages to check', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  test('html-validate finds no error on any built page', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readBuilt(DIST, file), file);
      for (const result of report.results)
        for (const message of result.messages)
          if (message.severity === 2) problems.push(describeMessage(file, message));
    }
    expect(problems).toEqual([]);
  });

  test('no page leaves a space between a link or citation and the punctuation after it', () => {
    const stray = files.flatMap((file) =>
      [
        ...readBuilt(DIST, file).matchAll(
          /.{0,40}(?:\s<\/(?:a|cite|em|strong|time|span)>|<\/(?:a|cite|em|strong|time|span)>\s)[.,;:!?)]/g,
        ),
      ].map((match) => `${file}: …${match[0]}`),
    );
    expect(stray).toEqual([]);
  });
});

describe('links', () => {
  const site = new URL(SITE_URL);

  test('every internal link, asset and fragment resolves to something that was built', () => {
    const broken: string[] = [];
    const targets = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let ids = targets.get(file);
      if (!ids) targets.set(file, (ids = fragmentTargets(readBuilt(DIST, file))));
      return ids;
    };
    let checked = 0;
    for (const file of files) {
      const page = new URL(servedPath(file), site);
      for (const { attribute, value } of pageReferences(readBuilt(DIST, file))) {
        if (/^(mailto|tel|javascript|data|blob):/i.test(value)) continue;
        const url = new URL(value, page);
        if (url.origin !== site.origin) continue;
        checked++;
        const target = fileFor(DIST, url.pathname);
        if (!target) {
          broken.push(`${file}: ${attribute}="${value}" → ${url.pathname} was not built`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (
          fragment &&
          !fragment.startsWith(':~:') &&
          target.endsWith('.html') &&
          !idsOf(target).has(fragment)
        ) {
          broken.push(`${file}: ${attribute}="${value}" → ${target} has no element with id "${fragment}"`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(files.length * 10);
  });

  test('the checker sees a broken link and a missing fragment', () => {
    // Guards the check above against passing because it looked at nothing.
    expect(fileFor(DIST, '/articoli/questa-pagina-non-esiste/')).toBeUndefined();
    expect(fileFor(DIST, '/articoli/')).toBe('articoli/index.html');
    expect(fragmentTargets('<h2 id="una">Una</h2>').has('due')).toBe(false);
    expect(pageReferences('<a class="x" href="/temi/?a=1&amp;b=2#c">t</a>')).toEqual([
      { attribute: 'href', value: '/temi/?a=1&b=2#c' },
    ]);
  });
});
