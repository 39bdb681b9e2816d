import { iframeSnippet, widgetSnippet, type EmbedLinks } from '../lib/embed';

/** /incorpora/: rebuilds the snippets and the live preview for the chosen test, theme and accent. */
const guide = document.querySelector<HTMLElement>('[data-embed-guide]');
const config = JSON.parse(guide?.dataset['config'] ?? 'null') as {
  tests: Record<string, EmbedLinks>;
  widgetUrl: string;
  lang: string;
} | null;

function update(): void {
  if (!guide || !config) return;
  const form = guide.querySelector('form');
  if (!form) return;
  const data = new FormData(form);
  const links = config.tests[field(data, 'test')];
  if (!links) return;
  const query = new URLSearchParams();
  const theme = field(data, 'theme') || 'auto';
  if (theme !== 'auto') query.set('theme', theme);
  const accent = /^#?([0-9a-f]{6})$/i.exec(field(data, 'accent').trim())?.[1];
  if (accent) query.set('accent', accent);
  const embed = `${links.embed}${query.size ? `?${query}` : ''}`;
  const snippets: Record<string, string> = {
    link: links.page,
    iframe: iframeSnippet({ ...links, embed }),
    widget: widgetSnippet({
      script: config.widgetUrl,
      test: field(data, 'test'),
      lang: config.lang,
      theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
      accent,
    }),
  };
  for (const [name, text] of Object.entries(snippets)) {
    const code = guide.querySelector(`[data-snippet="${name}"]`);
    if (code) code.textContent = text;
  }
  // The preview shows this very site's embed page (the snippets name the production address).
  const preview = guide.querySelector<HTMLIFrameElement>('iframe.preview');
  const local = `${new URL(links.embed).pathname}${query.size ? `?${query}` : ''}`;
  if (preview && preview.getAttribute('src') !== local) {
    preview.src = local;
    preview.title = preview.title.replace(/ [^ ].*$/, ` ${links.title}`);
  }
}

guide?.addEventListener('input', update);
guide?.addEventListener('change', update);
guide?.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy]');
  if (!button) return;
  const code = guide.querySelector(`[data-snippet="${button.dataset['copy']}"]`);
  const status = guide.querySelector<HTMLElement>('[data-copy-status]');
  if (!code?.textContent) return;
  navigator.clipboard.writeText(code.textContent).then(
    () => status && (status.textContent = status.dataset['copied'] ?? ''),
    // No clipboard permission: select the code so it can be copied by hand.
    () => window.getSelection()?.selectAllChildren(code),
  );
});
update();

/** A text field of the form; '' when it is missing (the form has no file inputs). */
function field(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
