import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeHtml } from '../../src/lib/html';
import { useSite } from '../support/pages';
import { DIST, SITE_URL } from '../support/site';
import { listen, type StaticServer } from '../support/static-server';

/**
 * The oEmbed html in a consumer that never resizes it (Ghost's embed card, Discourse, any page that
 * pastes it): no script on the host page, the frame keeps its starting height. The reader must still
 * see the first question and the button to go on, whole, at a phone's width and a desktop's.
 */
const site = useSite();

interface OEmbedFile {
  file: string;
  html: string;
  height: number;
}

/** Every oEmbed file of the build, in every language (/oembed/, /en/oembed/). */
function oEmbedFiles(): OEmbedFile[] {
  const dirs = ['oembed', ...readdirSync(DIST).map((dir) => join(dir, 'oembed'))];
  return dirs.flatMap((dir) => {
    let names: string[];
    try {
      names = readdirSync(join(DIST, dir)).filter((name) => name.endsWith('.json'));
    } catch {
      return [];
    }
    return names.map((name) => {
      const json = JSON.parse(readFileSync(join(DIST, dir, name), 'utf8')) as Omit<OEmbedFile, 'file'>;
      return { file: `${dir}/${name}`, html: json.html, height: json.height };
    });
  });
}

const FILES = oEmbedFiles();

/** The html as it is, addressed to the local site instead of the production one. */
const local = (html: string) => html.replaceAll(SITE_URL, site.origin);

let host: StaticServer | undefined;
beforeAll(async () => {
  // A second origin, as a blog is; its policy forbids every script, so nothing can resize the frame.
  host = await listen('localhost', async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const entry = FILES.find(({ file }) => file === url.searchParams.get('file'));
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "script-src 'none'",
      })
      .end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
          `<meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<title>${escapeHtml(entry.file)}</title></head>` +
          `<body><h1>A post with an embed</h1>${local(entry.html)}<p>The post goes on.</p></body></html>`,
      );
    await Promise.resolve();
  });
});
afterAll(async () => {
  await host?.close();
});

/** Where an element of the frame sits in the frame's own viewport. */
const box = (frame: Frame, selector: string) =>
  frame.$eval(selector, (element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right, width: innerWidth, height: innerHeight };
  });

describe('oEmbed html in a host that never resizes it', () => {
  test('there is an oEmbed file for every test in every language', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
  });

  test.each(FILES.map(({ file }) => file))(
    '%s: no scrolling="no", the response’s height is the frame’s',
    (file) => {
      const entry = FILES.find((candidate) => candidate.file === file)!;
      expect(entry.html).not.toMatch(/scrolling=/i);
      expect(entry.html).toContain(`height="${entry.height}"`);
      expect(entry.html).toMatch(/^<blockquote><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe /);
    },
  );

  test.each(FILES.flatMap(({ file }) => [320, 1280].map((width) => [file, width] as const)))(
    '%s at %i px: the first question and the button to go on are whole inside the frame',
    async (file, width) => {
      const page = await site.open('/', { viewport: { width, height: 2000 } });
      await page.goto(`${host!.origin}/?file=${encodeURIComponent(file)}`);
      const handle = await page.waitForSelector('iframe');
      const frame = (await handle.contentFrame())!;
      await frame.waitForSelector('cac-self-test[ready]');
      await frame.evaluate(() => document.fonts.ready.then(() => undefined));
      // The host cannot resize it: the frame keeps the html's height.
      const { height } = FILES.find((candidate) => candidate.file === file)!;
      expect(await handle.evaluate((element) => element.getBoundingClientRect().height)).toBe(height);
      // One question at a time: the first, and the button that leads on from it.
      expect(await frame.locator('fieldset.question:not([hidden])').count()).toBe(1);
      const next = (await frame.locator('[data-action="next"]:not([hidden])').count())
        ? '[data-action="next"]'
        : 'button[type="submit"]';
      for (const selector of ['fieldset.question:not([hidden])', next]) {
        const rect = await box(frame, selector);
        expect(rect.top, `${selector} top`).toBeGreaterThanOrEqual(0);
        expect(rect.left, `${selector} left`).toBeGreaterThanOrEqual(0);
        expect(rect.bottom, `${selector} bottom`).toBeLessThanOrEqual(rect.height);
        expect(rect.right, `${selector} right`).toBeLessThanOrEqual(rect.width);
      }
      await page.close();
    },
  );
});
