import { HIGHLIGHT_PARAM, isSearchShortcut } from '../lib/search-keys';

/**
 * The only search code on every page, kept tiny:
 * - opens the search dialog from the header link or with Ctrl/Cmd+K or "/", loading the search
 *   element the first time (without JavaScript the link simply goes to /cerca/);
 * - on a page reached from a result, marks the searched words with Pagefind's highlight script,
 *   loaded only when the URL asks for it, and brings the first one into view.
 */
const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');

function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function open(): void {
  // On /cerca/ the page itself is the search: the shortcut goes to its field.
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageField) {
    pageField.focus();
    pageField.select();
    return;
  }
  if (!dialog || dialog.open) return;
  void import('../elements/search-element');
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}

if (trigger && dialog) {
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return; // a new tab goes to /cerca/
    event.preventDefault();
    open();
  });
  dialog.addEventListener('close', () => trigger.focus());
  // A click on the backdrop, outside the dialog's box, closes it as readers expect of a modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
}

document.addEventListener('keydown', (event) => {
  if (
    !isSearchShortcut({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      inField: inField(event.target),
    })
  )
    return;
  event.preventDefault();
  open();
});

const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter(Boolean);
const bundle = trigger?.dataset['bundle'];
if (words.length && bundle && document.querySelector('[data-pagefind-body]')) {
  import(/* @vite-ignore */ new URL('pagefind-highlight.js', new URL(bundle, location.href)).href)
    .then(({ default: Highlight }: { default: new (options: object) => unknown }) => {
      new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
      if (!location.hash)
        document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
    })
    .catch((error: unknown) => console.warn('search highlight unavailable:', error));
}
