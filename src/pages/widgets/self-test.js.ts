import { bundleScript } from '../../build/bundle';
import { getSelfTests } from '../../data/self-tests';
import { DEFAULT_LOCALE, useTranslations } from '../../i18n';

/** The web component, one ES module with the engine and its styles inside. */
export async function GET() {
  const t = useTranslations(DEFAULT_LOCALE);
  const messages = { loading: t('widget.loading'), unknown: t('widget.unknown'), failed: t('widget.failed') };
  const tests = (await getSelfTests()).map((test) => test.id);
  const code = await bundleScript('src/embed/widget.ts', 'esm', {
    __CAC_WIDGET_MESSAGES__: JSON.stringify(messages),
    __CAC_WIDGET_TESTS__: JSON.stringify(tests),
  });
  return new Response(`${code}\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
