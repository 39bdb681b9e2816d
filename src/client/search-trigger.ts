import { HIGHLIGHT_PARAM, isSearchShortcut } from '../lib/search-keys';

/**
 * The only search code on every page, kept tiny:
 * - opens the search dialog from the header link or with Ctrl/Cmd+K or "/", loading the search
 *   element the first time (without JavaScript the link simply goes to /cerca/);
 * - on a page reached from a result, marks the searched words with Pagefind's highlight script,
 *   loaded only when the URL asks for it, and brings the first one into view.
 */
// The glossary popovers' placement, fetched only by pages whose text has glossary terms: kept out
// of this script, which every page loads under a 2 KB budget.
if (document.querySelector('.term-popover')) void import('./term-popovers');

const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');

/**
 * Whether a key went to a field the reader is typing in. Not a field in a dialog that has just
 * closed: Chromium leaves focus there until the close event, a task later, so a Ctrl+K pressed
 * right after Escape would otherwise be lost.
 */
function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) &&
    !target.closest('dialog:not([open])')
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
  // Unless the shortcut has already opened it again before this queued event arrived.
  dialog.addEventListener('close', () => {
    if (!dialog.open) trigger.focus();
  });
  // A click on the backdrop, outside the dialog's box, closes it as readers expect of a modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  onEscapeInField(dialog);
}

/**
 * Escape in the dialog's field, the same in every engine: WebKit's type="search" swallows it (the
 * dialog never closes) and Firefox's only clears the field. Here a field with text is cleared
 * first, and the status says so; an empty field closes the dialog. Listening on the dialog, after
 * the field's own listeners: the combobox (elements/search/combobox.ts) stops the Escape that
 * takes a reader from a result back to the field.
 */
function onEscapeInField(dialog: HTMLDialogElement): void {
  const status = dialog.querySelector<HTMLElement>('[data-search-dialog-status]');
  const say = (text: string) => {
    if (status && status.textContent !== text) status.textContent = text;
  };
  dialog.addEventListener('keydown', (event) => {
    const field = event.target;
    if (event.key !== 'Escape' || event.defaultPrevented || !(field instanceof HTMLInputElement)) return;
    if (field.type !== 'search') return;
    event.preventDefault();
    if (field.value === '') {
      dialog.close();
      return;
    }
    field.value = '';
    // As if the reader had deleted the text: the search element empties its results and status.
    field.dispatchEvent(new Event('input', { bubbles: true }));
    say(dialog.dataset['cleared'] ?? '');
  });
  dialog.addEventListener('input', () => say(''));
  dialog.addEventListener('close', () => say(''));
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
