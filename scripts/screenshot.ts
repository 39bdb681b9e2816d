// Takes screenshots of built pages for a human to look at: node scripts/screenshot.ts /path/ [width] [dark]
import { serveStatic } from '../tests/support/static-server.ts';
import { launchBrowser } from '../tests/support/browser.ts';

const [path = '/', width = '1280', scheme = 'light'] = process.argv.slice(2);
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
  });
  await page.goto(server.origin + path);
  const out = `/tmp/shot-${path.replace(/\W+/g, '_')}-${width}-${scheme}.png`;
  await page.screenshot({ path: out, fullPage: true });
  console.log(out);
} finally {
  await browser.close();
  await server.close();
}
