import { bundleScript } from '../../build/bundle';
import { getSelfTests } from '../../data/content';
import { useTranslations } from '../../i18n';
import { htmlLang, LOCALES } from '../../i18n/locales';
import { routePath } from '../../lib/paths';

/** The web component, one ES module with the engine and its styles inside, for every language. */
export async function GET() {
  const editions = Object.fromEntries(
    await Promise.all(
      LOCALES.map(async (locale) => {
        const t = useTranslations(locale);
        const tests = (await getSelfTests(locale)).map((test) => test.id);
        // This script lives at /widgets/self-test.js: embed pages are one folder up.
        const embeds = `../${routePath('embed', 'x', locale).replace(/x\/$/, '')}`;
        const messages = {
          loading: t('widget.loading'),
          unknown: t('widget.unknown'),
          failed: t('widget.failed'),
        };
        return [htmlLang(locale), { messages, tests, embeds }] as const;
      }),
    ),
  );
  const code = await bundleScript('src/elements/self-test-widget-element.ts', 'esm', {
    __CAC_WIDGET_EDITIONS__: JSON.stringify(editions),
  });
  return new Response(`${code}\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
